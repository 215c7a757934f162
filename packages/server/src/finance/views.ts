import type { LoanPosition } from '@groundwork/core';
import type { Kysely, Selectable } from 'kysely';
import { idList } from '../access/scope-sql.ts';
import type { MeetingsTable } from '../db/finance-schema.ts';
import type { Tables } from '../db/schema.ts';
import type { LoadedLoan } from './loans.ts';

export function toMeetingView(r: Selectable<MeetingsTable>) {
  return {
    id: r.id,
    groupId: r.group_id,
    heldOn: r.held_on,
    status: r.status,
    minutes: r.minutes,
    decisions: JSON.parse(r.decisions) as string[],
    agenda: JSON.parse(r.agenda) as unknown[],
    activities: JSON.parse(r.activities) as unknown[],
    recordedAt: r.recorded_at,
    closedAt: r.closed_at,
  };
}

export function toLoanView(loan: LoadedLoan, position: LoanPosition, withSchedule: boolean) {
  const { row, state } = loan;
  const status = state.status === 'cancelled' ? 'cancelled' : position.status;
  return {
    id: row.id,
    groupId: row.group_id,
    personId: row.person_id,
    meetingId: row.meeting_id,
    disbursedOn: row.disbursed_on,
    principal: Number(row.principal),
    rateBps: row.rate_bps,
    method: row.method,
    instalments: row.instalments,
    frequency: row.frequency,
    gracePeriods: row.grace_periods,
    purpose: row.purpose,
    status,
    asOf: position.asOf,
    principalOutstanding: position.principalOutstanding,
    interestDue: position.interestDue,
    penaltyDue: position.penaltyDue,
    principalDue: position.principalDue,
    payoff: position.payoff,
    daysPastDue: position.daysPastDue,
    nextDueOn: state.next_due_on,
    ...(withSchedule ? { schedule: position.instalments } : {}),
  };
}

interface MemberBalance {
  personId: string;
  savings: number;
  loanOutstanding: number;
  finesDue: number;
}

/** Balances of each group and of each of its members, as the books say today: three queries for any number of groups. */
export async function groupsBalances(db: Kysely<Tables>, orgId: string, groupIds: readonly string[]) {
  const ids = idList(new Set(groupIds));
  const [accounts, members, banks] = await Promise.all([
    db
      .selectFrom('fin_balances')
      .select(['group_id', 'account', 'sub', (eb) => eb.fn.sum<number>('amount').as('amount')])
      .where('org_id', '=', orgId)
      .where('group_id', 'in', ids)
      .groupBy(['group_id', 'account', 'sub'])
      .execute(),
    db
      .selectFrom('fin_balances')
      .select(['group_id', 'person_id', 'account', (eb) => eb.fn.sum<number>('amount').as('amount')])
      .where('org_id', '=', orgId)
      .where('group_id', 'in', ids)
      .where('person_id', '<>', '')
      .where('account', 'in', ['member_savings', 'loans_receivable', 'fines_receivable'])
      .groupBy(['group_id', 'person_id', 'account'])
      .execute(),
    db
      .selectFrom('bank_accounts')
      .select(['group_id', 'id', 'bank_name'])
      .where('org_id', '=', orgId)
      .where('group_id', 'in', ids)
      .execute(),
  ]);
  const ofGroup = <R extends { group_id: string }>(rows: R[], groupId: string) =>
    rows.filter((r) => r.group_id === groupId);
  return new Map(
    groupIds.map((groupId) => {
      const mine = ofGroup(accounts, groupId);
      const total = (account: string) =>
        mine.filter((a) => a.account === account).reduce((sum, a) => sum + Number(a.amount), 0);
      const byPerson = new Map<string, MemberBalance>();
      for (const m of ofGroup(members, groupId)) {
        const id = m.person_id ?? '';
        const b = byPerson.get(id) ?? { personId: id, savings: 0, loanOutstanding: 0, finesDue: 0 };
        const amount = Number(m.amount);
        if (m.account === 'member_savings') b.savings = -amount;
        else if (m.account === 'loans_receivable') b.loanOutstanding = amount;
        else b.finesDue = amount;
        byPerson.set(id, b);
      }
      const balances = {
        cash: total('cash'),
        bank: ofGroup(banks, groupId).map((b) => ({
          bankAccountId: b.id,
          bankName: b.bank_name,
          balance: mine
            .filter((a) => a.account === 'bank' && a.sub === b.id)
            .reduce((sum, a) => sum + Number(a.amount), 0),
        })),
        savings: -total('member_savings'),
        loansOutstanding: total('loans_receivable'),
        finesDue: total('fines_receivable'),
        socialFund: -total('social_fund'),
        members: [...byPerson.values()].sort((a, b) => a.personId.localeCompare(b.personId)),
      };
      return [groupId, balances] as const;
    }),
  );
}
