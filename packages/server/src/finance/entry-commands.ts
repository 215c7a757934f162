import type { AccountCode } from '@groundwork/core';
import {
  bankAccountOpen,
  bankStatementRecord,
  DomainError,
  entryRecord,
  entryReverse,
  type GroupEntry,
  loanWriteOff,
  newId,
  type Posting,
  postingsFor,
  reversalOf,
} from '@groundwork/core';
import type { CommandContext } from '../commands/context.ts';
import { defineCommand } from '../commands/context.ts';
import { loadRow } from '../db/rows.ts';
import { loadBook } from './book.ts';
import { openCycle } from './cycles.ts';
import { levyPenalty, loadLoans, positionOf, repay, saveState } from './loans.ts';
import {
  contributeToSocialFund,
  deposit,
  groupMoney,
  levyFine,
  payFine,
  waiveFine,
  withdraw,
} from './movements.ts';
import { orgToday } from './today.ts';
import { EntryWriter } from './writer.ts';

const memberKinds = new Set([
  'saving_deposit',
  'saving_withdrawal',
  'social_fund_contribution',
  'fine_paid',
  'fine_levied',
  'fine_waived',
  'loan_repayment',
]);

function checkDate(ctx: CommandContext, date: string, formedOn: string, field: string): void {
  if (date < formedOn) throw new DomainError('meeting.before_formed', { field, params: { formedOn } });
  if (date > orgToday(ctx)) throw new DomainError('meeting.in_future', { field });
}

/** One entry outside the meeting form: money between meetings, or a correction to a closed meeting. */
export const recordEntry = defineCommand({
  type: 'entry.record',
  schema: entryRecord,
  async apply(ctx, p) {
    const e = p.entry;
    const book = await loadBook(ctx, p.groupId, p.date, {
      savings: e.kind === 'saving_withdrawal',
      fines: e.kind === 'fine_paid' || e.kind === 'fine_waived',
    });
    checkDate(ctx, p.date, book.group.formed_on, 'date');
    if (p.meetingId) {
      const meeting = await loadRow(ctx.trx, 'meetings', ctx.org.id, p.meetingId, 'meetingId');
      if (meeting.group_id !== p.groupId)
        throw new DomainError('reference.not_found', { field: 'meetingId', params: { field: 'meetingId' } });
    }
    const writer = new EntryWriter(ctx, book);
    const at = { date: p.date, meetingId: p.meetingId ?? null, field: 'entry', note: e.note };
    const before = writer.entries.length;
    if (memberKinds.has(e.kind)) await memberEntry(ctx, writer, at, e as MemberEntry);
    else await groupMoney(ctx, writer, at, e as GroupEntry);
    const first = writer.entries[before];
    if (p.id && first) first.id = p.id;
    await writer.flush();
    const id = first?.id ?? '';
    ctx.emit({
      entity: 'fin_entry',
      entityId: id,
      op: 'create',
      areaId: book.group.area_id,
      groupId: p.groupId,
      data: {
        id,
        groupId: p.groupId,
        kind: e.kind,
        date: p.date,
        amount: first?.amount ?? 0,
        meetingId: p.meetingId ?? null,
      },
    });
    return { id };
  },
});

type MemberEntry = Exclude<typeof entryRecord._zod.output.entry, GroupEntry>;

async function memberEntry(
  ctx: CommandContext,
  writer: EntryWriter,
  at: { date: string; meetingId: string | null; field: string; note?: string | undefined },
  e: MemberEntry,
) {
  switch (e.kind) {
    case 'saving_deposit': {
      const cycle = await openCycle(ctx, writer.book.group.id);
      return deposit(writer, at, e, cycle?.share_price ? Number(cycle.share_price) : null);
    }
    case 'saving_withdrawal':
      return withdraw(writer, at, e);
    case 'social_fund_contribution':
      return contributeToSocialFund(writer, at, e);
    case 'fine_paid':
      return payFine(writer, at, e);
    case 'fine_waived':
      return waiveFine(writer, at, e);
    case 'fine_levied': {
      if (e.loanId) {
        const loans = await loadLoans(ctx.trx, ctx.org.id, [e.loanId]);
        const loan = loans.get(e.loanId);
        if (!loan)
          throw new DomainError('reference.not_found', {
            field: 'entry.loanId',
            params: { field: 'entry.loanId' },
          });
        await levyPenalty(ctx, loan, e.amount, 'entry.loanId', writer.book.group.id);
      }
      return levyFine(writer, at, e);
    }
    case 'loan_repayment': {
      const loans = await loadLoans(ctx.trx, ctx.org.id, [e.loanId]);
      const loan = loans.get(e.loanId);
      if (!loan)
        throw new DomainError('reference.not_found', {
          field: 'entry.loanId',
          params: { field: 'entry.loanId' },
        });
      return repay(
        ctx,
        writer,
        loan,
        {
          date: at.date,
          amount: e.amount,
          meetingId: at.meetingId,
          bankAccountId: e.bankAccountId,
          note: e.note,
        },
        'entry',
      );
    }
  }
}

const notReversible = new Set(['reversal', 'share_out_payout', 'period_close', 'loan_write_off']);

/** A correction: a new entry with every line of the original turned round. Nothing is edited or deleted. */
export const reverseEntry = defineCommand({
  type: 'entry.reverse',
  schema: entryReverse,
  async apply(ctx, p) {
    const original = await loadRow(ctx.trx, 'fin_entries', ctx.org.id, p.entryId, 'entryId');
    const group = await loadRow(ctx.trx, 'groups', ctx.org.id, original.group_id, 'entryId');
    ctx.ensure('finance.correct', { areaId: group.area_id, groupIds: [group.id] });
    if (notReversible.has(original.kind)) throw new DomainError('entry.not_reversible', { field: 'entryId' });
    const done = await ctx.trx
      .selectFrom('fin_entries')
      .select('id')
      .where('org_id', '=', ctx.org.id)
      .where('reverses_id', '=', p.entryId)
      .executeTakeFirst();
    if (done) throw new DomainError('entry.already_reversed', { field: 'entryId' });
    checkDate(ctx, p.date, original.entry_date, 'date');
    const book = await loadBook(ctx, group.id, p.date, { savings: true, fines: true });
    const rows = await ctx.trx
      .selectFrom('fin_postings')
      .selectAll()
      .where('org_id', '=', ctx.org.id)
      .where('entry_id', '=', p.entryId)
      .orderBy('line')
      .execute();
    const postings = reversalOf(
      rows.map(
        (r): Posting => ({
          account: r.account as AccountCode,
          personId: r.person_id,
          sub: r.sub,
          amount: Number(r.amount),
        }),
      ),
    );
    const writer = new EntryWriter(ctx, book);
    const id = writer.add({
      id: p.id,
      kind: 'reversal',
      date: p.date,
      personId: original.person_id,
      loanId: original.loan_id,
      amount: Number(original.amount),
      note: p.reason,
      reversesId: original.id,
      postings,
    });
    refuseOverdrawn(book, original.person_id);
    if (original.loan_id) await reverseOnLoan(ctx, writer, original, postings, p.date);
    await writer.flush();
    ctx.emit({
      entity: 'fin_entry',
      entityId: id,
      op: 'create',
      areaId: group.area_id,
      groupId: group.id,
      data: {
        id,
        groupId: group.id,
        kind: 'reversal',
        reversesId: original.id,
        date: p.date,
        amount: Number(original.amount),
      },
    });
    return { id };
  },
});

/** After a reversal no box, account, saving or fine may be left below zero. */
function refuseOverdrawn(book: Awaited<ReturnType<typeof loadBook>>, personId: string | null): void {
  const banks = [...book.bank.values()];
  const person = personId ?? '';
  const overdrawn =
    book.cash < 0 ||
    banks.some((amount) => amount < 0) ||
    (book.savings.get(person) ?? 0) < 0 ||
    (book.fines.get(person) ?? 0) < 0;
  if (overdrawn) throw new DomainError('entry.reversal_overdraws', { field: 'entryId' });
}

async function reverseOnLoan(
  ctx: CommandContext,
  writer: EntryWriter,
  original: { kind: string; loan_id: string | null; entry_date: string },
  postings: Posting[],
  date: string,
) {
  const loans = await loadLoans(ctx.trx, ctx.org.id, [original.loan_id ?? '']);
  const loan = loans.get(original.loan_id ?? '');
  if (!loan) return;
  const sum = (account: AccountCode) =>
    postings.filter((x) => x.account === account).reduce((s, x) => s + x.amount, 0);
  if (original.kind === 'loan_disbursement') {
    if (Number(loan.state.principal_paid) > 0 || Number(loan.state.interest_paid) > 0)
      throw new DomainError('entry.not_reversible', { field: 'entryId' });
    writer.count(loan.row.disbursed_on.slice(0, 7), { loans_disbursed: -1 });
    for (const i of loan.schedule) writer.count(i.dueOn.slice(0, 7), { instalments_due: -1 });
    loan.state = { ...loan.state, status: 'cancelled', next_due_on: null, closed_on: date };
    const { org_id, loan_id, ...changes } = loan.state;
    await ctx.trx
      .updateTable('loan_states')
      .set(changes)
      .where('org_id', '=', org_id)
      .where('loan_id', '=', loan_id)
      .execute();
    ctx.emit({
      entity: 'loan',
      entityId: loan_id,
      op: 'update',
      areaId: writer.book.group.area_id,
      groupId: loan.row.group_id,
      data: { id: loan_id, status: 'cancelled', nextDueOn: null },
    });
    return;
  }
  if (loan.state.status === 'written_off' || loan.state.status === 'cancelled')
    throw new DomainError('entry.not_reversible', { field: 'entryId' });
  const before = positionOf(loan, date);
  const penalty = sum('fines_receivable');
  if (Number(loan.state.penalty_due) + penalty < 0)
    throw new DomainError('entry.not_reversible', { field: 'entryId' });
  loan.state = {
    ...loan.state,
    principal_paid: Number(loan.state.principal_paid) - sum('loans_receivable'),
    interest_paid: Number(loan.state.interest_paid) + sum('interest_income'),
    penalty_due: Number(loan.state.penalty_due) + penalty,
    status: 'active',
    closed_on: null,
  };
  const after = positionOf(loan, date);
  for (const [i, inst] of after.instalments.entries()) {
    const paidOn = before.instalments[i]?.paidOn ?? null;
    if (inst.paidOn === null && paidOn !== null && inst.dueOn >= original.entry_date) {
      writer.count(inst.dueOn.slice(0, 7), { instalments_paid_on_time: -1 });
    }
  }
  await saveState(ctx, loan, after, date, writer.book.group.area_id);
}

/** Writes off what a borrower can no longer repay: the principal left goes to bad debts, penalties are waived. */
export const writeOffLoan = defineCommand({
  type: 'loan.write_off',
  schema: loanWriteOff,
  async apply(ctx, p) {
    const loans = await loadLoans(ctx.trx, ctx.org.id, [p.id]);
    const loan = loans.get(p.id);
    if (!loan) throw new DomainError('reference.not_found', { field: 'id', params: { field: 'id' } });
    const group = await loadRow(ctx.trx, 'groups', ctx.org.id, loan.row.group_id, 'id');
    ctx.ensure('finance.correct', { areaId: group.area_id, groupIds: [group.id] });
    if (loan.state.status !== 'active')
      throw new DomainError('loan.not_active', { field: 'id', params: { status: loan.state.status } });
    checkDate(ctx, p.date, loan.row.disbursed_on, 'date');
    const book = await loadBook(ctx, group.id, p.date);
    const writer = new EntryWriter(ctx, book);
    const person = loan.row.person_id;
    const principal = Number(loan.row.principal) - Number(loan.state.principal_paid);
    writer.add({
      kind: 'loan_write_off',
      date: p.date,
      personId: person,
      loanId: p.id,
      amount: principal,
      note: p.reason,
      postings: postingsFor({ kind: 'loan_write_off', personId: person, loanId: p.id, amount: principal }),
    });
    const penalty = Number(loan.state.penalty_due);
    if (penalty > 0) {
      writer.add({
        kind: 'fine_waived',
        date: p.date,
        personId: person,
        loanId: p.id,
        amount: penalty,
        note: p.reason,
        postings: postingsFor({ kind: 'fine_waived', personId: person, amount: penalty, loanId: p.id }),
      });
    }
    loan.state = { ...loan.state, penalty_due: 0, status: 'written_off', closed_on: p.date };
    await saveState(ctx, loan, positionOf(loan, p.date), p.date, group.area_id);
    await writer.flush();
    return { id: p.id };
  },
});

export const openBankAccount = defineCommand({
  type: 'bank_account.open',
  schema: bankAccountOpen,
  async apply(ctx, p) {
    const book = await loadBook(ctx, p.groupId, p.openedOn);
    if (!book.chart.has('bank')) throw new DomainError('finance.no_books', { field: 'groupId' });
    const id = p.id ?? newId();
    const row = {
      org_id: ctx.org.id,
      id,
      group_id: p.groupId,
      bank_name: p.bankName,
      branch: p.branch ?? null,
      account_number_last4: p.accountNumberLast4 ?? null,
      opened_on: p.openedOn,
      created_at: ctx.now,
    };
    await ctx.trx.insertInto('bank_accounts').values(row).execute();
    ctx.emit({
      entity: 'bank_account',
      entityId: id,
      op: 'create',
      areaId: book.group.area_id,
      groupId: p.groupId,
      data: {
        id,
        groupId: p.groupId,
        bankName: p.bankName,
        branch: row.branch,
        accountNumberLast4: row.account_number_last4,
        openedOn: p.openedOn,
      },
    });
    return { id };
  },
});

export const recordBankStatement = defineCommand({
  type: 'bank_statement.record',
  schema: bankStatementRecord,
  async apply(ctx, p) {
    const account = await loadRow(ctx.trx, 'bank_accounts', ctx.org.id, p.bankAccountId, 'bankAccountId');
    await loadBook(ctx, account.group_id, p.date);
    const id = p.id ?? newId();
    await ctx.trx
      .insertInto('bank_statements')
      .values({
        org_id: ctx.org.id,
        id,
        group_id: account.group_id,
        bank_account_id: account.id,
        statement_date: p.date,
        balance: p.balance,
        recorded_by: ctx.actor.userId,
        recorded_at: ctx.now,
      })
      .execute();
    return { id };
  },
});
