import { areaCreate, areaUpdate, DomainError, newId, wouldCreateCycle } from '@groundwork/core';
import { type CommandContext, defineCommand } from '../commands/context.ts';
import { loadRow } from '../db/rows.ts';
import type { Tables } from '../db/schema.ts';

type AreaRow = Tables['areas'];

export function toAreaView(row: AreaRow) {
  return {
    id: row.id,
    parentId: row.parent_id,
    kind: row.kind,
    name: row.name,
    code: row.code,
    updatedAt: row.updated_at,
  };
}

function loadArea(ctx: CommandContext, id: string, field: string): Promise<AreaRow> {
  return loadRow(ctx.trx, 'areas', ctx.org.id, id, field);
}

function emitArea(ctx: CommandContext, row: AreaRow, op: 'create' | 'update') {
  ctx.emit({ entity: 'area', entityId: row.id, op, areaId: row.id, data: toAreaView(row) });
}

export const createArea = defineCommand({
  type: 'area.create',
  schema: areaCreate,
  async apply(ctx, p) {
    ctx.ensure('area.write', {});
    if (p.parentId) await loadArea(ctx, p.parentId, 'parentId');
    const row: AreaRow = {
      org_id: ctx.org.id,
      id: p.id ?? newId(),
      parent_id: p.parentId ?? null,
      kind: p.kind,
      name: p.name,
      code: p.code ?? null,
      created_at: ctx.now,
      updated_at: ctx.now,
    };
    await ctx.trx.insertInto('areas').values(row).execute();
    emitArea(ctx, row, 'create');
    return { id: row.id };
  },
});

export const updateArea = defineCommand({
  type: 'area.update',
  schema: areaUpdate,
  async apply(ctx, p) {
    ctx.ensure('area.write', {});
    const old = await loadArea(ctx, p.id, 'id');
    if (p.parentId) {
      await loadArea(ctx, p.parentId, 'parentId');
      const parents = new Map(
        (
          await ctx.trx
            .selectFrom('areas')
            .select(['id', 'parent_id'])
            .where('org_id', '=', ctx.org.id)
            .execute()
        ).map((a) => [a.id, a.parent_id]),
      );
      if (wouldCreateCycle(p.id, p.parentId, (id) => parents.get(id) ?? null)) {
        throw new DomainError('area.parent_cycle', { field: 'parentId' });
      }
    }
    const row: AreaRow = {
      ...old,
      name: p.name ?? old.name,
      kind: p.kind ?? old.kind,
      parent_id: p.parentId === undefined ? old.parent_id : p.parentId,
      code: p.code === undefined ? old.code : p.code,
      updated_at: ctx.now,
    };
    await ctx.trx
      .updateTable('areas')
      .set({
        name: row.name,
        kind: row.kind,
        parent_id: row.parent_id,
        code: row.code,
        updated_at: row.updated_at,
      })
      .where('org_id', '=', ctx.org.id)
      .where('id', '=', p.id)
      .execute();
    emitArea(ctx, row, 'update');
    return { id: row.id };
  },
});

export const areaCommands = [createArea, updateArea];
