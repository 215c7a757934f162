import { taskKinds } from '@groundwork/core';
import { describe, expect, it } from 'vitest';
import {
  defaultWorkerSort,
  nextSort,
  sortWorkers,
  type WorkerCounts,
  workerRowOf,
  workerTotals,
} from './workers.ts';

const worker = (userId: string, name: string | null, overdue: number, dueToday: number): WorkerCounts => ({
  userId,
  username: `${userId}@org`,
  displayName: name,
  role: 'field_worker',
  countsByKind: {
    ...(Object.fromEntries(
      taskKinds.map((k) => [k, { overdue: 0, dueToday: 0 }]),
    ) as WorkerCounts['countsByKind']),
    dose: { overdue, dueToday },
  },
  totals: { overdue, dueToday },
});

const rows = [
  worker('u1', 'Asha', 2, 5),
  worker('u2', 'Kavita', 7, 0),
  worker('u3', null, 2, 9),
  worker('u4', 'Bina', 0, 1),
].map(workerRowOf);

describe('tasks per worker', () => {
  it('names a worker by her display name, else her username, with her overdue tasks by kind', () => {
    expect(rows.map((r) => r.name)).toEqual(['Asha', 'Kavita', 'u3@org', 'Bina']);
    expect(rows[1]?.overdueByKind).toEqual([7, 0, 0, 0]);
  });

  it('puts the most overdue first, ties by what is due today, then by name', () => {
    expect(sortWorkers(rows, defaultWorkerSort).map((r) => r.userId)).toEqual(['u2', 'u3', 'u1', 'u4']);
  });

  it('turns the order round on a second click, and sorts by name from A', () => {
    const ascending = nextSort(defaultWorkerSort, 'overdue');
    expect(ascending).toEqual({ key: 'overdue', descending: false });
    expect(sortWorkers(rows, ascending).map((r) => r.userId)).toEqual(['u4', 'u3', 'u1', 'u2']);
    const byName = nextSort(ascending, 'name');
    expect(byName).toEqual({ key: 'name', descending: false });
    expect(sortWorkers(rows, byName).map((r) => r.name)).toEqual(['Asha', 'Bina', 'Kavita', 'u3@org']);
    expect(nextSort(byName, 'dueToday')).toEqual({ key: 'dueToday', descending: true });
  });

  it('leaves the rows it was given as they were', () => {
    const before = rows.map((r) => r.userId);
    sortWorkers(rows, defaultWorkerSort);
    expect(rows.map((r) => r.userId)).toEqual(before);
  });

  it('adds up the whole team', () => {
    expect(workerTotals(rows)).toEqual({ overdue: 11, dueToday: 15 });
    expect(workerTotals([])).toEqual({ overdue: 0, dueToday: 0 });
  });
});
