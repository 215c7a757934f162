import {
  type AttendanceStatus,
  attendanceStatuses,
  type fineReasons,
  type LoanFrequency,
  type LoanMethod,
  newId,
} from '@groundwork/core';
import type { MeetingGroup } from './group-data.ts';

export type FineReason = (typeof fineReasons)[number];

/** A fine as typed: who, why, how much, and whether she paid it at the meeting. */
export interface FineDraft {
  key: string;
  personId: string;
  reason: FineReason;
  amount: string;
  paid: boolean;
}

/** A new loan as typed; `rate` is the interest in percent per period, null for the constitution's rate. */
export interface LoanDraft {
  key: string;
  personId: string;
  principal: string;
  instalments: string;
  frequency: LoanFrequency;
  method: LoanMethod;
  purpose: string;
  rate: string | null;
}

/**
 * A meeting while it is being held, as the user typed it, so it can be saved at every change and picked up
 * again after a reload. Savings and repayments keep only what was changed by hand: the rest follows the
 * constitution, the attendance and the loan schedules.
 */
export interface MeetingDraft {
  version: 1;
  groupId: string;
  heldOn: string;
  step: number;
  attendance: Record<string, AttendanceStatus>;
  savings: Record<string, string>;
  repayments: Record<string, string>;
  fines: FineDraft[];
  loans: LoanDraft[];
  decisions: string[];
  minutes: string;
}

export function newDraft(groupId: string, heldOn: string): MeetingDraft {
  return {
    version: 1,
    groupId,
    heldOn,
    step: 0,
    attendance: {},
    savings: {},
    repayments: {},
    fines: [],
    loans: [],
    decisions: [],
    minutes: '',
  };
}

/** One tap moves a member to the next status: present, absent, excused, late, represented, and round again. */
export function nextStatus(current: AttendanceStatus | undefined): AttendanceStatus {
  if (!current) return 'present';
  const at = attendanceStatuses.indexOf(current);
  return attendanceStatuses[(at + 1) % attendanceStatuses.length] ?? 'present';
}

export function allPresent(draft: MeetingDraft, personIds: string[]): MeetingDraft {
  return { ...draft, attendance: Object.fromEntries(personIds.map((id) => [id, 'present' as const])) };
}

export function newFine(personId: string, reason: FineReason, amount: string): FineDraft {
  return { key: newId(), personId, reason, amount, paid: true };
}

export function newLoanDraft(group: MeetingGroup): LoanDraft {
  return {
    key: newId(),
    personId: '',
    principal: '',
    instalments: '10',
    frequency: group.cadence,
    method: 'flat',
    purpose: '',
    rate: null,
  };
}

/** A draft read back from storage, if it is one of this group's. */
export function readDraft(value: unknown, groupId: string): MeetingDraft | undefined {
  const draft = value as Partial<MeetingDraft> | undefined;
  if (draft?.version !== 1 || draft.groupId !== groupId || typeof draft.heldOn !== 'string') {
    return undefined;
  }
  return { ...newDraft(groupId, draft.heldOn), ...draft } as MeetingDraft;
}
