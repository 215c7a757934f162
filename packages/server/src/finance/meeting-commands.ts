import { DomainError, meetingClose, meetingRecord, newId } from '@groundwork/core';
import type { CommandContext } from '../commands/context.ts';
import { defineCommand } from '../commands/context.ts';
import { executeReused, insertRows } from '../db/reuse.ts';
import { loadRow } from '../db/rows.ts';
import { loadBook } from './book.ts';
import { openCycle } from './cycles.ts';
import { disburse, levyPenalty, loadLoans, repay } from './loans.ts';
import {
  bringsMoneyIn,
  contributeToSocialFund,
  deposit,
  groupMoney,
  levyFine,
  payFine,
  waiveFine,
  withdraw,
} from './movements.ts';
import { checkEntryDate, orgToday } from './today.ts';
import { EntryWriter } from './writer.ts';

/** Attendance that counts as being there: in person, late, or through someone sent on her behalf. */
const attended = new Set(['present', 'late', 'represented']);
/** A meeting written up more than this many days after it was held counts against "books up to date". */
export const lateRecordingDays = 7;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function noDuplicates(ids: readonly string[], field: string): void {
  const seen = new Set<string>();
  for (const [i, id] of ids.entries()) {
    if (seen.has(id))
      throw new DomainError('meeting.duplicate_person', {
        field: `${field}.${i}.personId`,
        params: { field },
      });
    seen.add(id);
  }
}

/**
 * A whole meeting in one command: attendance, minutes and every movement of money, so that a leader's
 * phone can send the meeting at once. Money comes in (savings, fines, repayments, grants) before any goes
 * out (withdrawals, loans, expenses), as in the meeting itself.
 */
export const recordMeeting = defineCommand({
  type: 'meeting.record',
  schema: meetingRecord,
  async apply(ctx, p) {
    const book = await loadBook(ctx, p.groupId, p.heldOn, {
      savings: p.withdrawals.length > 0 || p.loans.length > 0,
      fines: p.finePayments.length > 0 || p.fineWaivers.length > 0,
    });
    const group = book.group;
    checkEntryDate(ctx, p.heldOn, group.formed_on, 'heldOn');
    const clashes = await executeReused(
      ctx.trx,
      ctx.dialect,
      'meeting clash',
      [ctx.org.id, group.id, p.heldOn],
      () =>
        ctx.trx
          .selectFrom('meetings')
          .select('id')
          .where('org_id', '=', ctx.org.id)
          .where('group_id', '=', group.id)
          .where('held_on', '=', p.heldOn),
    );
    const clash = clashes.rows[0];
    if (clash) throw new DomainError('meeting.already_held', { field: 'heldOn', params: { date: p.heldOn } });

    noDuplicates(
      p.attendance.map((a) => a.personId),
      'attendance',
    );
    for (const [i, a] of p.attendance.entries()) {
      if (!book.members.has(a.personId))
        throw new DomainError('finance.not_member', { field: `attendance.${i}.personId` });
    }
    const missing = book.members.size - p.attendance.length;
    if (missing > 0)
      throw new DomainError('meeting.attendance_incomplete', {
        field: 'attendance',
        params: { count: missing },
      });
    noDuplicates(
      p.savings.map((s) => s.personId),
      'savings',
    );

    const id = p.id ?? newId();
    const cashBefore = book.cash;
    await insertRows(ctx.trx, ctx.dialect, 'meetings', [
      {
        org_id: ctx.org.id,
        id,
        group_id: group.id,
        held_on: p.heldOn,
        status: p.close ? 'closed' : 'open',
        minutes: p.minutes ?? null,
        decisions: JSON.stringify(p.decisions),
        agenda: JSON.stringify(p.agenda),
        activities: JSON.stringify(p.activities),
        recorded_by: ctx.actor.userId,
        recorded_at: ctx.now,
        closed_at: p.close ? ctx.now : null,
      },
    ]);
    if (p.attendance.length > 0) {
      await insertRows(
        ctx.trx,
        ctx.dialect,
        'attendance',
        p.attendance.map((a) => ({
          org_id: ctx.org.id,
          meeting_id: id,
          person_id: a.personId,
          status: a.status,
        })),
      );
    }

    const writer = new EntryWriter(ctx, book);
    const at = (field: string) => ({ date: p.heldOn, meetingId: id, field });
    const cycle = p.savings.length > 0 ? await openCycle(ctx, group.id) : undefined;
    const sharePrice = cycle?.share_price ? Number(cycle.share_price) : null;
    const loans = await loadLoans(
      ctx.trx,
      ctx.org.id,
      [...p.repayments.map((r) => r.loanId), ...p.fines.flatMap((f) => (f.loanId ? [f.loanId] : []))],
      ctx.dialect,
    );
    const loanOf = (loanId: string, field: string) => {
      const loan = loans.get(loanId);
      if (!loan) throw new DomainError('reference.not_found', { field, params: { field } });
      return loan;
    };

    for (const [i, s] of p.socialFund.entries()) contributeToSocialFund(writer, at(`socialFund.${i}`), s);
    for (const [i, s] of p.savings.entries()) deposit(writer, at(`savings.${i}`), s, sharePrice);
    for (const [i, f] of p.fines.entries()) {
      if (f.loanId)
        await levyPenalty(
          ctx,
          loanOf(f.loanId, `fines.${i}.loanId`),
          f.amount,
          `fines.${i}.loanId`,
          group.id,
        );
      levyFine(writer, at(`fines.${i}`), f);
    }
    for (const [i, f] of p.finePayments.entries()) payFine(writer, at(`finePayments.${i}`), f);
    for (const [i, f] of p.fineWaivers.entries())
      waiveFine(writer, { ...at(`fineWaivers.${i}`), note: f.note }, f);
    for (const [i, r] of p.repayments.entries()) {
      const field = `repayments.${i}`;
      await repay(
        ctx,
        writer,
        loanOf(r.loanId, `${field}.loanId`),
        { ...r, date: p.heldOn, meetingId: id },
        field,
      );
    }
    const incoming = p.entries.map((e, i) => [e, i] as const).filter(([e]) => bringsMoneyIn(e));
    const outgoing = p.entries.map((e, i) => [e, i] as const).filter(([e]) => !bringsMoneyIn(e));
    for (const [e, i] of incoming) await groupMoney(ctx, writer, at(`entries.${i}`), e);
    for (const [i, w] of p.withdrawals.entries()) withdraw(writer, at(`withdrawals.${i}`), w);
    const loanIds: string[] = [];
    for (const [i, loan] of p.loans.entries()) {
      loanIds.push(await disburse(ctx, writer, p.heldOn, id, loan, `loans.${i}`));
    }
    for (const [e, i] of outgoing) await groupMoney(ctx, writer, at(`entries.${i}`), e);

    const present = p.attendance.filter((a) => attended.has(a.status)).length;
    writer.count(p.heldOn.slice(0, 7), {
      meetings_held: 1,
      meetings_closed: p.close ? 1 : 0,
      meetings_recorded_late: daysBetween(p.heldOn, orgToday(ctx)) > lateRecordingDays ? 1 : 0,
      member_meetings: book.members.size,
      present,
      savings_made: p.savings.length,
    });
    await writer.flush();
    ctx.emit({
      entity: 'meeting',
      entityId: id,
      op: 'create',
      areaId: group.area_id,
      groupId: group.id,
      data: {
        id,
        groupId: group.id,
        heldOn: p.heldOn,
        status: p.close ? 'closed' : 'open',
        attendance: p.attendance,
        minutes: p.minutes ?? null,
        decisions: p.decisions,
        agenda: p.agenda,
        activities: p.activities,
        entries: writer.entries.map((e) => ({
          id: e.id,
          kind: e.kind,
          personId: e.person_id,
          loanId: e.loan_id,
          amount: e.amount,
        })),
      },
    });
    return { id, entries: writer.entries.length, loanIds, cashBefore, cashAfter: book.cash };
  },
});

export async function loadMeeting(ctx: CommandContext, meetingId: string, field: string) {
  const meeting = await loadRow(ctx.trx, 'meetings', ctx.org.id, meetingId, field);
  const group = await loadRow(ctx.trx, 'groups', ctx.org.id, meeting.group_id, field);
  ctx.ensure('finance.write', { areaId: group.area_id, groupIds: [group.id] });
  return { meeting, group };
}

/** Locks a meeting; after this its entries are corrected only by new entries that reference it. */
export const closeMeeting = defineCommand({
  type: 'meeting.close',
  schema: meetingClose,
  async apply(ctx, p) {
    const { meeting, group } = await loadMeeting(ctx, p.id, 'id');
    if (meeting.status === 'closed') throw new DomainError('meeting.closed', { field: 'id' });
    await ctx.trx
      .updateTable('meetings')
      .set({ status: 'closed', closed_at: ctx.now })
      .where('org_id', '=', ctx.org.id)
      .where('id', '=', p.id)
      .execute();
    await ctx.trx
      .updateTable('group_months')
      .set((eb) => ({ meetings_closed: eb(eb.ref('meetings_closed'), '+', 1) }))
      .where('org_id', '=', ctx.org.id)
      .where('group_id', '=', group.id)
      .where('month', '=', meeting.held_on.slice(0, 7))
      .execute();
    ctx.emit({
      entity: 'meeting',
      entityId: p.id,
      op: 'update',
      areaId: group.area_id,
      groupId: group.id,
      data: { id: p.id, status: 'closed' },
    });
    return { id: p.id };
  },
});
