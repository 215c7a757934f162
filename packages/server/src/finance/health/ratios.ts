import { accountCodes, accountDefinition, type RatioInputs } from '@groundwork/core';
import type { Kysely } from 'kysely';
import type { Tables } from '../../db/schema.ts';
import { loadLoanLedger, loanBookAt } from './loan-book.ts';
import { firstDayOf, monthsFrom } from './months.ts';

const balanceAccounts = ['cash', 'bank', 'loans_receivable', 'member_savings'] as const;
type BalanceAccount = (typeof balanceAccounts)[number];
const resultAccounts = accountCodes.filter((code) => {
  const type = accountDefinition(code).type;
  return type === 'income' || type === 'expense';
});

/**
 * The savings-group ratios' inputs for one group over a period (`from` to `to`, both included):
 * - attendance: the group's month counts of the months from `from`'s to `to`'s (they are kept by month);
 * - savings, cash, bank and loans outstanding at `to`: the monthly summary up to the month before `to`'s,
 *   and the postings of `to`'s month up to `to`;
 * - average savings: the mean of the savings balance at the end of each month of the period, the last
 *   one taken at `to`;
 * - net surplus: income less expenses posted in the period, leaving out the closing entries of a
 *   share-out (which only move the surplus to retained surplus);
 * - loans outstanding and PAR: the principal outstanding at `to`, and that of the loans more than 30 days
 *   past due then, from the loan postings and schedules (see `loanBookAt`), so that a period in the past
 *   reads as the loans stood then — the loan states tell only how they stand today;
 * - members: a member at a date joined on or before it and had not left by it; members at start are
 *   those of `from`, with those who left on that very day; members who left are those with a leaving
 *   date in the period.
 */
export async function groupRatioInputs(
  db: Kysely<Tables>,
  orgId: string,
  groupId: string,
  from: string,
  to: string,
): Promise<RatioInputs> {
  const firstMonth = from.slice(0, 7);
  const lastMonth = to.slice(0, 7);
  const [monthly, lastDays, results, attendance, memberships, ledger] = await Promise.all([
    db
      .selectFrom('fin_monthly')
      .select(['month', 'account', (eb) => eb.fn.sum<number>('amount').as('amount')])
      .where('org_id', '=', orgId)
      .where('group_id', '=', groupId)
      .where('account', 'in', balanceAccounts)
      .where('month', '<', lastMonth)
      .groupBy(['month', 'account'])
      .orderBy('month')
      .execute(),
    db
      .selectFrom('fin_postings')
      .select(['account', (eb) => eb.fn.sum<number>('amount').as('amount')])
      .where('org_id', '=', orgId)
      .where('group_id', '=', groupId)
      .where('account', 'in', balanceAccounts)
      .where('entry_date', '>=', firstDayOf(lastMonth))
      .where('entry_date', '<=', to)
      .groupBy('account')
      .execute(),
    db
      .selectFrom('fin_postings as p')
      .innerJoin('fin_entries as e', (join) =>
        join.onRef('e.org_id', '=', 'p.org_id').onRef('e.id', '=', 'p.entry_id'),
      )
      .select((eb) => eb.fn.sum<number>('p.amount').as('amount'))
      .where('p.org_id', '=', orgId)
      .where('p.group_id', '=', groupId)
      .where('p.account', 'in', resultAccounts)
      .where('p.entry_date', '>=', from)
      .where('p.entry_date', '<=', to)
      .where('e.kind', '<>', 'period_close')
      .executeTakeFirst(),
    db
      .selectFrom('group_months')
      .select((eb) => [
        eb.fn.sum<number>('present').as('present'),
        eb.fn.sum<number>('member_meetings').as('member_meetings'),
      ])
      .where('org_id', '=', orgId)
      .where('group_id', '=', groupId)
      .where('month', '>=', firstMonth)
      .where('month', '<=', lastMonth)
      .executeTakeFirst(),
    db
      .selectFrom('memberships')
      .select(['joined_on', 'left_on'])
      .where('org_id', '=', orgId)
      .where('group_id', '=', groupId)
      .execute(),
    loadLoanLedger(db, orgId, groupId, to),
  ]);

  const balance = { cash: 0, bank: 0, loans_receivable: 0, member_savings: 0 } satisfies Record<
    BalanceAccount,
    number
  >;
  let opening = 0;
  const savingsIn = new Map<string, number>();
  for (const row of monthly) {
    const amount = Number(row.amount);
    balance[row.account as BalanceAccount] += amount;
    if (row.account !== 'member_savings') continue;
    if (row.month < firstMonth) opening -= amount;
    else savingsIn.set(row.month, -amount);
  }
  for (const row of lastDays) balance[row.account as BalanceAccount] += Number(row.amount);
  const savings = -balance.member_savings;
  let running = opening;
  const monthEnds = monthsFrom(firstMonth, lastMonth).map((month) => {
    if (month === lastMonth) return savings;
    running += savingsIn.get(month) ?? 0;
    return running;
  });

  const isMember = (m: { joined_on: string; left_on: string | null }, on: string) =>
    m.joined_on <= on && (m.left_on === null || m.left_on > on);
  const loans = loanBookAt(ledger, to);
  return {
    memberMeetingsPresent: Number(attendance?.present ?? 0),
    memberMeetings: Number(attendance?.member_meetings ?? 0),
    savingsBalance: savings,
    members: memberships.filter((m) => isMember(m, to)).length,
    loansOutstandingPrincipal: loans.principalOutstanding,
    loanFund: balance.cash + balance.bank + balance.loans_receivable,
    parPrincipal: loans.principalAtRisk,
    netSurplus: -Number(results?.amount ?? 0),
    averageSavings: Math.round(monthEnds.reduce((sum, v) => sum + v, 0) / monthEnds.length),
    membersAtStart: memberships.filter((m) => isMember(m, from) || m.left_on === from).length,
    membersLeft: memberships.filter((m) => m.left_on !== null && m.left_on >= from && m.left_on <= to).length,
  };
}
