import type { MeetingRecord } from '@groundwork/core';
import type { MeetingDraft } from './draft.ts';
import type { MeetingContext, Sheet } from './sheet.ts';

/**
 * The `meeting.record` command's payload from a worked-out draft with no problems. Every loan carries the
 * rate its preview was drawn with, so the schedule the server writes is the one the group agreed to.
 */
export function meetingPayload(draft: MeetingDraft, sheet: Sheet, ctx: MeetingContext): MeetingRecord {
  const minutes = draft.minutes.trim();
  return {
    groupId: ctx.group.id,
    heldOn: draft.heldOn,
    close: true,
    attendance: ctx.members.map((m) => ({
      personId: m.personId,
      status: draft.attendance[m.personId] ?? 'absent',
    })),
    ...(minutes ? { minutes } : {}),
    decisions: draft.decisions.map((d) => d.trim()).filter(Boolean),
    agenda: [],
    activities: [],
    savings: sheet.savings
      .filter((s) => s.amount > 0)
      .map((s) => ({ personId: s.personId, amount: s.amount })),
    withdrawals: [],
    socialFund: [],
    repayments: sheet.repayments
      .filter((r) => r.amount > 0)
      .map((r) => ({ loanId: r.loan.id, amount: r.amount })),
    fines: sheet.fines.map((f) => ({ personId: f.fine.personId, reason: f.fine.reason, amount: f.amount })),
    finePayments: sheet.fines
      .filter((f) => f.fine.paid)
      .map((f) => ({ personId: f.fine.personId, amount: f.amount })),
    fineWaivers: [],
    loans: sheet.loans.map((l) => ({
      personId: l.draft.personId,
      principal: l.principal,
      rateBps: l.rateBps ?? 0,
      method: l.draft.method,
      instalments: l.instalments ?? 1,
      frequency: l.draft.frequency,
      gracePeriods: 0,
      purpose: l.draft.purpose.trim(),
    })),
    entries: [],
  };
}
