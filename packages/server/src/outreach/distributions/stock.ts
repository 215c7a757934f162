import { availableFrom, type DailyNet, DomainError, newId, type StockNeed } from '@groundwork/core';
import { sql } from 'kysely';
import type { CommandContext } from '../../commands/context.ts';
import { insertRows } from '../../db/reuse.ts';
import type { Tables } from '../../db/schema.ts';
import { toMovementView } from './store.ts';

type MovementRow = Tables['stock_movements'];

const lineKey = (itemKey: string, unit: string) => `${itemKey}\u0000${unit}`;

/**
 * Refuses an outflow that the point cannot cover on its day, naming the first item short. The movements
 * of each line are summed per day in SQL, so a point that has given a thousand kits reads a few rows.
 */
export async function ensureInStock(
  ctx: CommandContext,
  pointId: string,
  needs: readonly StockNeed[],
  on: string,
  field: string,
): Promise<void> {
  if (needs.length === 0) return;
  const rows = await ctx.trx
    .selectFrom('stock_movements')
    .select(['item_key', 'unit', 'moved_on', sql<number>`sum(quantity)`.as('net')])
    .where('org_id', '=', ctx.org.id)
    .where('point_id', '=', pointId)
    .where(
      'item_key',
      'in',
      needs.map((n) => n.itemKey),
    )
    .groupBy(['item_key', 'unit', 'moved_on'])
    .execute();
  const days = new Map<string, DailyNet[]>();
  for (const r of rows) {
    const key = lineKey(r.item_key, r.unit);
    days.set(key, [...(days.get(key) ?? []), { on: r.moved_on, net: Number(r.net) }]);
  }
  for (const need of needs) {
    const inStock = availableFrom(days.get(lineKey(need.itemKey, need.unit)) ?? [], on);
    if (need.quantity > inStock) {
      throw new DomainError('stock.insufficient', {
        field,
        params: { item: need.item, unit: need.unit, inStock: Math.max(inStock, 0), needed: need.quantity },
      });
    }
  }
}

export interface Movement {
  id?: string | undefined;
  pointId: string;
  areaId: string;
  kind: MovementRow['kind'];
  item: string;
  itemKey: string;
  unit: string;
  quantity: number;
  movedOn: string;
  reason?: string | null;
  receiptId?: string | null;
}

/** Writes movements and puts each in the change feed of the point's area. */
export async function recordMovements(ctx: CommandContext, movements: readonly Movement[]) {
  if (movements.length === 0) return [];
  const rows: MovementRow[] = movements.map((m) => ({
    org_id: ctx.org.id,
    id: m.id ?? newId(),
    point_id: m.pointId,
    kind: m.kind,
    item: m.item,
    item_key: m.itemKey,
    unit: m.unit,
    quantity: m.quantity,
    moved_on: m.movedOn,
    reason: m.reason ?? null,
    receipt_id: m.receiptId ?? null,
    recorded_by: ctx.actor.userId,
    recorded_at: ctx.now,
  }));
  await insertRows(ctx.trx, ctx.dialect, 'stock_movements', rows);
  rows.forEach((row, i) => {
    ctx.emit({
      entity: 'stock_movement',
      entityId: row.id,
      op: 'create',
      areaId: movements[i]?.areaId ?? null,
      data: { ...toMovementView(row) },
    });
  });
  return rows;
}
