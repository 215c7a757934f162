import { nextDueMeeting } from '@groundwork/core';
import type { Kysely, Selectable } from 'kysely';
import type { GroupsTable, OrganisationsTable, Tables } from '../db/schema.ts';
import { groupBalances } from './views.ts';

type Group = Selectable<GroupsTable>;
type Organisation = Selectable<OrganisationsTable>;

export function dayBefore(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/**
 * A group's money as `GET /api/groups/:id/finance` shows it: the balances, the last meeting and the next
 * one due, in the organisation's currency.
 */
export async function groupFinance(db: Kysely<Tables>, org: Organisation, group: Group, today: string) {
  const balances = await groupBalances(db, org.id, group.id);
  const last = await db
    .selectFrom('meetings')
    .select(['id', 'held_on', 'status'])
    .where('org_id', '=', org.id)
    .where('group_id', '=', group.id)
    .orderBy('held_on', 'desc')
    .limit(1)
    .executeTakeFirst();
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
    ...balances,
    lastMeeting: last ? { id: last.id, heldOn: last.held_on, status: last.status } : null,
    nextMeetingDue: nextDueMeeting(cadence, after < group.formed_on ? dayBefore(group.formed_on) : after),
  };
}
