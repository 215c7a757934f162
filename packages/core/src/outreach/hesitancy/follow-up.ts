import type { Task } from '../tasks/task.ts';
import type { HesitancyOutcome } from './schemas.ts';

/** What the follow-up rule needs of a visit. */
export interface FollowUpVisit {
  id: string;
  visitedOn: string;
  outcome: HesitancyOutcome;
  nextVisitOn: string | null;
}

/** Why a person left the list: a dose recorded here, her word that she was vaccinated elsewhere, or refusals. */
export type FollowUpEnd = 'vaccinated' | 'vaccinated_elsewhere' | 'refused';

export interface FollowUpState {
  onList: boolean;
  ended: FollowUpEnd | null;
  visits: number;
  refusals: number;
  /** The latest visit by date (visits recorded offline may arrive out of order). */
  last: FollowUpVisit | null;
}

/** Oldest first; visits of the same day in the order they were made (ids are UUIDv7, sortable by time). */
export function inVisitOrder<V extends Pick<FollowUpVisit, 'id' | 'visitedOn'>>(visits: readonly V[]): V[] {
  return [...visits].sort((a, b) =>
    a.visitedOn === b.visitedOn ? (a.id < b.id ? -1 : 1) : a.visitedOn < b.visitedOn ? -1 : 1,
  );
}

/**
 * A person is on the follow-up list for a vaccine from her first hesitancy visit until she is vaccinated
 * (a dose of it that is not voided, or a visit that found her vaccinated elsewhere) or has refused
 * `maxRefusals` times. The count is read from the visits each time, so changing the setting moves
 * people on or off the list at once.
 */
export function followUpState(
  visits: readonly FollowUpVisit[],
  vaccinated: boolean,
  maxRefusals: number,
): FollowUpState {
  const ordered = inVisitOrder(visits);
  const refusals = ordered.filter((v) => v.outcome === 'refused').length;
  const last = ordered.at(-1) ?? null;
  let ended: FollowUpEnd | null = null;
  if (vaccinated) ended = 'vaccinated';
  else if (ordered.some((v) => v.outcome === 'vaccinated_elsewhere')) ended = 'vaccinated_elsewhere';
  else if (refusals >= maxRefusals) ended = 'refused';
  return { onList: last !== null && ended === null, ended, visits: ordered.length, refusals, last };
}

/** Whether a new visit with this outcome ends the follow-up, so that it needs no next visit date. */
export function closesFollowUp(
  outcome: HesitancyOutcome,
  earlierRefusals: number,
  maxRefusals: number,
): boolean {
  if (outcome === 'vaccinated_elsewhere') return true;
  return outcome === 'refused' && earlierRefusals + 1 >= maxRefusals;
}

export interface FollowUpSubject {
  personId: string;
  vaccineId: string;
  visits: readonly FollowUpVisit[];
  vaccinated: boolean;
  maxRefusals: number;
}

/**
 * The next hesitancy visit a worker owes a person, or null when she is not on the list. It is due on the
 * date the last visit set; when that visit set none (it was a last refusal, and the organisation has since
 * allowed more) it is due at once, from the day of that visit. `visitNumber` is the number the coming visit
 * will have: 2 after the first.
 */
export function hesitancyFollowUpTask(subject: FollowUpSubject): Task | null {
  const state = followUpState(subject.visits, subject.vaccinated, subject.maxRefusals);
  if (!state.onList || !state.last) return null;
  return {
    kind: 'hesitancy_follow_up',
    personId: subject.personId,
    dueOn: state.last.nextVisitOn ?? state.last.visitedOn,
    refId: subject.vaccineId,
    detail: { visitNumber: state.visits + 1 },
  };
}
