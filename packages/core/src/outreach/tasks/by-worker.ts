import type { AgendaCounts } from './agenda.ts';
import type { TaskKind } from './task.ts';

/** What is overdue and due today: upcoming work is left out of a coordinator's comparison. */
export type DueCounts = Omit<AgendaCounts, 'upcoming'>;

/** One worker's counts in her own scope. */
export interface WorkerCounts {
  userId: string;
  username: string;
  displayName: string | null;
  role: 'field_worker' | 'health_worker';
  countsByKind: Record<TaskKind, DueCounts>;
  totals: DueCounts;
}

/** `GET /api/outreach/tasks/by-worker`. */
export interface TasksByWorker {
  date: string;
  workers: WorkerCounts[];
}
