import { get, place } from '../../access/matrix-fixture.ts';
import type { MatrixPart } from '../matrix.ts';

/** The access table's rows for the task lists (see `access/matrix.test.ts` for the cells). */
export const tasksMatrix: MatrixPart = {
  expected: {
    // another worker's list: in = a field worker of block-in, out = an admin; only a reader of users
    // may ask for it, and a user of organisation B is no one she can name
    'GET /api/outreach/tasks':
      '200/200/404 200/200/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403',
    // every worker's counts: for those who manage the workers
    'GET /api/outreach/tasks/by-worker': 'ok ok 403 403 403 403 403',
  },
  requests: {
    'GET /api/outreach/tasks': (w, t) => get(`/api/outreach/tasks?userId=${place(w, t).user}`),
    'GET /api/outreach/tasks/by-worker': () => get('/api/outreach/tasks/by-worker'),
  },
};
