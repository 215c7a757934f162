import { addDays } from '../../shared/calendar.ts';
import { type Task, type TaskKind, taskKinds, taskStatus } from './task.ts';

/** How many of one kind fall in each part of the list. */
export interface AgendaCounts {
  overdue: number;
  dueToday: number;
  upcoming: number;
}

/**
 * A worker's list as she reads it in the morning: what she is late with (oldest first, since the longest
 * wait is the most urgent), what is due today (a visit whose window is open counts as due on each of its
 * days), and what comes in the next days (soonest first). Tasks due further ahead are left out: they would
 * bury today's work.
 */
export interface TaskAgenda<T extends Task = Task> {
  today: string;
  /** The last day counted as upcoming. */
  upcomingUntil: string;
  overdue: T[];
  dueToday: T[];
  upcoming: T[];
  countsByKind: Record<TaskKind, AgendaCounts>;
  totals: AgendaCounts;
}

export const defaultUpcomingDays = 7;
export const maxUpcomingDays = 90;

const kindOrder = new Map<TaskKind, number>(taskKinds.map((kind, i) => [kind, i]));

/** By date, then in the order of the kinds, then by person and record, so the list never reshuffles. */
export function compareTasks(a: Task, b: Task): number {
  if (a.dueOn !== b.dueOn) return a.dueOn < b.dueOn ? -1 : 1;
  const kind = (kindOrder.get(a.kind) ?? 0) - (kindOrder.get(b.kind) ?? 0);
  if (kind !== 0) return kind;
  if (a.personId !== b.personId) return a.personId < b.personId ? -1 : 1;
  if (a.refId !== b.refId) return a.refId < b.refId ? -1 : 1;
  return 0;
}

export const emptyCounts = (): AgendaCounts => ({ overdue: 0, dueToday: 0, upcoming: 0 });

export function countsByKind(): Record<TaskKind, AgendaCounts> {
  return Object.fromEntries(taskKinds.map((kind) => [kind, emptyCounts()])) as Record<TaskKind, AgendaCounts>;
}

/**
 * Sorts and groups a worker's tasks by `taskStatus`: overdue, due today, and upcoming within
 * `upcomingDays` after today; with counts per kind and in all.
 */
export function taskAgenda<T extends Task>(
  tasks: readonly T[],
  today: string,
  upcomingDays: number = defaultUpcomingDays,
): TaskAgenda<T> {
  const upcomingUntil = addDays(today, Math.max(0, Math.floor(upcomingDays)));
  const agenda: TaskAgenda<T> = {
    today,
    upcomingUntil,
    overdue: [],
    dueToday: [],
    upcoming: [],
    countsByKind: countsByKind(),
    totals: emptyCounts(),
  };
  for (const task of [...tasks].sort(compareTasks)) {
    const status = taskStatus(task, today);
    const part: keyof AgendaCounts | null =
      status === 'overdue'
        ? 'overdue'
        : status === 'due'
          ? 'dueToday'
          : task.dueOn <= upcomingUntil
            ? 'upcoming'
            : null;
    if (part === null) continue;
    agenda[part].push(task);
    agenda.countsByKind[task.kind][part] += 1;
    agenda.totals[part] += 1;
  }
  return agenda;
}
