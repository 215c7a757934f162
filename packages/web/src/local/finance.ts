import type { InstalmentPosition } from '@groundwork/core';
import type { LocalDb } from './db.ts';

/** An open loan as the server last computed it, with its schedule and where each instalment stands. */
export interface LocalLoan {
  id: string;
  groupId: string;
  personId: string;
  meetingId: string | null;
  disbursedOn: string;
  principal: number;
  rateBps: number;
  method: string;
  instalments: number;
  frequency: string;
  gracePeriods: number;
  purpose: string;
  status: 'active' | 'overdue' | 'repaid' | 'written_off' | 'cancelled';
  asOf: string;
  principalOutstanding: number;
  interestDue: number;
  penaltyDue: number;
  principalDue: number;
  payoff: number;
  daysPastDue: number;
  nextDueOn: string | null;
  schedule: InstalmentPosition[];
}

export interface MemberBalance {
  personId: string;
  savings: number;
  loanOutstanding: number;
  finesDue: number;
}

/**
 * A group's money as `GET /api/sync/finance` returns it (the same as `GET /api/groups/:id/finance`, with
 * the open loans): what the field screens show offline and prefill a meeting from.
 */
export interface GroupFinance {
  groupId: string;
  currency: string;
  cash: number;
  bank: { bankAccountId: string; bankName: string; balance: number }[];
  savings: number;
  loansOutstanding: number;
  finesDue: number;
  socialFund: number;
  members: MemberBalance[];
  lastMeeting: { id: string; heldOn: string; status: string } | null;
  nextMeetingDue: string | null;
  loans: LocalLoan[];
}

/**
 * Keeps the books the server sent. A full snapshot (every group in scope) replaces what was kept, so a
 * group no longer in the user's scope goes; a partial one replaces only the groups it names.
 */
export async function saveFinance(db: LocalDb, items: readonly GroupFinance[], full: boolean): Promise<void> {
  const tx = db.transaction('group_finance', 'readwrite');
  if (full) await tx.store.clear();
  for (const item of items) await tx.store.put(item);
  await tx.done;
}
