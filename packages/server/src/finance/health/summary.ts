import { type Actor, type FinanceSummary, panchasutra, type SummaryMonth } from '@groundwork/core';
import type { Kysely } from 'kysely';
import type { Tables } from '../../db/schema.ts';
import { cadenceOf, groupMonth, noCounts } from './group-health.ts';
import { addMonths, dueMeetingCounts, monthSoFar, monthsFrom } from './months.ts';
import { readSummary } from './summary-data.ts';

const rate = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/**
 * The organisation's books at a glance, over the groups in the reader's scope that keep savings books
 * (every kind but health committees), for the last `months` months up to today's:
 * - grades: each active group's Panchasutra grade for the month so far — its month counts, the meetings
 *   due up to today, the instalments due up to today, and its loans as they stand: a loan counts as
 *   outstanding while it is active, and as overdue when it is active and its next unpaid instalment fell
 *   due more than 30 days before today;
 * - savings and loans outstanding at each month end: running sums of the monthly summary, over every
 *   group (a dormant group's money is still there);
 * - meetings held against meetings due and attendance, per month: active groups only, as a dormant or
 *   closed group has no meeting due;
 * - PAR30 now: the principal left on overdue loans over all principal outstanding.
 * Only the small tables are read — groups, group_months, fin_monthly, loan_states (with loans for the
 * overdue ones), this month's instalments, memberships — never the postings; meetings due are counted
 * by arithmetic.
 */
export async function financeSummary(
  db: Kysely<Tables>,
  actor: Actor,
  currency: string,
  monthCount: number,
  today: string,
): Promise<FinanceSummary> {
  const current = today.slice(0, 7);
  const months = monthsFrom(addMonths(current, 1 - monthCount), current);
  const data = await readSummary(db, actor, months[0]!, today);

  const spans = months.map((month) => monthSoFar(month, today));
  const meetingsDue = months.map(() => 0);
  const byGrade = { A: 0, B: 0, C: 0 };
  let active = 0;
  for (const group of data.groups) {
    if (group.status !== 'active' || group.formed_on > today) continue;
    active += 1;
    const due = dueMeetingCounts(cadenceOf(group), spans);
    due.forEach((n, i) => {
      meetingsDue[i]! += n;
    });
    const loans = data.loansOf.get(group.id);
    const figures = groupMonth(
      current,
      data.countsNow.get(group.id) ?? noCounts,
      due.at(-1) ?? 0,
      { loansOutstanding: loans?.active ?? 0, overdueLoans: loans?.overdue ?? 0 },
      data.instalmentsDueOf.get(group.id) ?? 0,
    );
    byGrade[panchasutra(figures).grade] += 1;
  }

  let savings = -(data.opening.get('member_savings') ?? 0);
  let loansOutstanding = data.opening.get('loans_receivable') ?? 0;
  const trend = months.map((month, i): SummaryMonth => {
    const flow = data.flows.get(month);
    savings -= flow?.get('member_savings') ?? 0;
    loansOutstanding += flow?.get('loans_receivable') ?? 0;
    const a = data.attendance.get(month);
    return {
      month,
      savings,
      loansOutstanding,
      meetingsHeld: a?.held ?? 0,
      meetingsDue: meetingsDue[i]!,
      attendanceRate: rate(a?.present ?? 0, a?.rolls ?? 0),
    };
  });

  const total = (pick: (row: { held: number; present: number; rolls: number }) => number) =>
    [...data.attendance.values()].reduce((sum, row) => sum + pick(row), 0);
  return {
    asOf: today,
    currency,
    groups: { total: data.groups.length, active, byGrade },
    months: trend,
    par30: { atRisk: data.atRisk, outstanding: loansOutstanding, ratio: rate(data.atRisk, loansOutstanding) },
    totals: {
      members: data.members,
      savings,
      loansOutstanding,
      meetingsHeld: total((row) => row.held),
      meetingsDue: meetingsDue.reduce((sum, n) => sum + n, 0),
      attendanceRate: rate(
        total((row) => row.present),
        total((row) => row.rolls),
      ),
    },
  };
}
