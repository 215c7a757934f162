import { DomainError } from '@groundwork/core';
import type { Kysely, Selectable } from 'kysely';
import type { GroupsTable, Tables } from '../../db/schema.ts';
import { todayIn } from './format.ts';

/** The group a report is about, with what every report needs to know of its organisation. */
export interface GroupScope {
  db: Kysely<Tables>;
  orgId: string;
  group: Selectable<GroupsTable>;
  currency: string;
  /** Today where the organisation works. */
  today: string;
}

export interface DateRange {
  from: string;
  to: string;
}

/** The group of the organisation, or 404: a group of another organisation is not there at all. */
export async function loadGroupScope(
  db: Kysely<Tables>,
  orgId: string,
  groupId: string,
): Promise<GroupScope> {
  const [group, org] = await Promise.all([
    db
      .selectFrom('groups')
      .selectAll()
      .where('org_id', '=', orgId)
      .where('id', '=', groupId)
      .executeTakeFirst(),
    db
      .selectFrom('organisations')
      .select(['currency', 'time_zone'])
      .where('id', '=', orgId)
      .executeTakeFirstOrThrow(),
  ]);
  if (!group) throw new DomainError('resource.not_found');
  return { db, orgId, group, currency: org.currency, today: todayIn(org.time_zone) };
}

/** The period of a report: from the day the group was formed to today, unless asked otherwise. */
export function dateRange(scope: GroupScope, from: string | undefined, to: string | undefined): DateRange {
  const range = { from: from ?? scope.group.formed_on, to: to ?? scope.today };
  if (range.from > range.to) throw new DomainError('report.date_range', { field: 'from' });
  return range;
}

/** Member names by person id, of the organisation only. */
export async function personNames(scope: GroupScope, ids: Iterable<string>): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await scope.db
    .selectFrom('people')
    .select(['id', 'given_name', 'family_name'])
    .where('org_id', '=', scope.orgId)
    .where('id', 'in', unique)
    .execute();
  return new Map(rows.map((r) => [r.id, [r.given_name, r.family_name].filter(Boolean).join(' ')]));
}

/**
 * The group's postings `p` with their entry `e` and, for a correction, the entry it cancels `o`: every
 * report reads a reversal as the entry it undoes, with its amounts turned round.
 */
export function groupPostings(scope: GroupScope) {
  return scope.db
    .selectFrom('fin_postings as p')
    .innerJoin('fin_entries as e', (j) =>
      j.onRef('e.org_id', '=', 'p.org_id').onRef('e.id', '=', 'p.entry_id'),
    )
    .leftJoin('fin_entries as o', (j) =>
      j.onRef('o.org_id', '=', 'e.org_id').onRef('o.id', '=', 'e.reverses_id'),
    )
    .where('p.org_id', '=', scope.orgId)
    .where('p.group_id', '=', scope.group.id);
}

/** The same, with the later entry `r` that cancelled a posting's entry, if one did. */
export function groupPostingsWithReversal(scope: GroupScope) {
  return groupPostings(scope).leftJoin('fin_entries as r', (j) =>
    j.onRef('r.org_id', '=', 'e.org_id').onRef('r.reverses_id', '=', 'e.id'),
  );
}
