import { dueMeetingDates, type MeetingCadence, nextDueMeeting } from '@groundwork/core';

export type MeetingState = 'today' | 'overdue' | 'upcoming' | 'unknown';

/** Where a group stands with its meetings: the one to hold next, and how many due ones went unrecorded. */
export interface MeetingDue {
  state: MeetingState;
  due: string | null;
  missed: number;
}

const msPerDay = 86_400_000;

export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * msPerDay).toISOString().slice(0, 10);
}

const distance = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b));

/** The phone's own calendar day: a meeting at 7 in the morning in India is not yesterday's. */
export function localToday(now: Date = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}

/**
 * The due date a meeting held on `heldOn` stands for: the nearest one, so that a group meeting a day
 * early or a few days late has still held that week's meeting (on a tie, the earlier date).
 */
function coveredDate(cadence: MeetingCadence, heldOn: string): string {
  const around = dueMeetingDates(cadence, addDays(heldOn, -31), addDays(heldOn, 31));
  let best: string | undefined;
  for (const date of around)
    if (best === undefined || distance(date, heldOn) < distance(best, heldOn)) best = date;
  return best ?? heldOn;
}

/**
 * The group's next meeting: the first due date after the one its last meeting stood for. It is overdue
 * when that date has passed with no meeting recorded. Without a usable cadence, the server's
 * `nextMeetingDue` (from its last sync) is the answer.
 */
export function meetingDue(
  cadence: MeetingCadence,
  lastHeldOn: string | null,
  serverNext: string | null,
  today: string,
): MeetingDue {
  let due: string;
  try {
    due = lastHeldOn
      ? nextDueMeeting(cadence, coveredDate(cadence, lastHeldOn))
      : nextDueMeeting(cadence, addDays(cadence.formedOn, -1));
  } catch {
    if (!serverNext) return { state: 'unknown', due: null, missed: 0 };
    return { state: serverNext === today ? 'today' : 'upcoming', due: serverNext, missed: 0 };
  }
  if (due > today) return { state: 'upcoming', due, missed: 0 };
  if (due === today) return { state: 'today', due, missed: 0 };
  return { state: 'overdue', due, missed: dueMeetingDates(cadence, due, addDays(today, -1)).length };
}

const stateRank: Record<MeetingState, number> = { today: 0, overdue: 1, upcoming: 2, unknown: 3 };

export interface Scheduled {
  name: string;
  due: MeetingDue;
}

/** Today's meetings first, then the overdue ones, then the rest by date; names break ties. */
export function byMeetingDue(a: Scheduled, b: Scheduled): number {
  return (
    stateRank[a.due.state] - stateRank[b.due.state] ||
    (a.due.due ?? '').localeCompare(b.due.due ?? '') ||
    a.name.localeCompare(b.name)
  );
}

/** Case-blind search in the group's name and area, blind to Latin accents too (Ségou, Segou). */
export function matchesSearch(text: string, ...fields: (string | null)[]): boolean {
  const fold = (s: string) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLocaleLowerCase();
  const needle = fold(text.trim());
  return needle === '' || fields.some((f) => f !== null && fold(f).includes(needle));
}
