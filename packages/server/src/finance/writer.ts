import { type EntryKind, newId, type Posting } from '@groundwork/core';
import type { Insertable } from 'kysely';
import type { CommandContext } from '../commands/context.ts';
import type { FinEntriesTable, FinPostingsTable, GroupMonthsTable } from '../db/finance-schema.ts';
import { executeReused, insertRows } from '../db/reuse.ts';
import { applyToBook, checkPostings, type GroupBook } from './book.ts';
import { noCounts } from './health/group-health.ts';

export interface EntryDraft {
  id?: string | undefined;
  kind: EntryKind;
  date: string;
  personId?: string | null | undefined;
  loanId?: string | null | undefined;
  meetingId?: string | null | undefined;
  /** The figure a person reads on the entry: the amount saved, lent, repaid. */
  amount: number;
  note?: string | null | undefined;
  reversesId?: string | null | undefined;
  postings: Posting[];
}

export type MonthCounts = Partial<Omit<GroupMonthsTable, 'org_id' | 'group_id' | 'month'>>;

const chunk = 200;

/**
 * Gathers the entries of one command and writes them together: entries, postings, the monthly summary
 * and the group's month counts. Postings are checked against the group's chart before they are kept.
 */
export class EntryWriter {
  readonly entries: Insertable<FinEntriesTable>[] = [];
  private readonly postings: FinPostingsTable[] = [];
  private readonly monthly = new Map<string, number>();
  private readonly balances = new Map<string, number>();
  private readonly months = new Map<string, MonthCounts>();

  constructor(
    private readonly ctx: CommandContext,
    readonly book: GroupBook,
  ) {}

  add(draft: EntryDraft): string {
    checkPostings(this.book, draft.postings);
    const id = draft.id ?? newId();
    const org = this.ctx.org.id;
    const groupId = this.book.group.id;
    this.entries.push({
      org_id: org,
      id,
      group_id: groupId,
      meeting_id: draft.meetingId ?? null,
      kind: draft.kind,
      entry_date: draft.date,
      person_id: draft.personId ?? null,
      loan_id: draft.loanId ?? null,
      amount: draft.amount,
      note: draft.note ?? null,
      reverses_id: draft.reversesId ?? null,
      recorded_by: this.ctx.actor.userId,
      recorded_at: this.ctx.now,
    });
    draft.postings.forEach((p, line) => {
      this.postings.push({
        org_id: org,
        entry_id: id,
        line,
        group_id: groupId,
        entry_date: draft.date,
        account: p.account,
        person_id: p.personId,
        sub: p.sub,
        amount: p.amount,
      });
      const key = `${draft.date.slice(0, 7)}\u0000${p.account}\u0000${p.account === 'bank' ? (p.sub ?? '') : ''}`;
      this.monthly.set(key, (this.monthly.get(key) ?? 0) + p.amount);
      const balance = `${p.account}\u0000${p.sub ?? ''}\u0000${p.personId ?? ''}`;
      this.balances.set(balance, (this.balances.get(balance) ?? 0) + p.amount);
    });
    applyToBook(this.book, draft.postings);
    return id;
  }

  count(month: string, counts: MonthCounts): void {
    const current = this.months.get(month) ?? {};
    for (const [k, v] of Object.entries(counts) as [keyof MonthCounts, number][]) {
      current[k] = (current[k] ?? 0) + v;
    }
    this.months.set(month, current);
  }

  async flush(): Promise<void> {
    const { trx, dialect } = this.ctx;
    for (let i = 0; i < this.entries.length; i += chunk) {
      await insertRows(trx, dialect, 'fin_entries', this.entries.slice(i, i + chunk) as FinEntriesTable[]);
    }
    for (let i = 0; i < this.postings.length; i += chunk) {
      await insertRows(trx, dialect, 'fin_postings', this.postings.slice(i, i + chunk));
    }
    await this.flushMonthly();
    await this.flushMonths();
  }

  /** The monthly summary and the balances, each row added to what it already holds. */
  private async flushMonthly(): Promise<void> {
    const monthly = [...this.monthly].filter(([, amount]) => amount !== 0);
    if (monthly.length > 0) await this.upsertMonthly(monthly);
    const balances = [...this.balances].filter(([, amount]) => amount !== 0);
    if (balances.length > 0) await this.upsertBalances(balances);
  }

  private async upsertMonthly(monthly: [string, number][]): Promise<void> {
    const { trx, dialect } = this.ctx;
    const org = this.ctx.org.id;
    const groupId = this.book.group.id;
    const params = monthly.flatMap(([key, amount]) => [org, groupId, ...key.split('\u0000'), amount]);
    await executeReused(trx, dialect, `upsert fin_monthly ${monthly.length}`, params, () =>
      trx
        .insertInto('fin_monthly')
        .values(
          monthly.map(([key, amount]) => {
            const [month, account, sub] = key.split('\u0000') as [string, string, string];
            return { org_id: org, group_id: groupId, month, account, sub, amount };
          }),
        )
        .onConflict((oc) =>
          oc.columns(['org_id', 'group_id', 'month', 'account', 'sub']).doUpdateSet((eb) => ({
            amount: eb(eb.ref('fin_monthly.amount'), '+', eb.ref('excluded.amount')),
          })),
        ),
    );
  }

  private async upsertBalances(balances: [string, number][]): Promise<void> {
    const { trx, dialect } = this.ctx;
    const org = this.ctx.org.id;
    const groupId = this.book.group.id;
    const balanceParams = balances.flatMap(([key, amount]) => [org, groupId, ...key.split('\u0000'), amount]);
    await executeReused(trx, dialect, `upsert fin_balances ${balances.length}`, balanceParams, () =>
      trx
        .insertInto('fin_balances')
        .values(
          balances.map(([key, amount]) => {
            const [account, sub, person_id] = key.split('\u0000') as [string, string, string];
            return { org_id: org, group_id: groupId, account, sub, person_id, amount };
          }),
        )
        .onConflict((oc) =>
          oc.columns(['org_id', 'group_id', 'account', 'sub', 'person_id']).doUpdateSet((eb) => ({
            amount: eb(eb.ref('fin_balances.amount'), '+', eb.ref('excluded.amount')),
          })),
        ),
    );
  }

  private async flushMonths(): Promise<void> {
    if (this.months.size === 0) return;
    const rows = [...this.months].map(([month, counts]) => ({
      org_id: this.ctx.org.id,
      group_id: this.book.group.id,
      month,
      ...noCounts,
      ...counts,
    }));
    const columns = Object.keys(noCounts) as (keyof typeof noCounts)[];
    const { trx, dialect } = this.ctx;
    const params = rows.flatMap((r) => [r.org_id, r.group_id, r.month, ...columns.map((c) => r[c])]);
    await executeReused(trx, dialect, `upsert group_months ${rows.length}`, params, () =>
      trx
        .insertInto('group_months')
        .values(rows)
        .onConflict((oc) =>
          oc
            .columns(['org_id', 'group_id', 'month'])
            .doUpdateSet((eb) =>
              Object.fromEntries(
                columns.map((c) => [c, eb(eb.ref(`group_months.${c}`), '+', eb.ref(`excluded.${c}`))]),
              ),
            ),
        ),
    );
  }
}
