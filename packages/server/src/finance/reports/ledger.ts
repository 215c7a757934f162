import type { AccountCode } from '@groundwork/core';
import { type GroupScope, groupPostingsWithReversal } from './context.ts';
import { nextDay } from './format.ts';

/**
 * Balances of a group's accounts (debit minus credit), keyed by account, and by `bank:<id>` for each bank
 * account. Whole months come from the monthly summary, the days of the last month from the postings.
 */
export type AccountTotals = Map<string, number>;

export const bankKey = (bankAccountId: string) => `bank:${bankAccountId}`;

export const totalOf = (totals: AccountTotals, key: string): number => totals.get(key) ?? 0;

/** Balances from every entry dated before `date`. */
export async function totalsBefore(scope: GroupScope, date: string): Promise<AccountTotals> {
  const month = date.slice(0, 7);
  const { db, orgId, group } = scope;
  const [months, days] = await Promise.all([
    db
      .selectFrom('fin_monthly')
      .select(['account', 'sub', (eb) => eb.fn.sum<number>('amount').as('amount')])
      .where('org_id', '=', orgId)
      .where('group_id', '=', group.id)
      .where('month', '<', month)
      .groupBy(['account', 'sub'])
      .execute(),
    db
      .selectFrom('fin_postings')
      .select(['account', 'sub', (eb) => eb.fn.sum<number>('amount').as('amount')])
      .where('org_id', '=', orgId)
      .where('group_id', '=', group.id)
      .where('entry_date', '>=', `${month}-01`)
      .where('entry_date', '<', date)
      .groupBy(['account', 'sub'])
      .execute(),
  ]);
  const totals: AccountTotals = new Map();
  const add = (key: string, amount: number) => totals.set(key, (totals.get(key) ?? 0) + amount);
  for (const r of [...months, ...days]) {
    const amount = Number(r.amount);
    add(r.account, amount);
    if (r.account === 'bank' && r.sub) add(bankKey(r.sub), amount);
  }
  return totals;
}

/** Balances at the end of `date`, its own entries included. */
export const totalsThrough = (scope: GroupScope, date: string) => totalsBefore(scope, nextDay(date));

/** One line of the cash book or a bank book: a movement of money in or out, with the entry behind it. */
export interface MovementRow {
  entry_id: string;
  entry_date: string;
  sub: string | null;
  amount: number;
  kind: string;
  person_id: string | null;
  note: string | null;
  reverses_id: string | null;
  /** The kind of the entry a correction cancels. */
  reversed_kind: string | null;
  /** The date of the correction that cancels this entry, if there is one. */
  reversed_on: string | null;
  category: string | null;
}

/**
 * The movements of the cash box or the bank accounts between two dates, in date order and the order the
 * entries were recorded. An expense line brings its category along.
 */
export async function movements(
  scope: GroupScope,
  account: Extract<AccountCode, 'cash' | 'bank'>,
  from: string,
  to: string,
): Promise<MovementRow[]> {
  const { db, orgId, group } = scope;
  const [rows, expenses] = await Promise.all([
    groupPostingsWithReversal(scope)
      .select([
        'p.entry_id',
        'p.entry_date',
        'p.sub',
        'p.amount',
        'e.kind',
        'e.person_id',
        'e.note',
        'e.reverses_id',
        'o.kind as reversed_kind',
        'r.entry_date as reversed_on',
      ])
      .where('p.account', '=', account)
      .where('p.entry_date', '>=', from)
      .where('p.entry_date', '<=', to)
      .orderBy('p.entry_date')
      .orderBy('p.entry_id')
      .orderBy('p.line')
      .execute(),
    db
      .selectFrom('fin_postings')
      .select(['entry_id', 'sub'])
      .where('org_id', '=', orgId)
      .where('group_id', '=', group.id)
      .where('account', '=', 'expenses')
      .where('entry_date', '>=', from)
      .where('entry_date', '<=', to)
      .execute(),
  ]);
  const categories = new Map(expenses.map((x) => [x.entry_id, x.sub]));
  return rows.map((r) => ({ ...r, amount: Number(r.amount), category: categories.get(r.entry_id) ?? null }));
}
