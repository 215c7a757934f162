import { type GroupMonth, type MeetingCadence, type PanchasutraScore, panchasutra } from '@groundwork/core';
import type { Kysely, Selectable } from 'kysely';
import type { GroupMonthsTable } from '../../db/finance-schema.ts';
import type { GroupsTable, Tables } from '../../db/schema.ts';
import { instalmentsDueBetween, loadLoanLedger, loanBookAt } from './loan-book.ts';
import { dueMeetingCounts, monthSoFar, monthsFrom } from './months.ts';

export type GroupRow = Pick<
  Selectable<GroupsTable>,
  'id' | 'formed_on' | 'cadence' | 'meeting_weekday' | 'meeting_day_of_month'
>;

/** The group's meeting cadence as it is now; a change of cadence is not dated, so past months use it too. */
export function cadenceOf(group: GroupRow): MeetingCadence {
  return {
    cadence: group.cadence as MeetingCadence['cadence'],
    meetingWeekday: group.meeting_weekday as MeetingCadence['meetingWeekday'],
    meetingDayOfMonth: group.meeting_day_of_month,
    formedOn: group.formed_on,
  };
}

export type MonthCounts = Omit<Selectable<GroupMonthsTable>, 'org_id' | 'group_id' | 'month'>;

export const noCounts: MonthCounts = {
  meetings_held: 0,
  meetings_closed: 0,
  meetings_recorded_late: 0,
  member_meetings: 0,
  present: 0,
  savings_made: 0,
  loans_disbursed: 0,
  instalments_due: 0,
  instalments_paid_on_time: 0,
};

/**
 * A month's figures for the Panchasutra from the group's month counts, its meetings due and its loans.
 * `instalmentsDueSoFar` is given only for the month in progress: there only the instalments already due
 * count, so one that falls due later this month is not held against the group. The on-time count is capped
 * at the due count, as an instalment repaid early is counted on time before it falls due.
 */
export function groupMonth(
  month: string,
  counts: MonthCounts,
  meetingsDue: number,
  loans: { loansOutstanding: number; overdueLoans: number },
  instalmentsDueSoFar?: number,
): GroupMonth {
  const instalmentsDue = instalmentsDueSoFar ?? counts.instalments_due;
  return {
    month,
    meetingsDue,
    meetingsHeld: counts.meetings_held,
    memberMeetings: counts.member_meetings,
    savingsMade: counts.savings_made,
    loansOutstanding: loans.loansOutstanding,
    loansDisbursed: counts.loans_disbursed,
    instalmentsDue,
    instalmentsPaidOnTime: Math.min(counts.instalments_paid_on_time, instalmentsDue),
    overdueLoans: loans.overdueLoans,
    meetingsClosed: counts.meetings_closed,
    meetingsRecordedLate: counts.meetings_recorded_late,
  };
}

export interface HealthMonth extends PanchasutraScore {
  figures: GroupMonth;
}

/**
 * The group's Panchasutra score for each month from `from` to `to` ('YYYY-MM'). Months before the group
 * was formed and months after `today`'s are left out; the month in progress is graded on its days so far.
 * - meetings due: by the group's cadence, up to month end (today for the month in progress);
 * - meetings held, savings, books, loans given and instalments: the group's month counts;
 * - loans outstanding and overdue: at month end (today for the month in progress), from the loan postings
 *   and schedules (see `loanBookAt`).
 * Three queries whatever the length of the range: the month counts, the loan schedules, the loan postings.
 */
export async function groupHealth(
  db: Kysely<Tables>,
  orgId: string,
  group: GroupRow,
  range: { from: string; to: string },
  today: string,
): Promise<HealthMonth[]> {
  const formed = group.formed_on.slice(0, 7);
  const current = today.slice(0, 7);
  const start = [range.from, formed].sort()[1]!;
  const end = [range.to, current].sort()[0]!;
  const months = monthsFrom(start, end);
  if (months.length === 0) return [];
  const spans = months.map((month) => monthSoFar(month, today));
  const [rows, ledger] = await Promise.all([
    db
      .selectFrom('group_months')
      .selectAll()
      .where('org_id', '=', orgId)
      .where('group_id', '=', group.id)
      .where('month', '>=', months[0]!)
      .where('month', '<=', months.at(-1)!)
      .execute(),
    loadLoanLedger(db, orgId, group.id, spans.at(-1)!.to),
  ]);
  const counts = new Map(rows.map(({ org_id, group_id, month, ...c }) => [month, c]));
  const due = dueMeetingCounts(cadenceOf(group), spans);
  return months.map((month, i) => {
    const span = spans[i]!;
    const soFar = month === current ? instalmentsDueBetween(ledger, span.from, span.to) : undefined;
    const figures = groupMonth(
      month,
      counts.get(month) ?? noCounts,
      due[i]!,
      loanBookAt(ledger, span.to),
      soFar,
    );
    return { ...panchasutra(figures), figures };
  });
}
