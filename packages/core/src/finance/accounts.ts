import type { GroupKind } from '../groups/schemas.ts';

/**
 * The accounts of a group's books. Per-member accounts (savings, loans, fines) are one account with a
 * sub-ledger per member; bank, funds, external loans and expenses have a sub-ledger per bank account, fund,
 * lender or category.
 */
export const accountCodes = [
  'cash',
  'bank',
  'loans_receivable',
  'fines_receivable',
  'member_savings',
  'social_fund',
  'external_loans',
  'funds_received',
  'retained_surplus',
  'interest_income',
  'fine_income',
  'other_income',
  'interest_expense',
  'expenses',
  'bad_debts',
] as const;
export type AccountCode = (typeof accountCodes)[number];

export type AccountType = 'asset' | 'liability' | 'equity' | 'income' | 'expense';
export type Subledger = 'member' | 'bank' | 'fund' | 'lender' | 'category' | 'none';

export interface AccountDefinition {
  code: AccountCode;
  type: AccountType;
  subledger: Subledger;
}

const definitions: Record<AccountCode, Omit<AccountDefinition, 'code'>> = {
  cash: { type: 'asset', subledger: 'none' },
  bank: { type: 'asset', subledger: 'bank' },
  loans_receivable: { type: 'asset', subledger: 'member' },
  fines_receivable: { type: 'asset', subledger: 'member' },
  member_savings: { type: 'liability', subledger: 'member' },
  social_fund: { type: 'liability', subledger: 'none' },
  external_loans: { type: 'liability', subledger: 'lender' },
  funds_received: { type: 'equity', subledger: 'fund' },
  retained_surplus: { type: 'equity', subledger: 'none' },
  interest_income: { type: 'income', subledger: 'none' },
  fine_income: { type: 'income', subledger: 'none' },
  other_income: { type: 'income', subledger: 'none' },
  interest_expense: { type: 'expense', subledger: 'lender' },
  expenses: { type: 'expense', subledger: 'category' },
  bad_debts: { type: 'expense', subledger: 'none' },
};

export function accountDefinition(code: AccountCode): AccountDefinition {
  return { code, ...definitions[code] };
}

/**
 * The accounts whose postings can name a member: her savings, loans and fines, and the social fund she
 * pays into. A member's ledger reads these alone.
 */
export const memberAccounts: readonly AccountCode[] = [
  ...accountCodes.filter((code) => definitions[code].subledger === 'member'),
  'social_fund',
];

/** Funds a group receives: the NRLM Revolving Fund and Community Investment Fund, entitlements, grants. */
export const fundKinds = [
  'revolving_fund',
  'community_investment_fund',
  'government_entitlement',
  'donor_grant',
] as const;
export type FundKind = (typeof fundKinds)[number];

const withoutLending: AccountCode[] = [
  'loans_receivable',
  'fines_receivable',
  'member_savings',
  'interest_income',
  'fine_income',
  'bad_debts',
];
const withoutOutsideMoney: AccountCode[] = ['external_loans', 'funds_received', 'interest_expense'];

/**
 * The chart of accounts made for a group from its kind. SHGs, federations and cooperatives take funds
 * and outside loans; a savings group lives on its members' savings alone; a health committee keeps only
 * a fund book (cash, bank, funds received, expenses).
 */
export function chartOfAccounts(kind: GroupKind): AccountCode[] {
  const left: Partial<Record<GroupKind, AccountCode[]>> = {
    savings_group: withoutOutsideMoney,
    health_committee: [...withoutLending, 'social_fund', 'external_loans', 'interest_expense'],
  };
  const excluded = new Set(left[kind] ?? []);
  return accountCodes.filter((code) => !excluded.has(code));
}

/** A balance in the account's natural direction: debit-positive for assets and expenses, credit-positive otherwise. */
export function naturalBalance(code: AccountCode, debitMinusCredit: number): number {
  const type = definitions[code].type;
  return type === 'asset' || type === 'expense' ? debitMinusCredit : -debitMinusCredit;
}
