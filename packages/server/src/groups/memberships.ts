import { DomainError, type GroupKind, newId, sizeRules, sizeWarning } from '@groundwork/core';
import type { CommandContext } from '../commands/context.ts';
import { loadRow } from '../db/rows.ts';

export function loadGroupRow(ctx: CommandContext, groupId: string, field = 'groupId') {
  return loadRow(ctx.trx, 'groups', ctx.org.id, groupId, field);
}

export async function memberCount(ctx: CommandContext, groupId: string): Promise<number> {
  const row = await ctx.trx
    .selectFrom('memberships')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('org_id', '=', ctx.org.id)
    .where('group_id', '=', groupId)
    .where('left_on', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export interface MembershipInput {
  id?: string | undefined;
  groupId: string;
  personId: string;
  joinedOn: string;
}

/** Adds a current member, refusing a second current membership and warning when the group leaves its size. */
export async function addMembership(ctx: CommandContext, input: MembershipInput): Promise<string> {
  const group = await loadGroupRow(ctx, input.groupId);
  if (input.joinedOn < group.formed_on) {
    throw new DomainError('membership.join_before_formed', { field: 'joinedOn' });
  }
  const existing = await ctx.trx
    .selectFrom('memberships')
    .select('id')
    .where('org_id', '=', ctx.org.id)
    .where('group_id', '=', input.groupId)
    .where('person_id', '=', input.personId)
    .where('left_on', 'is', null)
    .executeTakeFirst();
  if (existing) throw new DomainError('membership.already_member', { field: 'personId' });
  const id = input.id ?? newId();
  const row = {
    org_id: ctx.org.id,
    id,
    group_id: input.groupId,
    person_id: input.personId,
    joined_on: input.joinedOn,
    left_on: null,
    leave_reason: null,
    leave_note: null,
  };
  await ctx.trx.insertInto('memberships').values(row).execute();
  ctx.emit({
    entity: 'membership',
    entityId: id,
    op: 'create',
    areaId: group.area_id,
    groupId: group.id,
    data: { id, groupId: row.group_id, personId: row.person_id, joinedOn: row.joined_on, leftOn: null },
  });
  const count = await memberCount(ctx, input.groupId);
  const warning = sizeWarning(group.kind as GroupKind, count);
  const rule = sizeRules[group.kind as GroupKind];
  if (warning === 'group.size_above_max' && rule)
    ctx.warn({ code: warning, params: { count, max: rule.max } });
  return id;
}
