import {
  type AccountCode,
  type Constitution,
  chartOfAccounts,
  DomainError,
  type GroupKind,
  type Posting,
} from '@groundwork/core';
import type { Selectable } from 'kysely';
import type { CommandContext } from '../commands/context.ts';
import { executeReused } from '../db/reuse.ts';
import { loadRow } from '../db/rows.ts';
import type { GroupsTable } from '../db/schema.ts';

export type GroupRow = Selectable<GroupsTable>;

/**
 * A group's books as one command sees them: the balances it checks before money leaves, kept current as
 * the command adds entries, so that a withdrawal later in a meeting sees that meeting's savings.
 */
export interface GroupBook {
  group: GroupRow;
  constitution: Constitution | null;
  chart: ReadonlySet<AccountCode>;
  /** Members on the roll on the date of the entries. */
  members: ReadonlySet<string>;
  bankAccounts: ReadonlySet<string>;
  cash: number;
  bank: Map<string, number>;
  socialFund: number;
  /** Per member, loaded only when a command needs them. */
  savings: Map<string, number>;
  fines: Map<string, number>;
}

export interface BookNeeds {
  savings?: boolean;
  fines?: boolean;
}

export async function loadBook(
  ctx: CommandContext,
  groupId: string,
  date: string,
  needs: BookNeeds = {},
): Promise<GroupBook> {
  const group = await loadRow(ctx.trx, 'groups', ctx.org.id, groupId, 'groupId');
  ctx.ensure('finance.write', { areaId: group.area_id, groupIds: [group.id] });
  const org = ctx.org.id;
  const { trx, dialect } = ctx;
  const members = (
    await executeReused(trx, dialect, 'book members', [org, groupId, date, date], () =>
      trx
        .selectFrom('memberships')
        .select('person_id')
        .where('org_id', '=', org)
        .where('group_id', '=', groupId)
        .where('joined_on', '<=', date)
        .where((eb) => eb.or([eb('left_on', 'is', null), eb('left_on', '>', date)])),
    )
  ).rows;
  const banks = (
    await executeReused(trx, dialect, 'book banks', [org, groupId], () =>
      trx.selectFrom('bank_accounts').select('id').where('org_id', '=', org).where('group_id', '=', groupId),
    )
  ).rows;
  const totals = (
    await executeReused(trx, dialect, 'book balances', [org, groupId, 'cash', 'bank', 'social_fund'], () =>
      trx
        .selectFrom('fin_balances')
        .select(['account', 'sub', (eb) => eb.fn.sum<number>('amount').as('amount')])
        .where('org_id', '=', org)
        .where('group_id', '=', groupId)
        .where('account', 'in', ['cash', 'bank', 'social_fund'])
        .groupBy(['account', 'sub']),
    )
  ).rows;
  const book: GroupBook = {
    group,
    constitution: group.constitution ? (JSON.parse(group.constitution) as Constitution) : null,
    chart: new Set(chartOfAccounts(group.kind as GroupKind)),
    members: new Set(members.map((m) => m.person_id)),
    bankAccounts: new Set(banks.map((b) => b.id)),
    cash: 0,
    bank: new Map(banks.map((b) => [b.id, 0])),
    socialFund: 0,
    savings: new Map(),
    fines: new Map(),
  };
  for (const t of totals) {
    const amount = Number(t.amount);
    if (t.account === 'cash') book.cash = amount;
    else if (t.account === 'bank') book.bank.set(t.sub, amount);
    else book.socialFund = -amount;
  }
  if (needs.savings) book.savings = await memberBalances(ctx, groupId, 'member_savings', -1);
  if (needs.fines) book.fines = await memberBalances(ctx, groupId, 'fines_receivable', 1, true);
  return book;
}

/** Each member's balance of one account; fines are those not tied to a loan (loan penalties are paid with the loan). */
async function memberBalances(
  ctx: CommandContext,
  groupId: string,
  account: AccountCode,
  sign: 1 | -1,
  withoutLoans = false,
): Promise<Map<string, number>> {
  const org = ctx.org.id;
  const { trx, dialect } = ctx;
  const params = withoutLoans ? [org, groupId, account, ''] : [org, groupId, account];
  const { rows } = await executeReused(trx, dialect, `member balances ${withoutLoans}`, params, () => {
    let query = trx
      .selectFrom('fin_balances')
      .select(['person_id', (eb) => eb.fn.sum<number>('amount').as('amount')])
      .where('org_id', '=', org)
      .where('group_id', '=', groupId)
      .where('account', '=', account);
    if (withoutLoans) query = query.where('sub', '=', '');
    return query.groupBy('person_id');
  });
  return new Map(rows.map((r) => [r.person_id, sign * Number(r.amount)]));
}

/** Refuses money that is not the group's to move: a non-member, a bank account of another group, an account the chart lacks. */
export function checkPostings(book: GroupBook, postings: readonly Posting[]): void {
  for (const p of postings) {
    if (!book.chart.has(p.account)) {
      throw new DomainError('ledger.account_not_in_chart', { field: 'kind', params: { account: p.account } });
    }
    if (p.account === 'bank' && !book.bankAccounts.has(p.sub ?? '')) {
      throw new DomainError('bank.account_not_in_group', { field: 'bankAccountId' });
    }
  }
}

export function requireMember(book: GroupBook, personId: string, field: string): void {
  if (!book.members.has(personId)) throw new DomainError('finance.not_member', { field });
}

/** Money available to pay out of the cash box or one bank account. */
export function availableIn(book: GroupBook, bankAccountId: string | null | undefined): number {
  return bankAccountId ? (book.bank.get(bankAccountId) ?? 0) : book.cash;
}

export function lendableFunds(book: GroupBook): number {
  let total = book.cash;
  for (const amount of book.bank.values()) total += amount;
  return total;
}

/** Keeps the balances the command checks in step with the postings it has written. */
export function applyToBook(book: GroupBook, postings: readonly Posting[]): void {
  for (const p of postings) {
    switch (p.account) {
      case 'cash':
        book.cash += p.amount;
        break;
      case 'bank':
        book.bank.set(p.sub ?? '', (book.bank.get(p.sub ?? '') ?? 0) + p.amount);
        break;
      case 'social_fund':
        book.socialFund -= p.amount;
        break;
      case 'member_savings':
        if (p.personId) book.savings.set(p.personId, (book.savings.get(p.personId) ?? 0) - p.amount);
        break;
      case 'fines_receivable':
        if (p.personId && p.sub === null)
          book.fines.set(p.personId, (book.fines.get(p.personId) ?? 0) + p.amount);
        break;
      default:
        break;
    }
  }
}
