import { DomainError, type GroupEntry, newId, postingsFor } from '@groundwork/core';
import type { CommandContext } from '../commands/context.ts';
import { requireMember } from './book.ts';
import { requireFunds } from './loans.ts';
import type { EntryWriter } from './writer.ts';

/** Where an entry sits: its date, the meeting it belongs to, and the request field it came from. */
export interface At {
  date: string;
  meetingId: string | null;
  field: string;
  note?: string | undefined;
}

interface MemberMoney {
  personId: string;
  amount: number;
  bankAccountId?: string | null | undefined;
}

export function deposit(writer: EntryWriter, at: At, m: MemberMoney, sharePrice: number | null): void {
  requireMember(writer.book, m.personId, `${at.field}.personId`);
  if (sharePrice && m.amount % sharePrice !== 0) {
    throw new DomainError('saving.not_whole_shares', { field: `${at.field}.amount`, params: { sharePrice } });
  }
  writer.add({
    kind: 'saving_deposit',
    date: at.date,
    personId: m.personId,
    meetingId: at.meetingId,
    amount: m.amount,
    note: at.note,
    postings: postingsFor({ kind: 'saving_deposit', ...m }),
  });
}

/** A member takes back savings: never more than she has saved, never more than the box or account holds. */
export function withdraw(writer: EntryWriter, at: At, m: MemberMoney): void {
  requireMember(writer.book, m.personId, `${at.field}.personId`);
  const balance = writer.book.savings.get(m.personId) ?? 0;
  if (m.amount > balance) {
    throw new DomainError('saving.exceeds_balance', {
      field: `${at.field}.amount`,
      params: { balance, amount: m.amount },
    });
  }
  requireFunds(writer, m.bankAccountId, m.amount, `${at.field}.amount`);
  writer.add({
    kind: 'saving_withdrawal',
    date: at.date,
    personId: m.personId,
    meetingId: at.meetingId,
    amount: m.amount,
    note: at.note,
    postings: postingsFor({ kind: 'saving_withdrawal', ...m }),
  });
}

export function contributeToSocialFund(writer: EntryWriter, at: At, m: MemberMoney): void {
  requireMember(writer.book, m.personId, `${at.field}.personId`);
  writer.add({
    kind: 'social_fund_contribution',
    date: at.date,
    personId: m.personId,
    meetingId: at.meetingId,
    amount: m.amount,
    note: at.note,
    postings: postingsFor({ kind: 'social_fund_contribution', ...m }),
  });
}

export function levyFine(
  writer: EntryWriter,
  at: At,
  f: { personId: string; amount: number; reason: string; loanId?: string | undefined },
): void {
  requireMember(writer.book, f.personId, `${at.field}.personId`);
  writer.add({
    kind: 'fine_levied',
    date: at.date,
    personId: f.personId,
    loanId: f.loanId,
    meetingId: at.meetingId,
    amount: f.amount,
    // why she was fined (absence, late, late repayment…) stays with the entry
    note: at.note ? `${f.reason}: ${at.note}` : f.reason,
    postings: postingsFor({ kind: 'fine_levied', personId: f.personId, amount: f.amount, loanId: f.loanId }),
  });
}

function requireFineDue(writer: EntryWriter, at: At, personId: string, amount: number): void {
  const due = writer.book.fines.get(personId) ?? 0;
  if (amount > due)
    throw new DomainError('fine.exceeds_due', { field: `${at.field}.amount`, params: { due, amount } });
}

export function payFine(writer: EntryWriter, at: At, m: MemberMoney): void {
  requireMember(writer.book, m.personId, `${at.field}.personId`);
  requireFineDue(writer, at, m.personId, m.amount);
  writer.add({
    kind: 'fine_paid',
    date: at.date,
    personId: m.personId,
    meetingId: at.meetingId,
    amount: m.amount,
    note: at.note,
    postings: postingsFor({ kind: 'fine_paid', ...m }),
  });
}

export function waiveFine(writer: EntryWriter, at: At, f: { personId: string; amount: number }): void {
  requireFineDue(writer, at, f.personId, f.amount);
  writer.add({
    kind: 'fine_waived',
    date: at.date,
    personId: f.personId,
    meetingId: at.meetingId,
    amount: f.amount,
    note: at.note,
    postings: postingsFor({ kind: 'fine_waived', personId: f.personId, amount: f.amount }),
  });
}

/** Does this entry bring money into the group? Meetings take money in before they pay any out. */
export const bringsMoneyIn = (e: GroupEntry): boolean =>
  e.kind === 'grant_received' || e.kind === 'other_income' || e.kind === 'external_loan_received';

async function externalOutstanding(
  ctx: CommandContext,
  groupId: string,
  externalLoanId: string,
): Promise<number> {
  const row = await ctx.trx
    .selectFrom('fin_balances')
    .select((eb) => eb.fn.sum<number>('amount').as('amount'))
    .where('org_id', '=', ctx.org.id)
    .where('group_id', '=', groupId)
    .where('account', '=', 'external_loans')
    .where('sub', '=', externalLoanId)
    .executeTakeFirst();
  return -Number(row?.amount ?? 0);
}

/** Money of the group as a whole: bank transfers, grants, expenses, outside loans, social fund payouts. */
export async function groupMoney(
  ctx: CommandContext,
  writer: EntryWriter,
  at: At,
  e: GroupEntry,
): Promise<string> {
  const book = writer.book;
  const base = { date: at.date, meetingId: at.meetingId, note: e.note ?? at.note };
  switch (e.kind) {
    case 'bank_deposit':
      requireFunds(writer, null, e.amount, `${at.field}.amount`);
      return writer.add({ ...base, kind: e.kind, amount: e.amount, postings: postingsFor(e) });
    case 'bank_withdrawal':
      if (!book.bankAccounts.has(e.bankAccountId)) {
        throw new DomainError('bank.account_not_in_group', { field: `${at.field}.bankAccountId` });
      }
      requireFunds(writer, e.bankAccountId, e.amount, `${at.field}.amount`);
      return writer.add({ ...base, kind: e.kind, amount: e.amount, postings: postingsFor(e) });
    case 'grant_received':
    case 'other_income':
      return writer.add({ ...base, kind: e.kind, amount: e.amount, postings: postingsFor(e) });
    case 'expense':
      requireFunds(writer, e.bankAccountId, e.amount, `${at.field}.amount`);
      return writer.add({ ...base, kind: e.kind, amount: e.amount, postings: postingsFor(e) });
    case 'social_fund_payout':
      if (e.personId) requireMember(book, e.personId, `${at.field}.personId`);
      if (e.amount > book.socialFund) {
        throw new DomainError('cash.insufficient', {
          field: `${at.field}.amount`,
          params: { available: book.socialFund, amount: e.amount, account: 'social_fund' },
        });
      }
      requireFunds(writer, e.bankAccountId, e.amount, `${at.field}.amount`);
      return writer.add({
        ...base,
        kind: e.kind,
        personId: e.personId,
        amount: e.amount,
        postings: postingsFor(e),
      });
    case 'external_loan_received': {
      const externalLoanId = e.externalLoanId ?? newId();
      await ctx.trx
        .insertInto('external_loans')
        .values({
          org_id: ctx.org.id,
          id: externalLoanId,
          group_id: book.group.id,
          lender: e.lender,
          received_on: at.date,
          amount: e.amount,
        })
        .execute();
      return writer.add({
        ...base,
        kind: e.kind,
        amount: e.amount,
        postings: postingsFor({ ...e, externalLoanId }),
      });
    }
    case 'external_loan_repaid': {
      const lent = await ctx.trx
        .selectFrom('external_loans')
        .select('id')
        .where('org_id', '=', ctx.org.id)
        .where('group_id', '=', book.group.id)
        .where('id', '=', e.externalLoanId)
        .executeTakeFirst();
      if (!lent) {
        const field = `${at.field}.externalLoanId`;
        throw new DomainError('reference.not_found', { field, params: { field } });
      }
      const outstanding = await externalOutstanding(ctx, book.group.id, e.externalLoanId);
      if (e.principal > outstanding) {
        throw new DomainError('external_loan.overpayment', {
          field: `${at.field}.principal`,
          params: { outstanding, amount: e.principal },
        });
      }
      requireFunds(writer, e.bankAccountId, e.principal + e.interest, `${at.field}.principal`);
      return writer.add({
        ...base,
        kind: e.kind,
        amount: e.principal + e.interest,
        postings: postingsFor(e),
      });
    }
  }
}
