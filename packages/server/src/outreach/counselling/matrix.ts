import { newId } from '@groundwork/core';
import { get, place, send, type Target, type World } from '../../access/matrix-fixture.ts';
import { asSystem } from '../../testing/harness.ts';
import type { MatrixPart } from '../matrix.ts';

const sessions = new WeakMap<World, Map<Target, string>>();

const session = (personId: string) => ({
  kind: 'mental_health',
  mode: 'individual',
  personId,
  heldOn: '2024-03-04',
  durationMinutes: 30,
  notes: 'What she said stays with the health workers.',
});

/** A counselling session about the target's person, made once per world and target. */
async function sessionOf(w: World, target: Target): Promise<string> {
  const made = sessions.get(w) ?? new Map<Target, string>();
  sessions.set(w, made);
  const found = made.get(target);
  if (found) return found;
  const { o, person } = place(w, target);
  const id = newId();
  await asSystem(w.t.database, o.org, [{ type: 'counselling.record', payload: { id, ...session(person) } }]);
  made.set(target, id);
  return id;
}

/** The access table's rows for counselling sessions (see `access/matrix.test.ts` for the cells). */
export const counsellingMatrix: MatrixPart = {
  expected: {
    'POST /api/outreach/counselling':
      'ok/ok/ref ok/ok/ref ok/hide/ref ok/hide/ref 403/403/403 403/403/403 403/403/403',
    'GET /api/outreach/counselling': 'ok ok ok ok 403 ok 403',
    'GET /api/outreach/counselling/:id':
      '200/200/404 200/200/404 200/404/404 200/404/404 403/403/hide 200/200/404 403/403/hide',
    // what was said: health roles, and managers holding the sensitive-data grant
    'GET /api/outreach/counselling/:id/content':
      '200/200/404 403/403/404 403/403/404 200/404/404 403/403/hide 403/403/404 403/403/hide',
  },
  requests: {
    'POST /api/outreach/counselling': (w, t) =>
      send('/api/outreach/counselling', session(place(w, t).person)),
    'GET /api/outreach/counselling': () => get('/api/outreach/counselling'),
    'GET /api/outreach/counselling/:id': async (w, t) =>
      get(`/api/outreach/counselling/${await sessionOf(w, t)}`),
    'GET /api/outreach/counselling/:id/content': async (w, t) =>
      get(`/api/outreach/counselling/${await sessionOf(w, t)}/content`),
  },
};
