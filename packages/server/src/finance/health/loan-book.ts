import type { Kysely } from 'kysely';
import type { Tables } from '../../db/schema.ts';
import { addDays } from './months.ts';

/** A loan is overdue once part of an instalment is this many days late and more. */
export const OVERDUE_DAYS = 30;

interface LoanHistory {
  principal: number;
  /** Instalments of the schedule: due date and principal, by due date. */
  instalments: { dueOn: string; principal: number }[];
  /** Net movement of the loan's principal (loans_receivable) per day, by date. */
  movements: { on: string; amount: number }[];
}

/** The member loans of one group as the books tell their history, read once for every date asked about. */
export type LoanLedger = Map<string, LoanHistory>;

/** The group's member loans on a date. */
export interface LoanBookAt {
  /** Loans with principal outstanding. */
  loansOutstanding: number;
  /** Of those, the loans more than 30 days past due. */
  overdueLoans: number;
  principalOutstanding: number;
  /** Outstanding principal of the overdue loans. */
  principalAtRisk: number;
}

/**
 * Reads a group's loans in two queries: the schedules of its loans (cancelled ones left out) and the
 * principal postings (loans_receivable, sub = loan id) up to `upTo`, summed per loan and day.
 */
export async function loadLoanLedger(
  db: Kysely<Tables>,
  orgId: string,
  groupId: string,
  upTo: string,
): Promise<LoanLedger> {
  const [instalments, movements] = await Promise.all([
    db
      .selectFrom('loan_instalments as i')
      .innerJoin('loan_states as s', (join) =>
        join.onRef('s.org_id', '=', 'i.org_id').onRef('s.loan_id', '=', 'i.loan_id'),
      )
      .select(['i.loan_id', 'i.due_on', 'i.principal'])
      .where('i.org_id', '=', orgId)
      .where('i.group_id', '=', groupId)
      .where('s.status', '<>', 'cancelled')
      .orderBy('i.due_on')
      .execute(),
    db
      .selectFrom('fin_postings')
      .select(['sub', 'entry_date', (eb) => eb.fn.sum<number>('amount').as('amount')])
      .where('org_id', '=', orgId)
      .where('group_id', '=', groupId)
      .where('account', '=', 'loans_receivable')
      .where('entry_date', '<=', upTo)
      .groupBy(['sub', 'entry_date'])
      .orderBy('entry_date')
      .execute(),
  ]);
  const ledger: LoanLedger = new Map();
  for (const i of instalments) {
    let loan = ledger.get(i.loan_id);
    if (!loan) {
      loan = { principal: 0, instalments: [], movements: [] };
      ledger.set(i.loan_id, loan);
    }
    loan.principal += Number(i.principal);
    loan.instalments.push({ dueOn: i.due_on, principal: Number(i.principal) });
  }
  for (const m of movements) {
    ledger.get(m.sub ?? '')?.movements.push({ on: m.entry_date, amount: Number(m.amount) });
  }
  return ledger;
}

/**
 * The group's loans on date D, from the ledger alone. A loan's outstanding principal at D is the sum of
 * its principal postings dated D or before. A loan is overdue at D when the principal repaid by D (its
 * principal less what is outstanding at D) is less than the principal of its instalments that fell due
 * more than 30 days before D (due on or before D − 31). Interest is left out of this test, and a loan
 * written off or repaid has nothing outstanding, so it is neither outstanding nor overdue.
 */
export function loanBookAt(ledger: LoanLedger, asOf: string): LoanBookAt {
  const lateBy = addDays(asOf, -(OVERDUE_DAYS + 1));
  const book: LoanBookAt = {
    loansOutstanding: 0,
    overdueLoans: 0,
    principalOutstanding: 0,
    principalAtRisk: 0,
  };
  for (const loan of ledger.values()) {
    let outstanding = 0;
    for (const m of loan.movements) {
      if (m.on > asOf) break;
      outstanding += m.amount;
    }
    if (outstanding <= 0) continue;
    let dueLongAgo = 0;
    for (const i of loan.instalments) {
      if (i.dueOn > lateBy) break;
      dueLongAgo += i.principal;
    }
    book.loansOutstanding += 1;
    book.principalOutstanding += outstanding;
    if (loan.principal - outstanding < dueLongAgo) {
      book.overdueLoans += 1;
      book.principalAtRisk += outstanding;
    }
  }
  return book;
}

/** Instalments of the group's loans falling due from `from` to `to`, both included. */
export function instalmentsDueBetween(ledger: LoanLedger, from: string, to: string): number {
  let n = 0;
  for (const loan of ledger.values()) {
    for (const i of loan.instalments) if (i.dueOn >= from && i.dueOn <= to) n += 1;
  }
  return n;
}
