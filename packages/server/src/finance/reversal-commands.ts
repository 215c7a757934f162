import { type AccountCode, DomainError, entryReverse, type Posting, reversalOf } from '@groundwork/core';
import type { CommandContext } from '../commands/context.ts';
import { defineCommand } from '../commands/context.ts';
import { loadRow } from '../db/rows.ts';
import { loadBook } from './book.ts';
import { loadLoans, positionOf, saveState } from './loans.ts';
import { checkEntryDate } from './today.ts';
import { EntryWriter } from './writer.ts';

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
    checkEntryDate(ctx, p.date, original.entry_date, 'date');
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
