import type { Locale } from '@groundwork/core';
import { type BankAccountView, bankAccountName, bankAccountsOf, groupRef } from './books.ts';
import type { GroupScope } from './context.ts';
import type { ReportDocument, Translate } from './document.ts';
import { formatDate } from './format.ts';
import { bankKey, totalOf, totalsThrough } from './ledger.ts';

export interface Reconciliation {
  report: 'reconciliation';
  currency: string;
  group: { id: string; name: string };
  bankAccount: BankAccountView;
  /** The date asked about; the statement is the latest on or before it. */
  date: string;
  statement: { id: string; date: string; balance: number } | null;
  /** The bank book's balance at the end of the statement's date; null without a statement. */
  bookBalance: number | null;
  /** Statement less book: money the bank shows that the books do not (or the other way round when negative). */
  difference: number | null;
}

/**
 * Checks the bank book against the bank: the latest statement of the account on or before `date`, the
 * book's balance on the statement's date, and the difference between them, which is nil when every
 * deposit, withdrawal and bank charge has been written up.
 */
export async function reconciliation(
  scope: GroupScope,
  bankAccountId: string,
  date: string,
): Promise<Reconciliation> {
  const [[bankAccount], statement] = await Promise.all([
    bankAccountsOf(scope, bankAccountId),
    scope.db
      .selectFrom('bank_statements')
      .select(['id', 'statement_date', 'balance'])
      .where('org_id', '=', scope.orgId)
      .where('group_id', '=', scope.group.id)
      .where('bank_account_id', '=', bankAccountId)
      .where('statement_date', '<=', date)
      .orderBy('statement_date', 'desc')
      .orderBy('recorded_at', 'desc')
      .limit(1)
      .executeTakeFirst(),
  ]);
  const base = {
    report: 'reconciliation' as const,
    currency: scope.currency,
    group: groupRef(scope),
    bankAccount: bankAccount as BankAccountView,
    date,
  };
  if (!statement) return { ...base, statement: null, bookBalance: null, difference: null };
  const totals = await totalsThrough(scope, statement.statement_date);
  const bookBalance = totalOf(totals, bankKey(bankAccountId));
  const balance = Number(statement.balance);
  return {
    ...base,
    statement: { id: statement.id, date: statement.statement_date, balance },
    bookBalance,
    difference: balance - bookBalance,
  };
}

export function reconciliationDocument(data: Reconciliation, t: Translate, locale: Locale): ReportDocument {
  const statement = data.statement;
  return {
    file: `reconciliation_${data.date}`,
    title: 'report.title.reconciliation',
    subject: data.group.name,
    currency: data.currency,
    facts: [
      { label: 'report.fact.bank_account', value: bankAccountName(data.bankAccount), type: 'text' },
      { label: 'report.fact.as_of', value: data.date, type: 'date' },
    ],
    notes: [],
    tables: [
      {
        heading: null,
        columns: [
          { key: 'statementDate', label: 'report.fact.statement_date', type: 'date' },
          { key: 'statementBalance', label: 'report.fact.statement_balance', type: 'money' },
          { key: 'bookBalance', label: 'report.fact.book_balance', type: 'money' },
          { key: 'difference', label: 'report.fact.difference', type: 'money' },
        ],
        rows: statement
          ? [
              {
                statementDate: statement.date,
                statementBalance: statement.balance,
                bookBalance: data.bookBalance,
                difference: data.difference,
              },
            ]
          : [],
        footer: [],
        empty: t('report.reconciliation.no_statement', { date: formatDate(data.date, locale) }),
      },
    ],
  };
}
