import type {
  AccountCode,
  EntryKind,
  expenseCategories,
  LoanFrequency,
  LoanMethod,
  LoanStatus,
  MessageKey,
} from '@groundwork/core';

/** What each kind of entry is called on a page: the words of the paper cash book. */
export const kindLabels: Record<Exclude<EntryKind, 'reversal'>, MessageKey> = {
  saving_deposit: 'report.kind.saving_deposit',
  saving_withdrawal: 'report.kind.saving_withdrawal',
  loan_disbursement: 'report.kind.loan_disbursement',
  loan_repayment: 'report.kind.loan_repayment',
  loan_write_off: 'report.kind.loan_write_off',
  fine_levied: 'report.kind.fine_levied',
  fine_paid: 'report.kind.fine_paid',
  fine_waived: 'report.kind.fine_waived',
  bank_deposit: 'report.kind.bank_deposit',
  bank_withdrawal: 'report.kind.bank_withdrawal',
  grant_received: 'report.kind.grant_received',
  social_fund_contribution: 'report.kind.social_fund_contribution',
  social_fund_payout: 'report.kind.social_fund_payout',
  expense: 'report.kind.expense',
  other_income: 'report.kind.other_income',
  external_loan_received: 'report.kind.external_loan_received',
  external_loan_repaid: 'report.kind.external_loan_repaid',
  share_out_payout: 'report.kind.share_out_payout',
  period_close: 'report.kind.period_close',
};

export const accountLabels: Record<AccountCode, MessageKey> = {
  cash: 'report.account.cash',
  bank: 'report.account.bank',
  loans_receivable: 'report.account.loans_receivable',
  fines_receivable: 'report.account.fines_receivable',
  member_savings: 'report.account.member_savings',
  social_fund: 'report.account.social_fund',
  external_loans: 'report.account.external_loans',
  funds_received: 'report.account.funds_received',
  retained_surplus: 'report.account.retained_surplus',
  interest_income: 'report.account.interest_income',
  fine_income: 'report.account.fine_income',
  other_income: 'report.account.other_income',
  interest_expense: 'report.account.interest_expense',
  expenses: 'report.account.expenses',
  bad_debts: 'report.account.bad_debts',
};

export const categoryLabels: Record<(typeof expenseCategories)[number], MessageKey> = {
  stationery: 'report.category.stationery',
  travel: 'report.category.travel',
  bank_charges: 'report.category.bank_charges',
  meeting: 'report.category.meeting',
  training: 'report.category.training',
  other: 'report.category.other',
};

export const methodLabels: Record<LoanMethod, MessageKey> = {
  flat: 'report.method.flat',
  declining_equal_instalment: 'report.method.declining_equal_instalment',
  declining_equal_principal: 'report.method.declining_equal_principal',
};

export const frequencyLabels: Record<LoanFrequency, MessageKey> = {
  weekly: 'report.frequency.weekly',
  fortnightly: 'report.frequency.fortnightly',
  monthly: 'report.frequency.monthly',
};

export const statusLabels: Record<LoanStatus, MessageKey> = {
  active: 'report.status.active',
  overdue: 'report.status.overdue',
  repaid: 'report.status.repaid',
  written_off: 'report.status.written_off',
};

/** The label of a code, or undefined for a code the labels do not know (the page then shows the code). */
export function labelOf(labels: Record<string, MessageKey>, code: string | null): MessageKey | undefined {
  return code !== null && Object.hasOwn(labels, code) ? labels[code] : undefined;
}
