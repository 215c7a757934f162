import { nextDueMeeting } from '@groundwork/core';
import type { Kysely, Selectable } from 'kysely';
import { idList } from '../access/scope-sql.ts';
import type { GroupsTable, OrganisationsTable, Tables } from '../db/schema.ts';
import { loadLoans, positionOf } from '../finance/loans.ts';
import { dayBefore } from '../finance/read-routes.ts';
import { todayIn } from '../finance/today.ts';
import { groupBalances, toLoanView } from '../finance/views.ts';

type Group = Selectable<GroupsTable>;
type Organisation = Selectable<OrganisationsTable>;

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

/**
 * What a phone keeps of each group's books: the finance summary and the open loans with their schedules,
 * where each instalment stands today.
 */
export async function financeSnapshots(db: Kysely<Tables>, org: Organisation, groups: readonly Group[]) {
  if (groups.length === 0) return [];
  const today = todayIn(org.time_zone);
  const open = await db
    .selectFrom('loan_states')
    .select(['loan_id', 'group_id'])
    .where('org_id', '=', org.id)
    .where('group_id', 'in', idList(new Set(groups.map((g) => g.id))))
    .where('status', '=', 'active')
    .execute();
  const loans = await loadLoans(
    db,
    org.id,
    open.map((l) => l.loan_id),
  );
  const items = [];
  for (const group of groups) {
    const summary = await groupFinance(db, org, group, today);
    const groupLoans = [...loans.values()]
      .filter((loan) => loan.row.group_id === group.id)
      .sort((a, b) => (a.row.disbursed_on < b.row.disbursed_on ? 1 : -1))
      .map((loan) => toLoanView(loan, positionOf(loan, today), true));
    items.push({ ...summary, loans: groupLoans });
  }
  return items;
}
