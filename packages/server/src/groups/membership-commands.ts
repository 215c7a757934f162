import {
  DomainError,
  type GroupKind,
  membershipAdd,
  membershipEnd,
  sizeRules,
  sizeWarning,
} from '@groundwork/core';
import { defineCommand } from '../commands/context.ts';
import { loadRow } from '../db/rows.ts';
import { loadPerson, toPersonView } from '../people/store.ts';
import { addMembership, loadGroupRow, memberCount } from './memberships.ts';
import { endTerm } from './office-commands.ts';
import { toMembershipView } from './view.ts';

export const addMember = defineCommand({
  type: 'membership.add',
  schema: membershipAdd,
  async apply(ctx, p) {
    const group = await loadGroupRow(ctx, p.groupId);
    ctx.ensure('membership.write', { areaId: group.area_id, groupIds: [group.id] });
    const person = await loadPerson(ctx.trx, ctx.org.id, p.personId, 'personId');
    ctx.ensure('person.read', person.resource);
    const id = await addMembership(ctx, p);
    ctx.emit({
      entity: 'person',
      entityId: person.row.id,
      op: 'update',
      areaId: person.row.area_id,
      groupId: group.id,
      data: { ...toPersonView(person.row, [...person.groupIds, group.id]) },
    });
    return { id };
  },
});

export const endMembership = defineCommand({
  type: 'membership.end',
  schema: membershipEnd,
  async apply(ctx, p) {
    const row = await loadRow(ctx.trx, 'memberships', ctx.org.id, p.id, 'id');
    const group = await loadGroupRow(ctx, row.group_id);
    ctx.ensure('membership.write', { areaId: group.area_id, groupIds: [group.id] });
    if (row.left_on) throw new DomainError('membership.not_current', { field: 'id' });
    if (p.leftOn < row.joined_on) throw new DomainError('membership.leave_before_join', { field: 'leftOn' });
    const ended = { ...row, left_on: p.leftOn, leave_reason: p.reason, leave_note: p.note ?? null };
    await ctx.trx
      .updateTable('memberships')
      .set({ left_on: p.leftOn, leave_reason: p.reason, leave_note: p.note ?? null })
      .where('org_id', '=', ctx.org.id)
      .where('id', '=', p.id)
      .execute();
    const openTerms = await ctx.trx
      .selectFrom('office_terms')
      .selectAll()
      .where('org_id', '=', ctx.org.id)
      .where('group_id', '=', row.group_id)
      .where('person_id', '=', row.person_id)
      .where('term_end', 'is', null)
      .execute();
    for (const term of openTerms) await endTerm(ctx, term, p.leftOn, group.area_id);
    ctx.emit({
      entity: 'membership',
      entityId: row.id,
      op: 'update',
      areaId: group.area_id,
      groupId: group.id,
      data: toMembershipView(ended),
    });
    const count = await memberCount(ctx, group.id);
    const rule = sizeRules[group.kind as GroupKind];
    if (rule && sizeWarning(group.kind as GroupKind, count) === 'group.size_below_min') {
      ctx.warn({ code: 'group.size_below_min', params: { count, min: rule.min } });
    }
    return { id: row.id };
  },
});
