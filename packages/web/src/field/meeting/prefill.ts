import type { AttendanceStatus } from '@groundwork/core';
import type { LocalLoan } from '../../local/finance.ts';
import type { FineReason, MeetingDraft } from './draft.ts';
import type { MeetingRules } from './group-data.ts';

/** Attendance that counts as being there, as the server counts it: in person, late, or represented. */
export const attended = (status: AttendanceStatus | undefined): boolean =>
  status === 'present' || status === 'late' || status === 'represented';

/** Loans still being repaid, whose repayments the meeting collects. */
export const openLoans = (loans: LocalLoan[]): LocalLoan[] =>
  loans.filter((loan) => loan.status === 'active' || loan.status === 'overdue');

/** What she owes on the loan by the meeting date: penalties, then the unpaid interest and principal due. */
export function dueBy(loan: LocalLoan, heldOn: string): number {
  let due = loan.penaltyDue;
  for (const row of loan.schedule) {
    if (row.dueOn > heldOn) continue;
    due += row.interest - row.interestPaid + row.principal - row.principalPaid;
  }
  return due;
}

/** What would settle the loan at the meeting: penalties, interest due by then and all principal left. */
export function payoffBy(loan: LocalLoan, heldOn: string): number {
  let payoff = loan.penaltyDue;
  for (const row of loan.schedule) {
    payoff += row.principal - row.principalPaid;
    if (row.dueOn <= heldOn) payoff += row.interest - row.interestPaid;
  }
  return payoff;
}

/** The saving a member makes unless changed by hand: the constitution's amount if she came, else nothing. */
export const defaultSaving = (rules: MeetingRules, status: AttendanceStatus | undefined): number =>
  attended(status) ? rules.savingAmountPerMeeting : 0;

const fineFor: Partial<Record<AttendanceStatus, FineReason>> = { absent: 'absence', late: 'late' };

export interface FineSuggestion {
  personId: string;
  reason: FineReason;
  amount: number;
}

/** Fines the rules call for by the attendance (absent, late) and not yet written down. */
export function fineSuggestions(
  draft: MeetingDraft,
  rules: MeetingRules,
  personIds: string[],
): FineSuggestion[] {
  return personIds.flatMap((personId) => {
    const status = draft.attendance[personId];
    const reason = status ? fineFor[status] : undefined;
    const rule = rules.fineRules.find((r) => r.reason === reason);
    if (!reason || !rule || rule.amount <= 0) return [];
    if (draft.fines.some((f) => f.personId === personId && f.reason === reason)) return [];
    return [{ personId, reason, amount: rule.amount }];
  });
}
