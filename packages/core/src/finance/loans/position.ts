import { DomainError } from '../../errors/domain-error.ts';
import type { Instalment } from './schedule.ts';

/** A loan's history as the books record it. Each repayment keeps the split made when it was recorded. */
export interface LoanHistory {
  repayments: { paidOn: string; penalty: number; interest: number; principal: number }[];
  /** Late-repayment penalties charged on this loan. */
  penaltiesLevied: { on: string; amount: number }[];
  penaltiesWaived: { on: string; amount: number }[];
  writtenOffOn?: string | undefined;
}

export type LoanStatus = 'active' | 'overdue' | 'repaid' | 'written_off';

export interface InstalmentPosition extends Instalment {
  interestPaid: number;
  principalPaid: number;
  /** The date the instalment became fully paid, or null while it is not. */
  paidOn: string | null;
}

/** Where a loan stands on a date. */
export interface LoanPosition {
  asOf: string;
  status: LoanStatus;
  /** Penalties levied, less those waived and those paid. */
  penaltyDue: number;
  /** Unpaid interest of the instalments due on or before `asOf`. */
  interestDue: number;
  /** Unpaid principal of the instalments due on or before `asOf` (overdue where due before `asOf`). */
  principalDue: number;
  /** All the principal not yet repaid. */
  principalOutstanding: number;
  /** What would settle the loan today: penaltyDue + interestDue + principalOutstanding. */
  payoff: number;
  /** Days since the oldest instalment due before `asOf` that is not fully paid; 0 if there is none. */
  daysPastDue: number;
  repaidOn: string | null;
  instalments: InstalmentPosition[];
}

/** How a repayment divides between penalty, interest and principal. */
export interface RepaymentSplit {
  penalty: number;
  interest: number;
  principal: number;
}

interface Row extends InstalmentPosition {
  /** Interest no longer owed because the loan was settled before this instalment fell due. */
  forgiven: boolean;
}

type LoanEvent =
  | { on: string; kind: 'levy' | 'waiver'; amount: number }
  | { on: string; kind: 'repayment'; penalty: number; interest: number; principal: number };

const sum = (values: number[]): number => values.reduce((total, value) => total + value, 0);
const isPaid = (row: Row): boolean =>
  row.principalPaid === row.principal && (row.forgiven || row.interestPaid === row.interest);
const interestDueOn = (rows: Row[], date: string): number =>
  sum(rows.filter((row) => row.dueOn <= date && !row.forgiven).map((row) => row.interest - row.interestPaid));
const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** Spreads a recorded part over the instalments oldest first, each up to what it still owes. */
function spread(rows: Row[], amount: number, part: 'interest' | 'principal'): void {
  const paid = part === 'interest' ? 'interestPaid' : 'principalPaid';
  let left = amount;
  for (const row of rows) {
    const applied = Math.min(left, row[part] - row[paid]);
    row[paid] += applied;
    left -= applied;
  }
}

/** Events of one loan on or before `asOf`, in date order; within a day they keep their recorded order. */
function eventsUpTo(history: LoanHistory, asOf: string): LoanEvent[] {
  return [
    ...history.penaltiesLevied.map((p) => ({ on: p.on, kind: 'levy' as const, amount: p.amount })),
    ...history.penaltiesWaived.map((p) => ({ on: p.on, kind: 'waiver' as const, amount: p.amount })),
    ...history.repayments.map((r) => ({ ...r, on: r.paidOn, kind: 'repayment' as const })),
  ]
    .filter((event) => event.on <= asOf)
    .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
}

/**
 * Replays the events onto the instalments. At the end of each day with events, instalments fully paid
 * that day get it as their date, and if the loan is settled (all principal, the interest due by that
 * day and the penalties paid) the interest of instalments due later is forgiven. A penalty levied
 * reopens a settled loan.
 */
function replay(rows: Row[], events: LoanEvent[]): { penaltyBalance: number; settledOn: string | null } {
  let penaltyBalance = 0;
  let settledOn: string | null = null;
  for (const [i, event] of events.entries()) {
    if (event.kind === 'repayment') {
      penaltyBalance -= event.penalty;
      spread(rows, event.interest, 'interest');
      spread(rows, event.principal, 'principal');
    } else if (event.kind === 'levy') {
      penaltyBalance += event.amount;
      settledOn = null;
    } else {
      penaltyBalance -= event.amount;
    }
    const day = event.on;
    if (events[i + 1]?.on === day) continue;
    const settled =
      penaltyBalance <= 0 &&
      rows.every((row) => row.principalPaid === row.principal) &&
      interestDueOn(rows, day) === 0;
    if (settled && settledOn === null) {
      for (const row of rows) row.forgiven ||= row.dueOn > day;
    }
    settledOn = settled ? (settledOn ?? day) : null;
    for (const row of rows) {
      if (row.paidOn === null && isPaid(row) && (row.forgiven || row.principal + row.interest > 0)) {
        row.paidOn = day;
      }
    }
  }
  return { penaltyBalance, settledOn };
}

/**
 * Where a loan stands on `asOf`, from its schedule and its recorded history (only what happened on or
 * before `asOf` counts). Repayments are replayed in date order, recorded order within a day: the
 * interest part of each pays the instalments' interest oldest first, its principal part their
 * principal oldest first, and the date each instalment became fully paid is kept. A recorded part
 * larger than what the instalments still owe is not carried over (a split from `allocateRepayment`
 * never is). An instalment with nothing to pay counts as paid on its due date.
 *
 * The loan is repaid at the end of the day on which all its principal, the interest of the
 * instalments due by then and its penalties are paid (or waived); the interest of instalments not yet
 * due is then forgiven and `repaidOn` is that day. A penalty levied later reopens it until that too is
 * paid. Its status is `written_off` from the write-off date, else `repaid`, else `overdue` while an
 * instalment due before `asOf` is not fully paid, else `active`.
 */
export function loanPosition(
  schedule: readonly Instalment[],
  history: LoanHistory,
  asOf: string,
): LoanPosition {
  // Built field by field: V8 makes objects spread from another and then extended slow to create and use.
  const rows: Row[] = schedule.map((instalment) => ({
    number: instalment.number,
    dueOn: instalment.dueOn,
    principal: instalment.principal,
    interest: instalment.interest,
    interestPaid: 0,
    principalPaid: 0,
    paidOn: null,
    forgiven: false,
  }));
  const { penaltyBalance, settledOn } = replay(rows, eventsUpTo(history, asOf));
  for (const row of rows) {
    if (row.paidOn === null && row.principal + row.interest === 0 && row.dueOn <= asOf) {
      row.paidOn = row.dueOn;
    }
  }

  const penaltyDue = Math.max(0, penaltyBalance);
  const interestDue = interestDueOn(rows, asOf);
  const principalOutstanding = sum(rows.map((row) => row.principal - row.principalPaid));
  const oldestLate = rows.find((row) => row.dueOn < asOf && !isPaid(row));
  let status: LoanStatus = oldestLate ? 'overdue' : 'active';
  if (penaltyDue === 0 && interestDue === 0 && principalOutstanding === 0) status = 'repaid';
  if (history.writtenOffOn !== undefined && history.writtenOffOn <= asOf) status = 'written_off';
  return {
    asOf,
    status,
    penaltyDue,
    interestDue,
    principalDue: sum(
      rows.filter((row) => row.dueOn <= asOf).map((row) => row.principal - row.principalPaid),
    ),
    principalOutstanding,
    payoff: penaltyDue + interestDue + principalOutstanding,
    daysPastDue: oldestLate ? daysBetween(oldestLate.dueOn, asOf) : 0,
    repaidOn: status === 'repaid' ? settledOn : null,
    instalments: rows.map((row) => ({
      number: row.number,
      dueOn: row.dueOn,
      principal: row.principal,
      interest: row.interest,
      interestPaid: row.interestPaid,
      principalPaid: row.principalPaid,
      paidOn: row.paidOn,
    })),
  };
}

/**
 * How a repayment made on the position's date divides: first the penalty outstanding; then the
 * instalments due on or before that date, oldest first, each its interest and then its principal;
 * anything left is a prepayment of the principal of later instalments, oldest first. The interest of
 * instalments not yet due is not charged. Refused for a loan repaid or written off, and for more than
 * the payoff.
 */
export function allocateRepayment(position: LoanPosition, amount: number): RepaymentSplit {
  if (position.status === 'repaid' || position.status === 'written_off') {
    throw new DomainError('loan.not_active', { field: 'loanId', params: { status: position.status } });
  }
  if (!Number.isSafeInteger(amount) || amount <= 0)
    throw new DomainError('request.invalid', { field: 'amount' });
  if (amount > position.payoff) {
    throw new DomainError('loan.overpayment', {
      field: 'amount',
      params: { payoff: position.payoff, amount },
    });
  }
  const split: RepaymentSplit = { penalty: Math.min(amount, position.penaltyDue), interest: 0, principal: 0 };
  let left = amount - split.penalty;
  for (const row of position.instalments.filter((instalment) => instalment.dueOn <= position.asOf)) {
    const interest = Math.min(left, row.interest - row.interestPaid);
    const principal = Math.min(left - interest, row.principal - row.principalPaid);
    split.interest += interest;
    split.principal += principal;
    left -= interest + principal;
  }
  split.principal += left;
  return split;
}
