import { DomainError, newId, officeAssign, officeEnd, termsOverlap } from '@groundwork/core';
import { type CommandContext, defineCommand } from '../commands/context.ts';
import { loadRow } from '../db/rows.ts';
import type { Tables } from '../db/schema.ts';
import { loadGroupRow } from './memberships.ts';
import { toOfficeTermView } from './view.ts';

type TermRow = Tables['office_terms'];
const termOf = (t: TermRow) => ({ start: t.term_start, end: t.term_end });

/** Ends a term on a day and tells devices, whichever way it ends: an election, a resignation, leaving. */
export async function endTerm(ctx: CommandContext, term: TermRow, termEnd: string, areaId: string | null) {
  await ctx.trx
    .updateTable('office_terms')
    .set({ term_end: termEnd })
    .where('org_id', '=', ctx.org.id)
    .where('id', '=', term.id)
    .execute();
  emitTerm(ctx, { ...term, term_end: termEnd }, areaId, 'update');
}

function emitTerm(ctx: CommandContext, row: TermRow, areaId: string | null, op: 'create' | 'update') {
  ctx.emit({
    entity: 'office_term',
    entityId: row.id,
    op,
    areaId,
    groupId: row.group_id,
    data: toOfficeTermView(row),
  });
}

/**
 * An election: the person takes the office from termStart. The sitting holder's open term ends that day,
 * so the history of every office is kept; a person holds one office per group at a time.
 */
export const assignOffice = defineCommand({
  type: 'office.assign',
  schema: officeAssign,
  async apply(ctx, p) {
    const group = await loadGroupRow(ctx, p.groupId);
    ctx.ensure('office.write', { areaId: group.area_id, groupIds: [group.id] });
    if (p.termEnd && p.termEnd <= p.termStart)
      throw new DomainError('office.term_order', { field: 'termEnd' });
    const member = await ctx.trx
      .selectFrom('memberships')
      .select('id')
      .where('org_id', '=', ctx.org.id)
      .where('group_id', '=', p.groupId)
      .where('person_id', '=', p.personId)
      .where('joined_on', '<=', p.termStart)
      .where((eb) => eb.or([eb('left_on', 'is', null), eb('left_on', '>', p.termStart)]))
      .executeTakeFirst();
    if (!member) throw new DomainError('office.not_member', { field: 'personId' });
    const terms = await ctx.trx
      .selectFrom('office_terms')
      .selectAll()
      .where('org_id', '=', ctx.org.id)
      .where('group_id', '=', p.groupId)
      .execute();
    const term = { start: p.termStart, end: p.termEnd ?? null };
    const otherOffice = terms.find(
      (t) => t.person_id === p.personId && t.office !== p.office && termsOverlap(termOf(t), term),
    );
    if (otherOffice) throw new DomainError('office.person_holds_other', { field: 'personId' });
    for (const t of terms.filter((x) => x.office === p.office && termsOverlap(termOf(x), term))) {
      if (t.term_start >= p.termStart)
        throw new DomainError('office.term_overlaps_history', { field: 'termStart' });
      await endTerm(ctx, t, p.termStart, group.area_id);
    }
    const row: TermRow = {
      org_id: ctx.org.id,
      id: p.id ?? newId(),
      group_id: p.groupId,
      person_id: p.personId,
      office: p.office,
      term_start: p.termStart,
      term_end: p.termEnd ?? null,
      elected_on: p.electedOn ?? null,
    };
    await ctx.trx.insertInto('office_terms').values(row).execute();
    emitTerm(ctx, row, group.area_id, 'create');
    return { id: row.id };
  },
});

export const endOffice = defineCommand({
  type: 'office.end',
  schema: officeEnd,
  async apply(ctx, p) {
    const row = await loadRow(ctx.trx, 'office_terms', ctx.org.id, p.id, 'id');
    const group = await loadGroupRow(ctx, row.group_id);
    ctx.ensure('office.write', { areaId: group.area_id, groupIds: [group.id] });
    if (p.termEnd <= row.term_start) throw new DomainError('office.term_order', { field: 'termEnd' });
    await endTerm(ctx, row, p.termEnd, group.area_id);
    return { id: row.id };
  },
});
