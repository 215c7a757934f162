import { DomainError } from '../errors/domain-error.ts';
import type { AccountCode } from './accounts.ts';

/** One line of a journal entry: debits are positive amounts, credits negative. */
export interface Posting {
  account: AccountCode;
  personId: string | null;
  /** The sub-ledger key: bank account id, fund kind, lender or loan id, expense category. */
  sub: string | null;
  amount: number;
}

/** Where money comes from or goes to: the cash box, or one of the group's bank accounts. */
interface Via {
  bankAccountId?: string | null | undefined;
}

export type EntryInput =
  | ({ kind: 'saving_deposit'; personId: string; amount: number } & Via)
  | ({ kind: 'saving_withdrawal'; personId: string; amount: number } & Via)
  | ({ kind: 'loan_disbursement'; personId: string; loanId: string; amount: number } & Via)
  | ({
      kind: 'loan_repayment';
      personId: string;
      loanId: string;
      penalty: number;
      interest: number;
      principal: number;
    } & Via)
  | { kind: 'loan_write_off'; personId: string; loanId: string; amount: number }
  | { kind: 'fine_levied'; personId: string; amount: number; loanId?: string | null | undefined }
  | ({ kind: 'fine_paid'; personId: string; amount: number } & Via)
  | { kind: 'fine_waived'; personId: string; amount: number; loanId?: string | null | undefined }
  | { kind: 'bank_deposit'; bankAccountId: string; amount: number }
  | { kind: 'bank_withdrawal'; bankAccountId: string; amount: number }
  | ({ kind: 'grant_received'; fund: string; amount: number } & Via)
  | ({ kind: 'social_fund_contribution'; personId?: string | null | undefined; amount: number } & Via)
  | ({ kind: 'social_fund_payout'; personId?: string | null | undefined; amount: number } & Via)
  | ({ kind: 'expense'; category: string; amount: number } & Via)
  | ({ kind: 'other_income'; amount: number } & Via)
  | ({ kind: 'external_loan_received'; externalLoanId: string; amount: number } & Via)
  | ({ kind: 'external_loan_repaid'; externalLoanId: string; principal: number; interest: number } & Via)
  | {
      kind: 'share_out_payout';
      personId: string;
      savings: number;
      surplus: number;
      payout: number;
    }
  | { kind: 'period_close'; lines: { account: AccountCode; sub: string | null; amount: number }[] };

export type EntryKind = EntryInput['kind'] | 'reversal';

const money = (via: Via): Pick<Posting, 'account' | 'sub'> =>
  via.bankAccountId ? { account: 'bank', sub: via.bankAccountId } : { account: 'cash', sub: null };

const line = (
  account: AccountCode,
  amount: number,
  personId: string | null = null,
  sub: string | null = null,
): Posting => ({ account, personId, sub, amount });

const moneyLine = (via: Via, amount: number): Posting => ({ ...money(via), personId: null, amount });

/** The postings of an entry, debits positive. Lines of zero are left out; every entry sums to zero. */
export function postingsFor(entry: EntryInput): Posting[] {
  const lines = linesOf(entry).filter((p) => p.amount !== 0);
  assertBalanced(lines);
  return lines;
}

function linesOf(e: EntryInput): Posting[] {
  switch (e.kind) {
    case 'saving_deposit':
      return [moneyLine(e, e.amount), line('member_savings', -e.amount, e.personId)];
    case 'saving_withdrawal':
      return [line('member_savings', e.amount, e.personId), moneyLine(e, -e.amount)];
    case 'loan_disbursement':
      return [line('loans_receivable', e.amount, e.personId, e.loanId), moneyLine(e, -e.amount)];
    case 'loan_repayment':
      return [
        moneyLine(e, e.penalty + e.interest + e.principal),
        line('fines_receivable', -e.penalty, e.personId, e.loanId),
        line('interest_income', -e.interest, null, e.loanId),
        line('loans_receivable', -e.principal, e.personId, e.loanId),
      ];
    case 'loan_write_off':
      return [line('bad_debts', e.amount), line('loans_receivable', -e.amount, e.personId, e.loanId)];
    case 'fine_levied':
      return [
        line('fines_receivable', e.amount, e.personId, e.loanId ?? null),
        line('fine_income', -e.amount),
      ];
    case 'fine_paid':
      return [moneyLine(e, e.amount), line('fines_receivable', -e.amount, e.personId)];
    case 'fine_waived':
      return [
        line('fine_income', e.amount),
        line('fines_receivable', -e.amount, e.personId, e.loanId ?? null),
      ];
    case 'bank_deposit':
      return [line('bank', e.amount, null, e.bankAccountId), line('cash', -e.amount)];
    case 'bank_withdrawal':
      return [line('cash', e.amount), line('bank', -e.amount, null, e.bankAccountId)];
    case 'grant_received':
      return [moneyLine(e, e.amount), line('funds_received', -e.amount, null, e.fund)];
    case 'social_fund_contribution':
      return [moneyLine(e, e.amount), line('social_fund', -e.amount, e.personId ?? null)];
    case 'social_fund_payout':
      return [line('social_fund', e.amount, e.personId ?? null), moneyLine(e, -e.amount)];
    case 'expense':
      return [line('expenses', e.amount, null, e.category), moneyLine(e, -e.amount)];
    case 'other_income':
      return [moneyLine(e, e.amount), line('other_income', -e.amount)];
    case 'external_loan_received':
      return [moneyLine(e, e.amount), line('external_loans', -e.amount, null, e.externalLoanId)];
    case 'external_loan_repaid':
      return [
        line('external_loans', e.principal, null, e.externalLoanId),
        line('interest_expense', e.interest, null, e.externalLoanId),
        moneyLine(e, -(e.principal + e.interest)),
      ];
    case 'share_out_payout':
      return [
        line('member_savings', e.savings, e.personId),
        line('retained_surplus', e.surplus),
        line('cash', -e.payout),
      ];
    case 'period_close':
      return e.lines.map((l) => line(l.account, l.amount, null, l.sub));
  }
}

/** A correction: the same lines with the signs turned, so the original and its reversal cancel out. */
export function reversalOf(postings: readonly Posting[]): Posting[] {
  return postings.map((p) => ({ ...p, amount: -p.amount }));
}

/** Every entry's debits equal its credits, in whole minor units; anything else is refused. */
export function assertBalanced(postings: readonly Posting[]): void {
  let sum = 0;
  for (const p of postings) {
    if (!Number.isSafeInteger(p.amount)) {
      throw new DomainError('ledger.unbalanced', {
        field: 'amount',
        params: { difference: String(p.amount) },
      });
    }
    sum += p.amount;
  }
  if (sum !== 0) throw new DomainError('ledger.unbalanced', { params: { difference: sum } });
}
