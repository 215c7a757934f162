import { DomainError, loanWriteOff, postingsFor } from '@groundwork/core';
import { defineCommand } from '../commands/context.ts';
import { loadRow } from '../db/rows.ts';
import { loadBook } from './book.ts';
import { loadLoans, positionOf, saveState } from './loans.ts';
import { checkEntryDate } from './today.ts';
import { EntryWriter } from './writer.ts';

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
    checkEntryDate(ctx, p.date, loan.row.disbursed_on, 'date');
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
