import { DomainError, type Locale } from '@groundwork/core';
import { type DateRange, type GroupScope, personNames } from './context.ts';
import {
  type Column,
  describeEntry,
  type EntryRef,
  periodFact,
  type ReportDocument,
  type Table,
  type Translate,
} from './document.ts';
import { categoryLabels, labelOf } from './labels.ts';
import { bankKey, type MovementRow, movements, totalOf, totalsBefore } from './ledger.ts';

export interface BookLine extends EntryRef {
  date: string;
  person: { id: string; name: string } | null;
  note: string | null;
  /** The expense category, for an expense. */
  category: string | null;
  receipt: number;
  payment: number;
  balance: number;
}

/** One book (the cash box, or one bank account) over a period. */
export interface Book {
  opening: number;
  lines: BookLine[];
  totals: { receipts: number; payments: number };
  closing: number;
}

export interface BankAccountView {
  id: string;
  bankName: string;
  branch: string | null;
  accountNumberLast4: string | null;
}

export interface CashBook extends Book, DateRange {
  report: 'cash-book';
  currency: string;
  group: { id: string; name: string };
}

export interface BankBook extends DateRange {
  report: 'bank-book';
  currency: string;
  group: { id: string; name: string };
  accounts: (Book & { bankAccount: BankAccountView })[];
}

export const groupRef = (scope: GroupScope) => ({ id: scope.group.id, name: scope.group.name });

/**
 * A book as the treasurer writes it: the balance brought forward on the first day, each movement with a
 * running balance, and the balance carried forward, which is the opening plus receipts less payments.
 */
function book(opening: number, rows: MovementRow[], names: Map<string, string>, to: string): Book {
  let balance = opening;
  let receipts = 0;
  let payments = 0;
  const lines = rows.map((r): BookLine => {
    balance += r.amount;
    const receipt = Math.max(r.amount, 0);
    const payment = Math.max(-r.amount, 0);
    receipts += receipt;
    payments += payment;
    return {
      date: r.entry_date,
      entryId: r.entry_id,
      kind: r.kind,
      reverses: r.reverses_id ? { entryId: r.reverses_id, kind: r.reversed_kind ?? '' } : null,
      reversed: r.reversed_on !== null && r.reversed_on <= to,
      person: r.person_id ? { id: r.person_id, name: names.get(r.person_id) ?? '' } : null,
      note: r.note,
      category: r.category,
      receipt,
      payment,
      balance,
    };
  });
  return { opening, lines, totals: { receipts, payments }, closing: balance };
}

/** The cash book: every movement of the cash box between two dates. */
export async function cashBook(scope: GroupScope, range: DateRange): Promise<CashBook> {
  const [before, rows] = await Promise.all([
    totalsBefore(scope, range.from),
    movements(scope, 'cash', range.from, range.to),
  ]);
  const names = await personNames(
    scope,
    rows.flatMap((r) => (r.person_id ? [r.person_id] : [])),
  );
  return {
    report: 'cash-book',
    currency: scope.currency,
    group: groupRef(scope),
    ...range,
    ...book(totalOf(before, 'cash'), rows, names, range.to),
  };
}

/** The group's bank accounts, or the one asked for; one of another group is not found. */
export async function bankAccountsOf(scope: GroupScope, bankAccountId?: string): Promise<BankAccountView[]> {
  let query = scope.db
    .selectFrom('bank_accounts')
    .select(['id', 'bank_name', 'branch', 'account_number_last4', 'opened_on'])
    .where('org_id', '=', scope.orgId)
    .where('group_id', '=', scope.group.id);
  if (bankAccountId) query = query.where('id', '=', bankAccountId);
  const rows = await query.orderBy('opened_on').orderBy('id').execute();
  if (bankAccountId && rows.length === 0) throw new DomainError('resource.not_found');
  return rows.map((r) => ({
    id: r.id,
    bankName: r.bank_name,
    branch: r.branch,
    accountNumberLast4: r.account_number_last4,
  }));
}

/** The bank book: the same as the cash book, for each of the group's bank accounts. */
export async function bankBook(
  scope: GroupScope,
  range: DateRange,
  bankAccountId?: string,
): Promise<BankBook> {
  const [accounts, before, rows] = await Promise.all([
    bankAccountsOf(scope, bankAccountId),
    totalsBefore(scope, range.from),
    movements(scope, 'bank', range.from, range.to),
  ]);
  const names = await personNames(
    scope,
    rows.flatMap((r) => (r.person_id ? [r.person_id] : [])),
  );
  return {
    report: 'bank-book',
    currency: scope.currency,
    group: groupRef(scope),
    ...range,
    accounts: accounts.map((bankAccount) => ({
      bankAccount,
      ...book(
        totalOf(before, bankKey(bankAccount.id)),
        rows.filter((r) => r.sub === bankAccount.id),
        names,
        range.to,
      ),
    })),
  };
}

/** How a bank account is named on a page: 'State Bank of India, Pune ••••1234'. */
export function bankAccountName(account: BankAccountView): string {
  const place = account.branch ? `, ${account.branch}` : '';
  const digits = account.accountNumberLast4 ? ` ••••${account.accountNumberLast4}` : '';
  return `${account.bankName}${place}${digits}`;
}

const bookColumns: Column[] = [
  { key: 'date', label: 'report.column.date', type: 'date' },
  { key: 'description', label: 'report.column.description', type: 'text' },
  { key: 'member', label: 'report.column.member', type: 'text' },
  { key: 'note', label: 'report.column.note', type: 'text' },
  { key: 'receipt', label: 'report.column.receipt', type: 'money' },
  { key: 'payment', label: 'report.column.payment', type: 'money' },
  { key: 'balance', label: 'report.column.balance', type: 'money' },
];

function bookTable(t: Translate, heading: string | null, b: Book, range: DateRange): Table {
  const describe = (line: BookLine) => {
    const category = labelOf(categoryLabels, line.category);
    const words = describeEntry(t, line);
    return category ? `${words} (${t(category)})` : words;
  };
  return {
    heading,
    columns: bookColumns,
    rows: [
      { date: range.from, description: t('report.line.opening_balance'), balance: b.opening },
      ...b.lines.map((line) => ({
        date: line.date,
        description: describe(line),
        member: line.person?.name ?? null,
        note: line.note,
        receipt: line.receipt || null,
        payment: line.payment || null,
        balance: line.balance,
      })),
    ],
    footer: [
      { description: t('report.line.total'), receipt: b.totals.receipts, payment: b.totals.payments },
      { date: range.to, description: t('report.line.closing_balance'), balance: b.closing },
    ],
  };
}

export function cashBookDocument(data: CashBook, t: Translate, locale: Locale): ReportDocument {
  return {
    file: `cash-book_${data.from}_${data.to}`,
    title: 'report.title.cash_book',
    subject: data.group.name,
    currency: data.currency,
    facts: [periodFact(t, locale, data.from, data.to)],
    notes: [],
    tables: [bookTable(t, null, data, data)],
  };
}

export function bankBookDocument(data: BankBook, t: Translate, locale: Locale): ReportDocument {
  return {
    file: `bank-book_${data.from}_${data.to}`,
    title: 'report.title.bank_book',
    subject: data.group.name,
    currency: data.currency,
    facts: [periodFact(t, locale, data.from, data.to)],
    notes: [],
    tables:
      data.accounts.length > 0
        ? data.accounts.map((a) => bookTable(t, bankAccountName(a.bankAccount), a, data))
        : [{ heading: null, columns: bookColumns, rows: [], footer: [] }],
  };
}
