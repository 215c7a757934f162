import { DomainError, stockAdjust, stockKey, stockReceive } from '@groundwork/core';
import { type CommandContext, defineCommand } from '../../commands/context.ts';
import { orgToday } from '../../finance/today.ts';
import { ensureInStock, recordMovements } from './stock.ts';
import { ensureNewId, loadPoint } from './store.ts';

/** The point, if the caller may move its stock: outreach workers within its area. */
async function pointFor(
  ctx: CommandContext,
  p: { id?: string | undefined; pointId: string; movedOn: string },
) {
  ctx.ensure('outreach.write', {});
  const point = await loadPoint(ctx.trx, ctx.org.id, p.pointId, 'pointId');
  ctx.ensure('outreach.write', { areaId: point.area_id });
  if (p.movedOn > orgToday(ctx)) throw new DomainError('stock.in_future', { field: 'movedOn' });
  await ensureNewId(ctx.trx, 'stock_movements', ctx.org.id, p.id);
  return point;
}

export const receiveStock = defineCommand({
  type: 'stock.receive',
  schema: stockReceive,
  async apply(ctx, p) {
    const point = await pointFor(ctx, p);
    const [row] = await recordMovements(ctx, [
      {
        id: p.id,
        pointId: point.id,
        areaId: point.area_id,
        kind: 'receive',
        item: p.item,
        itemKey: stockKey(p.item),
        unit: stockKey(p.unit),
        quantity: p.quantity,
        movedOn: p.movedOn,
        reason: p.note ?? null,
      },
    ]);
    return { id: row?.id ?? '' };
  },
});

/** A count that differs from the books; taking stock down is refused when it would go below nothing. */
export const adjustStock = defineCommand({
  type: 'stock.adjust',
  schema: stockAdjust,
  async apply(ctx, p) {
    const point = await pointFor(ctx, p);
    if (p.quantity === 0) throw new DomainError('stock.zero_adjustment', { field: 'quantity' });
    const line = { item: p.item, itemKey: stockKey(p.item), unit: stockKey(p.unit) };
    if (p.quantity < 0) {
      await ensureInStock(ctx, point.id, [{ ...line, quantity: -p.quantity }], p.movedOn, 'quantity');
    }
    const [row] = await recordMovements(ctx, [
      {
        id: p.id,
        pointId: point.id,
        areaId: point.area_id,
        kind: 'adjust',
        ...line,
        quantity: p.quantity,
        movedOn: p.movedOn,
        reason: p.reason,
      },
    ]);
    return { id: row?.id ?? '' };
  },
});
