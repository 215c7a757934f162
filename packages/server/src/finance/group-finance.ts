import { nextDueMeeting } from '@groundwork/core';
import type { Kysely, Selectable } from 'kysely';
import { idList } from '../access/scope-sql.ts';
import type { GroupsTable, OrganisationsTable, Tables } from '../db/schema.ts';
import { groupsBalances } from './views.ts';

type Group = Selectable<GroupsTable>;
type Organisation = Selectable<OrganisationsTable>;

export function dayBefore(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/**
 * Each group's money as `GET /api/groups/:id/finance` shows it: the balances, the last meeting and the
 * next one due, in the organisation's currency. Four queries however many groups are asked for.
 */
export async function groupsFinance(
  db: Kysely<Tables>,
  org: Organisation,
  groups: readonly Group[],
  today: string,
) {
  if (groups.length === 0) return [];
  const ids = groups.map((g) => g.id);
  const [balances, lastMeetings] = await Promise.all([
    groupsBalances(db, org.id, ids),
    db
      .selectFrom('meetings as m')
      .select(['m.group_id', 'm.id', 'm.held_on', 'm.status'])
      .where('m.org_id', '=', org.id)
      .where('m.group_id', 'in', idList(new Set(ids)))
      .where('m.held_on', '=', (eb) =>
        eb
          .selectFrom('meetings as n')
          .select((n) => n.fn.max('n.held_on').as('held_on'))
          .whereRef('n.org_id', '=', 'm.org_id')
          .whereRef('n.group_id', '=', 'm.group_id'),
      )
      .execute(),
  ]);
  const lastOf = new Map(lastMeetings.map((m) => [m.group_id, m]));
  return groups.map((group) => {
    const last = lastOf.get(group.id);
    const cadence = {
      cadence: group.cadence as 'weekly' | 'fortnightly' | 'monthly',
      meetingWeekday: group.meeting_weekday as never,
      meetingDayOfMonth: group.meeting_day_of_month,
      formedOn: group.formed_on,
    };
    const after = last && last.held_on >= today ? last.held_on : dayBefore(today);
    return {
      groupId: group.id,
      currency: org.currency,
      ...balances.get(group.id)!,
      lastMeeting: last ? { id: last.id, heldOn: last.held_on, status: last.status } : null,
      nextMeetingDue: nextDueMeeting(cadence, after < group.formed_on ? dayBefore(group.formed_on) : after),
    };
  });
}
