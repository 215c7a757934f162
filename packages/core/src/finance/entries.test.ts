import { describe, expect, it } from 'vitest';
import { memberAccounts } from './accounts.ts';
import { type EntryInput, postingsFor } from './entries.ts';

const person = 'member-1';
const loan = 'loan-1';

/** One entry of every kind, each naming a member wherever it can: the record type makes a new kind add one. */
const examples: { [K in EntryInput['kind']]: Extract<EntryInput, { kind: K }> } = {
  saving_deposit: { kind: 'saving_deposit', personId: person, amount: 100 },
  saving_withdrawal: { kind: 'saving_withdrawal', personId: person, amount: 100, bankAccountId: 'b' },
  loan_disbursement: { kind: 'loan_disbursement', personId: person, loanId: loan, amount: 1000 },
  loan_repayment: {
    kind: 'loan_repayment',
    personId: person,
    loanId: loan,
    penalty: 5,
    interest: 20,
    principal: 100,
  },
  loan_write_off: { kind: 'loan_write_off', personId: person, loanId: loan, amount: 100 },
  fine_levied: { kind: 'fine_levied', personId: person, amount: 10, loanId: loan },
  fine_paid: { kind: 'fine_paid', personId: person, amount: 10 },
  fine_waived: { kind: 'fine_waived', personId: person, amount: 10 },
  bank_deposit: { kind: 'bank_deposit', bankAccountId: 'b', amount: 100 },
  bank_withdrawal: { kind: 'bank_withdrawal', bankAccountId: 'b', amount: 100 },
  grant_received: { kind: 'grant_received', fund: 'revolving_fund', amount: 100 },
  social_fund_contribution: { kind: 'social_fund_contribution', personId: person, amount: 10 },
  social_fund_payout: { kind: 'social_fund_payout', personId: person, amount: 10 },
  expense: { kind: 'expense', category: 'stationery', amount: 10 },
  other_income: { kind: 'other_income', amount: 10 },
  external_loan_received: { kind: 'external_loan_received', externalLoanId: 'x', amount: 100 },
  external_loan_repaid: { kind: 'external_loan_repaid', externalLoanId: 'x', principal: 90, interest: 10 },
  share_out_payout: { kind: 'share_out_payout', personId: person, savings: 100, surplus: 20, payout: 120 },
  period_close: {
    kind: 'period_close',
    lines: [
      { account: 'interest_income', sub: null, amount: 20 },
      { account: 'retained_surplus', sub: null, amount: -20 },
    ],
  },
};

describe('postings that name a member', () => {
  it.each(Object.values(examples))('$kind names her only on a member account', (entry) => {
    const named = postingsFor(entry).filter((p) => p.personId !== null);
    for (const p of named) expect(memberAccounts).toContain(p.account);
  });

  it('are found on every member account the passbook reads', () => {
    const named = new Set(
      Object.values(examples).flatMap((e) => postingsFor(e).flatMap((p) => (p.personId ? [p.account] : []))),
    );
    expect([...named].sort()).toEqual([...memberAccounts].sort());
  });
});
