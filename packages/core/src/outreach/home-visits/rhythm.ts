import { addDays, earliest, firstOfMonth, lastDayOfMonth } from '../../shared/calendar.ts';
import type { Task, TaskStatus } from '../tasks/task.ts';

/**
 * The visit rhythm of a follow-up plan, in calendar windows:
 *
 * - `child_under_five`, twice a month: each calendar month has two halves, the 1st–15th and the
 *   16th–last day. One visit is expected in each half.
 * - `pregnancy`, monthly: one visit is expected in each calendar month.
 *
 * A window is due from its first day and overdue once it has passed (the day after its last day) without
 * a visit. The plan's first window opens on the day the plan starts, and its last closes on the plan's
 * last day, so a plan started on 10 March expects a visit between 10 and 15 March. Any visit of the
 * plan within a window meets it; a second visit in the same window does not meet the next one.
 */
export const followUpPlanKinds = ['child_under_five', 'pregnancy'] as const;
export type FollowUpPlanKind = (typeof followUpPlanKinds)[number];

export interface PlanSchedule {
  id: string;
  personId: string;
  kind: FollowUpPlanKind;
  startsOn: string;
  /** The last day the plan runs by its own rule (a child's last day under five); null when open-ended. */
  endsOn: string | null;
  /** The day someone, or a delivery or closure, ended it; it is the plan's last day. */
  endedOn: string | null;
}

export interface VisitWindow {
  from: string;
  to: string;
}

export type VisitWindowState = 'visited' | 'due' | 'overdue';

export interface PlanWindow extends VisitWindow {
  /** The first visit of the plan within the window, if any. */
  visitedOn: string | null;
  state: VisitWindowState;
}

/** The plan's last day of follow-up, or null while it has none. */
export function planLastDay(plan: Pick<PlanSchedule, 'endsOn' | 'endedOn'>): string | null {
  if (plan.endsOn === null) return plan.endedOn;
  return earliest(plan.endsOn, plan.endedOn);
}

/** The calendar window of the rhythm that holds a date, whole (not cut to a plan). */
export function windowAround(kind: FollowUpPlanKind, date: string): VisitWindow {
  const first = firstOfMonth(date);
  const last = lastDayOfMonth(date);
  if (kind === 'pregnancy') return { from: first, to: last };
  const sixteenth = `${date.slice(0, 7)}-16`;
  return date < sixteenth ? { from: first, to: `${date.slice(0, 7)}-15` } : { from: sixteenth, to: last };
}

const clip = (window: VisitWindow, startsOn: string, lastDay: string | null): VisitWindow => ({
  from: window.from < startsOn ? startsOn : window.from,
  to: lastDay !== null && lastDay < window.to ? lastDay : window.to,
});

/**
 * Every window of the plan that has opened by `asOf`, oldest first, with the visit that met it or
 * whether it is still due or already overdue. `visitDates` are the plan's visits (any order).
 */
export function planWindows(plan: PlanSchedule, visitDates: readonly string[], asOf: string): PlanWindow[] {
  const lastDay = planLastDay(plan);
  const until = lastDay !== null && lastDay < asOf ? lastDay : asOf;
  const visits = visitDates.filter((d) => d <= asOf).sort();
  const windows: PlanWindow[] = [];
  let whole = windowAround(plan.kind, plan.startsOn);
  while (whole.from <= until) {
    const window = clip(whole, plan.startsOn, lastDay);
    const visitedOn = visits.find((d) => d >= window.from && d <= window.to) ?? null;
    const state: VisitWindowState = visitedOn ? 'visited' : window.to < asOf ? 'overdue' : 'due';
    windows.push({ ...window, visitedOn, state });
    whole = windowAround(plan.kind, addDays(whole.to, 1));
  }
  return windows;
}

/** The windows of a plan still owed a visit on `asOf`: the open one and those missed. */
export function dueVisits(plan: PlanSchedule, visitDates: readonly string[], asOf: string): PlanWindow[] {
  return planWindows(plan, visitDates, asOf).filter((w) => w.state !== 'visited');
}

/**
 * The plan's next visit as a task: the first window after the last one that had a visit (or its first
 * window, before any visit). Windows missed before a later visit are history, not work: one visit owed
 * is one task, and `detail.missedWindows` says how many windows have passed without it. Null once the
 * plan has ended or its next window would open after its last day. The task is due on the window's
 * first day and overdue only after `detail.windowEndsOn` (see `homeVisitStatus`).
 */
export function nextHomeVisitTask(
  plan: PlanSchedule,
  visitDates: readonly string[],
  today: string,
): Task | null {
  const lastDay = planLastDay(plan);
  if (lastDay !== null && lastDay < today) return null;
  const inPlan = visitDates.filter((d) => d <= today && d >= plan.startsOn && (!lastDay || d <= lastDay));
  const latest = inPlan.sort().at(-1);
  const whole = latest
    ? windowAround(plan.kind, addDays(windowAround(plan.kind, latest).to, 1))
    : windowAround(plan.kind, plan.startsOn);
  const window = clip(whole, plan.startsOn, lastDay);
  if (lastDay !== null && window.from > lastDay) return null;
  let missedWindows = 0;
  for (let w = whole; w.to < today; w = windowAround(plan.kind, addDays(w.to, 1))) missedWindows += 1;
  return {
    kind: 'home_visit',
    personId: plan.personId,
    dueOn: window.from,
    refId: plan.id,
    detail: { planKind: plan.kind, windowEndsOn: window.to, missedWindows },
  };
}

/** A visit window's standing on a day: upcoming before it opens, due while open, overdue once passed. */
export function visitWindowStatus(
  window: { dueOn: string; windowEndsOn: string },
  today: string,
): TaskStatus {
  if (today < window.dueOn) return 'upcoming';
  return today > window.windowEndsOn ? 'overdue' : 'due';
}

/** The standing of a task from `nextHomeVisitTask` (or a postnatal one), by its window rather than its first day. */
export function homeVisitStatus(task: Pick<Task, 'dueOn' | 'detail'>, today: string): TaskStatus {
  const windowEndsOn = String(task.detail?.windowEndsOn ?? task.dueOn);
  return visitWindowStatus({ dueOn: task.dueOn, windowEndsOn }, today);
}
