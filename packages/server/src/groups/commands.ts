import { DomainError, groupCreate, groupUpdate, newId } from '@groundwork/core';
import { type CommandContext, defineCommand } from '../commands/context.ts';
import { loadRow } from '../db/rows.ts';
import type { Tables } from '../db/schema.ts';
import { loadGroupRow } from './memberships.ts';
import { toGroupView } from './view.ts';

type GroupRow = Tables['groups'];

async function checkParent(ctx: CommandContext, parentId: string | null | undefined, selfId: string) {
  if (!parentId) return;
  if (parentId === selfId) throw new DomainError('group.federation_of_itself', { field: 'parentId' });
  const parent = await loadGroupRow(ctx, parentId, 'parentId');
  if (parent.kind !== 'federation')
    throw new DomainError('group.parent_not_federation', { field: 'parentId' });
}

function emitGroup(ctx: CommandContext, row: GroupRow, op: 'create' | 'update') {
  ctx.emit({
    entity: 'group',
    entityId: row.id,
    op,
    areaId: row.area_id,
    groupId: row.id,
    data: toGroupView(row),
  });
}

export const createGroup = defineCommand({
  type: 'group.create',
  schema: groupCreate,
  async apply(ctx, p) {
    ctx.ensure('group.write', { areaId: p.areaId ?? null, groupIds: [] });
    if (p.areaId) await loadRow(ctx.trx, 'areas', ctx.org.id, p.areaId, 'areaId');
    const id = p.id ?? newId();
    await checkParent(ctx, p.parentId, id);
    const row: GroupRow = {
      org_id: ctx.org.id,
      id,
      kind: p.kind,
      name: p.name,
      area_id: p.areaId ?? null,
      formed_on: p.formedOn,
      cadence: p.cadence,
      meeting_weekday: p.meetingWeekday ?? null,
      meeting_day_of_month: p.meetingDayOfMonth ?? null,
      parent_id: p.parentId ?? null,
      status: p.status,
      constitution: p.constitution ? JSON.stringify(p.constitution) : null,
      created_at: ctx.now,
      updated_at: ctx.now,
    };
    await ctx.trx.insertInto('groups').values(row).execute();
    emitGroup(ctx, row, 'create');
    return { id };
  },
});

export const updateGroup = defineCommand({
  type: 'group.update',
  schema: groupUpdate,
  async apply(ctx, p) {
    const old = await loadGroupRow(ctx, p.id, 'id');
    ctx.ensure('group.write', { areaId: old.area_id, groupIds: [old.id] });
    if (p.areaId !== undefined) {
      ctx.ensure('group.write', { areaId: p.areaId, groupIds: [old.id] });
      if (p.areaId) await loadRow(ctx.trx, 'areas', ctx.org.id, p.areaId, 'areaId');
    }
    if (p.parentId !== undefined) await checkParent(ctx, p.parentId, old.id);
    const row: GroupRow = {
      ...old,
      name: p.name ?? old.name,
      area_id: p.areaId === undefined ? old.area_id : p.areaId,
      cadence: p.cadence ?? old.cadence,
      meeting_weekday: p.meetingWeekday === undefined ? old.meeting_weekday : p.meetingWeekday,
      meeting_day_of_month:
        p.meetingDayOfMonth === undefined ? old.meeting_day_of_month : p.meetingDayOfMonth,
      parent_id: p.parentId === undefined ? old.parent_id : p.parentId,
      status: p.status ?? old.status,
      constitution: p.constitution ? JSON.stringify(p.constitution) : old.constitution,
      updated_at: ctx.now,
    };
    const { org_id: _o, id: _i, ...changes } = row;
    await ctx.trx
      .updateTable('groups')
      .set(changes)
      .where('org_id', '=', ctx.org.id)
      .where('id', '=', p.id)
      .execute();
    emitGroup(ctx, row, 'update');
    return { id: row.id };
  },
});
