/**
 * Something a worker must do for a person by a date, derived from the records by the rules of each kind:
 * a next dose once its interval has passed, a hesitancy follow-up on the date the last visit set, a home
 * visit that a follow-up plan makes due, a postnatal visit after a delivery.
 */
export const taskKinds = ['dose', 'hesitancy_follow_up', 'home_visit', 'postnatal_visit'] as const;
export type TaskKind = (typeof taskKinds)[number];

export interface Task {
  kind: TaskKind;
  personId: string;
  /** The first day it may be done and is expected. */
  dueOn: string;
  /** The record it follows from: the vaccine for a dose, the plan for a home visit, the pregnancy for a postnatal visit. */
  refId: string;
  /** What the screen names: the dose number for a dose, the visit number for a follow-up, and the like. */
  detail?: Record<string, string | number>;
}

export type TaskStatus = 'upcoming' | 'due' | 'overdue';

/**
 * Due on its day, overdue the day after; dates are `YYYY-MM-DD`, so they compare as text. A task given a
 * window to be done in (a home or postnatal visit: `detail.windowEndsOn`) stays due until the window has
 * passed.
 */
export function taskStatus(task: Pick<Task, 'dueOn' | 'detail'>, today: string): TaskStatus {
  if (task.dueOn > today) return 'upcoming';
  const windowEndsOn = task.detail?.windowEndsOn;
  const lastDueDay =
    typeof windowEndsOn === 'string' && windowEndsOn > task.dueOn ? windowEndsOn : task.dueOn;
  return today > lastDueDay ? 'overdue' : 'due';
}
