import { type DueCounts, taskKinds, type WorkerCounts } from '@groundwork/core';

/** One worker's counts as `GET /api/outreach/tasks/by-worker` answers them: the server's own type, from core. */
export type { WorkerCounts } from '@groundwork/core';

export interface WorkerRow extends DueCounts {
  userId: string;
  name: string;
  role: string;
  /** Overdue tasks of each kind, in the order of the kinds. */
  overdueByKind: number[];
}

export const workerRowOf = (w: WorkerCounts): WorkerRow => ({
  userId: w.userId,
  name: w.displayName?.trim() || w.username,
  role: w.role,
  overdue: w.totals.overdue,
  dueToday: w.totals.dueToday,
  overdueByKind: taskKinds.map((kind) => w.countsByKind[kind]?.overdue ?? 0),
});

export type WorkerSortKey = 'name' | 'overdue' | 'dueToday';
export interface WorkerSort {
  key: WorkerSortKey;
  descending: boolean;
}

/** The most overdue first: the coordinator's first question is who is falling behind. */
export const defaultWorkerSort: WorkerSort = { key: 'overdue', descending: true };

/**
 * The rows in the order asked for; ties fall back to the most overdue, then the name, so that the order
 * never depends on how the server listed them.
 */
export function sortWorkers(rows: readonly WorkerRow[], sort: WorkerSort, locale?: string): WorkerRow[] {
  const byName = (a: WorkerRow, b: WorkerRow) =>
    a.name.localeCompare(b.name, locale) || (a.userId < b.userId ? -1 : 1);
  const primary = (a: WorkerRow, b: WorkerRow) =>
    sort.key === 'name' ? byName(a, b) : a[sort.key] - b[sort.key];
  return [...rows].sort((a, b) => {
    const first = primary(a, b);
    if (first !== 0) return sort.descending ? -first : first;
    return b.overdue - a.overdue || b.dueToday - a.dueToday || byName(a, b);
  });
}

/** A click on a column: the same column turns its order round; another starts with its most telling end. */
export function nextSort(current: WorkerSort, key: WorkerSortKey): WorkerSort {
  if (current.key === key) return { key, descending: !current.descending };
  return { key, descending: key !== 'name' };
}

export function workerTotals(rows: readonly WorkerRow[]): DueCounts {
  return rows.reduce(
    (sum, r) => ({ overdue: sum.overdue + r.overdue, dueToday: sum.dueToday + r.dueToday }),
    {
      overdue: 0,
      dueToday: 0,
    },
  );
}
