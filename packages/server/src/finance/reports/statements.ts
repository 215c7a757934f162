import {
  type AccountCode,
  type AccountType,
  accountDefinition,
  chartOfAccounts,
  type GroupKind,
  type Locale,
  naturalBalance,
} from '@groundwork/core';
import { type BankAccountView, bankAccountName, bankAccountsOf, groupRef } from './books.ts';
import type { DateRange, GroupScope } from './context.ts';
import {
  type Column,
  periodFact,
  type ReportDocument,
  type Row,
  type Table,
  type Translate,
} from './document.ts';
import { accountLabels, categoryLabels, labelOf } from './labels.ts';
import { type AccountTotals, bankKey, totalOf, totalsThrough } from './ledger.ts';

/** A line of a statement: an account, or one bank account of the 'bank' account. */
export interface AccountLine {
  account: AccountCode;
  bankAccountId: string | null;
}

export interface TrialBalance {
  report: 'trial-balance';
  currency: string;
  group: { id: string; name: string };
  asOf: string;
  bankAccounts: BankAccountView[];
  lines: (AccountLine & { debit: number; credit: number })[];
  totals: { debit: number; credit: number };
}

export interface BalanceSheet {
  report: 'balance-sheet';
  currency: string;
  group: { id: string; name: string };
  asOf: string;
  bankAccounts: BankAccountView[];
  assets: (AccountLine & { amount: number })[];
  liabilities: (AccountLine & { amount: number })[];
  /** The group's own funds; the last line, account 'current_surplus', is income less expenses not yet closed. */
  equity: { account: AccountCode | 'current_surplus'; bankAccountId: null; amount: number }[];
  totals: { assets: number; liabilities: number; equity: number; liabilitiesAndEquity: number };
}

export interface IncomeExpenditure extends DateRange {
  report: 'income-expenditure';
  currency: string;
  group: { id: string; name: string };
  income: { account: AccountCode; amount: number }[];
  /** Expenses by category, then interest on the group's own loans and loans written off. */
  expenses: { account: AccountCode; category: string | null; amount: number }[];
  totals: { income: number; expenses: number };
  /** Income less expenditure: a deficit when negative. */
  surplus: number;
}

const chartOf = (scope: GroupScope) => chartOfAccounts(scope.group.kind as GroupKind);
const typeOf = (code: AccountCode): AccountType => accountDefinition(code).type;

/** The lines of the chart: each account once, the bank once per bank account of the group. */
function chartLines(chart: readonly AccountCode[], banks: readonly BankAccountView[], totals: AccountTotals) {
  return chart.flatMap((account) =>
    account === 'bank' && banks.length > 0
      ? banks.map((b) => ({
          account,
          bankAccountId: b.id as string | null,
          balance: totalOf(totals, bankKey(b.id)),
        }))
      : [{ account, bankAccountId: null as string | null, balance: totalOf(totals, account) }],
  );
}

/**
 * The trial balance on `to`: every account of the group's chart with its balance on the debit side or
 * the credit side (bank accounts one by one; members' savings, loans and fines as one line each). As
 * every entry balances, the two columns add up to the same total.
 */
export async function trialBalance(scope: GroupScope, to: string): Promise<TrialBalance> {
  const [banks, totals] = await Promise.all([bankAccountsOf(scope), totalsThrough(scope, to)]);
  const lines = chartLines(chartOf(scope), banks, totals).map(({ balance, ...line }) => ({
    ...line,
    debit: Math.max(balance, 0),
    credit: Math.max(-balance, 0),
  }));
  return {
    report: 'trial-balance',
    currency: scope.currency,
    group: groupRef(scope),
    asOf: to,
    bankAccounts: banks,
    lines,
    totals: {
      debit: lines.reduce((sum, l) => sum + l.debit, 0),
      credit: lines.reduce((sum, l) => sum + l.credit, 0),
    },
  };
}

/**
 * The balance sheet on `to`: what the group has, what it owes, and its own funds, each in its natural
 * direction. Income less expenses since the last share-out is not closed yet, so it stands among the
 * own funds as the current surplus; then what the group has equals what it owes plus its own funds.
 */
export async function balanceSheet(scope: GroupScope, to: string): Promise<BalanceSheet> {
  const [banks, totals] = await Promise.all([bankAccountsOf(scope), totalsThrough(scope, to)]);
  const lines = chartLines(chartOf(scope), banks, totals).map(({ balance, ...line }) => ({
    ...line,
    // A nil balance on the credit side comes out as -0; `|| 0` keeps it from printing as "-0.00".
    amount: naturalBalance(line.account, balance) || 0,
    type: typeOf(line.account),
  }));
  const of = (type: AccountType) => lines.filter((l) => l.type === type).map(({ type: _, ...line }) => line);
  const sum = (xs: { amount: number }[]) => xs.reduce((total, x) => total + x.amount, 0);
  const surplus = sum(of('income')) - sum(of('expense'));
  const assets = of('asset');
  const liabilities = of('liability');
  const equity = [
    ...of('equity').map((l) => ({ ...l, bankAccountId: null })),
    { account: 'current_surplus' as const, bankAccountId: null, amount: surplus },
  ];
  return {
    report: 'balance-sheet',
    currency: scope.currency,
    group: groupRef(scope),
    asOf: to,
    bankAccounts: banks,
    assets,
    liabilities,
    equity,
    totals: {
      assets: sum(assets),
      liabilities: sum(liabilities),
      equity: sum(equity),
      liabilitiesAndEquity: sum(liabilities) + sum(equity),
    },
  };
}

/**
 * Income and expenditure between two dates: the income accounts, the expenses by category, and the
 * surplus (or deficit) of the one over the other. The closing of income into the surplus at a share-out
 * is not income or expenditure, so those entries are left out.
 */
export async function incomeExpenditure(scope: GroupScope, range: DateRange): Promise<IncomeExpenditure> {
  const chart = chartOf(scope);
  const incomeAccounts = chart.filter((a) => typeOf(a) === 'income');
  const expenseAccounts = chart.filter((a) => typeOf(a) === 'expense');
  const wanted = [...incomeAccounts, ...expenseAccounts];
  const rows =
    wanted.length === 0
      ? []
      : await scope.db
          .selectFrom('fin_postings as p')
          .innerJoin('fin_entries as e', (j) =>
            j.onRef('e.org_id', '=', 'p.org_id').onRef('e.id', '=', 'p.entry_id'),
          )
          .select(['p.account', 'p.sub', (eb) => eb.fn.sum<number>('p.amount').as('amount')])
          .where('p.org_id', '=', scope.orgId)
          .where('p.group_id', '=', scope.group.id)
          .where('p.account', 'in', wanted)
          .where('p.entry_date', '>=', range.from)
          .where('p.entry_date', '<=', range.to)
          .where('e.kind', '!=', 'period_close')
          .groupBy(['p.account', 'p.sub'])
          .execute();
  const total = (account: AccountCode) =>
    rows.filter((r) => r.account === account).reduce((sum, r) => sum + Number(r.amount), 0);
  const income = incomeAccounts.map((account) => ({ account, amount: 0 - total(account) }));
  const byCategory = rows
    .filter((r) => r.account === 'expenses' && Number(r.amount) !== 0)
    .map((r) => ({ account: 'expenses' as const, category: r.sub, amount: Number(r.amount) }))
    .sort((a, b) => ((a.category ?? '') < (b.category ?? '') ? -1 : 1));
  const expenses = [
    ...byCategory,
    ...expenseAccounts
      .filter((a) => a !== 'expenses')
      .map((account) => ({ account, category: null, amount: total(account) })),
  ];
  const totals = {
    income: income.reduce((sum, l) => sum + l.amount, 0),
    expenses: expenses.reduce((sum, l) => sum + l.amount, 0),
  };
  return {
    report: 'income-expenditure',
    currency: scope.currency,
    group: groupRef(scope),
    ...range,
    income,
    expenses,
    totals,
    surplus: totals.income - totals.expenses,
  };
}

/** The words for a statement line: the account, the bank account by name, the expense category. */
function accountName(
  t: Translate,
  banks: Map<string, BankAccountView>,
  line: { account: string; bankAccountId?: string | null; category?: string | null },
) {
  if (line.account === 'current_surplus') return t('report.line.current_surplus');
  const category = labelOf(categoryLabels, line.category ?? null);
  if (category) return t(category);
  const bank = line.bankAccountId ? banks.get(line.bankAccountId) : undefined;
  const accountKey = labelOf(accountLabels, line.account);
  const name = accountKey ? t(accountKey) : line.account;
  return bank ? `${name}: ${bankAccountName(bank)}` : name;
}

const accountColumn: Column = { key: 'account', label: 'report.column.account', type: 'text' };
const amountColumn: Column = { key: 'amount', label: 'report.column.amount', type: 'money' };

function amountTable(
  t: Translate,
  heading: string,
  lines: { account: string; bankAccountId?: string | null; category?: string | null; amount: number }[],
  total: number,
  banks: Map<string, BankAccountView>,
): Table {
  return {
    heading,
    columns: [accountColumn, amountColumn],
    rows: lines.map((l): Row => ({ account: accountName(t, banks, l), amount: l.amount })),
    footer: [{ account: t('report.line.total'), amount: total }],
  };
}

const asOfFact = (asOf: string) => ({
  label: 'report.fact.as_of' as const,
  value: asOf,
  type: 'date' as const,
});

const bankMap = (accounts: BankAccountView[]) => new Map(accounts.map((a) => [a.id, a]));

export function trialBalanceDocument(data: TrialBalance, t: Translate): ReportDocument {
  const banks = bankMap(data.bankAccounts);
  return {
    file: `trial-balance_${data.asOf}`,
    title: 'report.title.trial_balance',
    subject: data.group.name,
    currency: data.currency,
    facts: [asOfFact(data.asOf)],
    notes: [],
    tables: [
      {
        heading: null,
        columns: [
          accountColumn,
          { key: 'debit', label: 'report.column.debit', type: 'money' },
          { key: 'credit', label: 'report.column.credit', type: 'money' },
        ],
        rows: data.lines.map((l) => ({
          account: accountName(t, banks, l),
          debit: l.debit,
          credit: l.credit,
        })),
        footer: [{ account: t('report.line.total'), ...data.totals }],
      },
    ],
  };
}

export function balanceSheetDocument(data: BalanceSheet, t: Translate): ReportDocument {
  const banks = bankMap(data.bankAccounts);
  const equity = amountTable(t, t('report.section.equity'), data.equity, data.totals.equity, banks);
  equity.footer.push({
    account: t('report.line.liabilities_and_equity'),
    amount: data.totals.liabilitiesAndEquity,
  });
  return {
    file: `balance-sheet_${data.asOf}`,
    title: 'report.title.balance_sheet',
    subject: data.group.name,
    currency: data.currency,
    facts: [asOfFact(data.asOf)],
    notes: [],
    tables: [
      amountTable(t, t('report.section.assets'), data.assets, data.totals.assets, banks),
      amountTable(t, t('report.section.liabilities'), data.liabilities, data.totals.liabilities, banks),
      equity,
    ],
  };
}

export function incomeExpenditureDocument(
  data: IncomeExpenditure,
  t: Translate,
  locale: Locale,
): ReportDocument {
  const banks = new Map<string, BankAccountView>();
  const expenses = amountTable(t, t('report.section.expenses'), data.expenses, data.totals.expenses, banks);
  expenses.footer.push({
    account: t(data.surplus >= 0 ? 'report.line.surplus' : 'report.line.deficit'),
    amount: Math.abs(data.surplus),
  });
  return {
    file: `income-expenditure_${data.from}_${data.to}`,
    title: 'report.title.income_expenditure',
    subject: data.group.name,
    currency: data.currency,
    facts: [periodFact(t, locale, data.from, data.to)],
    notes: [],
    tables: [amountTable(t, t('report.section.income'), data.income, data.totals.income, banks), expenses],
  };
}
