import { DomainError, entryRecord, type GroupEntry } from '@groundwork/core';
import type { CommandContext } from '../commands/context.ts';
import { defineCommand } from '../commands/context.ts';
import { loadRow } from '../db/rows.ts';
import { loadBook } from './book.ts';
import { openCycle } from './cycles.ts';
import { levyPenalty, loadLoans, repay } from './loans.ts';
import {
  contributeToSocialFund,
  deposit,
  groupMoney,
  levyFine,
  payFine,
  waiveFine,
  withdraw,
} from './movements.ts';
import { checkEntryDate } from './today.ts';
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
    checkEntryDate(ctx, p.date, book.group.formed_on, 'date');
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
