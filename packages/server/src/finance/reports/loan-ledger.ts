import type { LoanStatus, Locale } from '@groundwork/core';
import { type LoadedLoan, loadLoans, positionOf } from '../loans.ts';
import { groupRef } from './books.ts';
import { type DateRange, type GroupScope, groupPostings, personNames } from './context.ts';
import { type Column, periodFact, type ReportDocument, type Row, type Translate } from './document.ts';
import { frequencyLabels, labelOf, methodLabels, statusLabels } from './labels.ts';

export interface LoanLedgerLine {
  loanId: string;
  member: { id: string; name: string };
  disbursedOn: string;
  principal: number;
  /** Interest per period of the loan, in basis points. */
  rateBps: number;
  method: string;
  frequency: string;
  instalments: number;
  /** Principal and interest of the instalments due on or before the report's date. */
  demand: number;
  collected: { principal: number; interest: number; penalty: number };
  principalBalance: number;
  /** Principal and interest of instalments due before the report's date and not yet paid. */
  overdue: number;
  daysPastDue: number;
  status: LoanStatus;
}

export interface LoanLedger extends DateRange {
  report: 'loan-ledger';
  currency: string;
  group: { id: string; name: string };
  asOf: string;
  loans: LoanLedgerLine[];
  totals: {
    principal: number;
    demand: number;
    collectedPrincipal: number;
    collectedInterest: number;
    collectedPenalty: number;
    principalBalance: number;
    overdue: number;
  };
}

/** What the entries up to a date say about one loan: the paid parts, penalties still due, its balance. */
interface Paid {
  principal: number;
  interest: number;
  penalty: number;
  penaltyDue: number;
  balance: number;
}

/**
 * The postings on the group's loans up to `to`, summed per loan. A correction counts as the entry it
 * cancels, with its amounts turned round, so a reversed repayment is no longer collected.
 */
async function paidUpTo(scope: GroupScope, to: string): Promise<Map<string, Paid>> {
  const rows = await groupPostings(scope)
    .select([
      'p.sub',
      'p.account',
      'e.kind',
      'o.kind as reversed_kind',
      (eb) => eb.fn.sum<number>('p.amount').as('amount'),
    ])
    .where('p.account', 'in', ['loans_receivable', 'interest_income', 'fines_receivable'])
    .where('p.entry_date', '<=', to)
    .where('p.sub', 'is not', null)
    .groupBy(['p.sub', 'p.account', 'e.kind', 'o.kind'])
    .execute();
  const paid = new Map<string, Paid>();
  for (const r of rows) {
    const loanId = r.sub ?? '';
    const p = paid.get(loanId) ?? { principal: 0, interest: 0, penalty: 0, penaltyDue: 0, balance: 0 };
    const amount = Number(r.amount);
    const repayment = (r.kind === 'reversal' ? r.reversed_kind : r.kind) === 'loan_repayment';
    if (r.account === 'loans_receivable') {
      p.balance += amount;
      if (repayment) p.principal -= amount;
    } else if (r.account === 'interest_income') {
      if (repayment) p.interest -= amount;
    } else {
      p.penaltyDue += amount;
      if (repayment) p.penalty -= amount;
    }
    paid.set(loanId, p);
  }
  return paid;
}

/** The loan as it stood at the end of `to`: its state row rebuilt from the entries up to that day. */
function asOf(loan: LoadedLoan, paid: Paid, to: string): LoadedLoan {
  const writtenOff = loan.state.status === 'written_off' && (loan.state.closed_on ?? '') <= to;
  return {
    ...loan,
    state: {
      ...loan.state,
      principal_paid: paid.principal,
      interest_paid: paid.interest,
      penalty_due: Math.max(0, paid.penaltyDue),
      status: writtenOff ? 'written_off' : 'active',
      closed_on: writtenOff ? loan.state.closed_on : null,
    },
  };
}

/**
 * The loan ledger on `to`: every loan given by then and still running at some time in the period (loans
 * cancelled by a correction are left out), with what was due by then, what was collected, what is
 * left and what is late. A loan written off or repaid has nothing overdue.
 */
export async function loanLedger(scope: GroupScope, range: DateRange): Promise<LoanLedger> {
  const to = range.to;
  const listed = await scope.db
    .selectFrom('loans as l')
    .innerJoin('loan_states as s', (j) =>
      j.onRef('s.org_id', '=', 'l.org_id').onRef('s.loan_id', '=', 'l.id'),
    )
    .select(['l.id', 's.status', 's.closed_on'])
    .where('l.org_id', '=', scope.orgId)
    .where('l.group_id', '=', scope.group.id)
    .where('l.disbursed_on', '<=', to)
    .where((eb) => eb.or([eb('s.closed_on', 'is', null), eb('s.closed_on', '>=', range.from)]))
    .orderBy('l.disbursed_on')
    .orderBy('l.id')
    .execute();
  const ids = listed.filter((l) => !(l.status === 'cancelled' && (l.closed_on ?? '') <= to)).map((l) => l.id);
  const [loans, paid] = await Promise.all([loadLoans(scope.db, scope.orgId, ids), paidUpTo(scope, to)]);
  const names = await personNames(
    scope,
    [...loans.values()].map((l) => l.row.person_id),
  );
  const none: Paid = { principal: 0, interest: 0, penalty: 0, penaltyDue: 0, balance: 0 };
  const lines = ids.flatMap((id): LoanLedgerLine[] => {
    const loan = loans.get(id);
    if (!loan) return [];
    const p = paid.get(id) ?? none;
    const position = positionOf(asOf(loan, p, to), to);
    const closed = position.status === 'repaid' || position.status === 'written_off';
    const overdue = closed
      ? 0
      : position.instalments
          .filter((i) => i.dueOn < to)
          .reduce((sum, i) => sum + i.principal - i.principalPaid + i.interest - i.interestPaid, 0);
    const { row } = loan;
    return [
      {
        loanId: id,
        member: { id: row.person_id, name: names.get(row.person_id) ?? '' },
        disbursedOn: row.disbursed_on,
        principal: Number(row.principal),
        rateBps: Number(row.rate_bps),
        method: row.method,
        frequency: row.frequency,
        instalments: Number(row.instalments),
        demand: loan.schedule
          .filter((i) => i.dueOn <= to)
          .reduce((sum, i) => sum + i.principal + i.interest, 0),
        collected: { principal: p.principal, interest: p.interest, penalty: p.penalty },
        principalBalance: p.balance,
        overdue,
        daysPastDue: closed ? 0 : position.daysPastDue,
        status: position.status,
      },
    ];
  });
  const sum = (pick: (l: LoanLedgerLine) => number) => lines.reduce((total, l) => total + pick(l), 0);
  return {
    report: 'loan-ledger',
    currency: scope.currency,
    group: groupRef(scope),
    ...range,
    asOf: to,
    loans: lines,
    totals: {
      principal: sum((l) => l.principal),
      demand: sum((l) => l.demand),
      collectedPrincipal: sum((l) => l.collected.principal),
      collectedInterest: sum((l) => l.collected.interest),
      collectedPenalty: sum((l) => l.collected.penalty),
      principalBalance: sum((l) => l.principalBalance),
      overdue: sum((l) => l.overdue),
    },
  };
}

const columns: Column[] = [
  { key: 'member', label: 'report.column.member', type: 'text' },
  { key: 'disbursedOn', label: 'report.column.disbursed_on', type: 'date' },
  { key: 'principal', label: 'report.column.principal', type: 'money' },
  { key: 'rate', label: 'report.column.rate', type: 'percent' },
  { key: 'method', label: 'report.column.method', type: 'text' },
  { key: 'frequency', label: 'report.column.frequency', type: 'text' },
  { key: 'instalments', label: 'report.column.instalments', type: 'count' },
  { key: 'demand', label: 'report.column.demand', type: 'money' },
  { key: 'collectedPrincipal', label: 'report.column.collected_principal', type: 'money' },
  { key: 'collectedInterest', label: 'report.column.collected_interest', type: 'money' },
  { key: 'collectedPenalty', label: 'report.column.collected_penalty', type: 'money' },
  { key: 'principalBalance', label: 'report.column.principal_balance', type: 'money' },
  { key: 'overdue', label: 'report.column.overdue', type: 'money' },
  { key: 'daysPastDue', label: 'report.column.days_past_due', type: 'count' },
  { key: 'status', label: 'report.column.status', type: 'text' },
];

export function loanLedgerDocument(data: LoanLedger, t: Translate, locale: Locale): ReportDocument {
  const label = (labels: Record<string, Parameters<Translate>[0]>, code: string) => {
    const key = labelOf(labels, code);
    return key ? t(key) : code;
  };
  const rows = data.loans.map(
    (l): Row => ({
      member: l.member.name,
      disbursedOn: l.disbursedOn,
      principal: l.principal,
      rate: l.rateBps,
      method: label(methodLabels, l.method),
      frequency: label(frequencyLabels, l.frequency),
      instalments: l.instalments,
      demand: l.demand,
      collectedPrincipal: l.collected.principal,
      collectedInterest: l.collected.interest,
      collectedPenalty: l.collected.penalty,
      principalBalance: l.principalBalance,
      overdue: l.overdue,
      daysPastDue: l.daysPastDue,
      status: label(statusLabels, l.status),
    }),
  );
  return {
    file: `loan-ledger_${data.asOf}`,
    title: 'report.title.loan_ledger',
    subject: data.group.name,
    currency: data.currency,
    facts: [
      periodFact(t, locale, data.from, data.to),
      { label: 'report.fact.as_of', value: data.asOf, type: 'date' },
    ],
    notes: [],
    tables: [
      {
        heading: null,
        columns,
        rows,
        footer: [{ member: t('report.line.total'), ...data.totals }],
      },
    ],
  };
}
