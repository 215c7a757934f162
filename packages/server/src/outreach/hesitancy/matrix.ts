import { get, place, send, type Target, type World } from '../../access/matrix-fixture.ts';
import type { MatrixPart } from '../matrix.ts';
import { makeVaccine } from './testing.ts';

const vaccines = new WeakMap<World, Map<'a' | 'b', string>>();

/** A vaccine of the target's organisation, made once per world. */
export async function vaccineOf(w: World, target: Target): Promise<string> {
  const made = vaccines.get(w) ?? new Map<'a' | 'b', string>();
  vaccines.set(w, made);
  const org = target === 'b' ? 'b' : 'a';
  const found = made.get(org);
  if (found) return found;
  const id = await makeVaccine(w.t.database, w[org].org, `Matrix vaccine ${org}`);
  made.set(org, id);
  return id;
}

const report = (url: string) => (w: World, t: Target) => get(`${url}?areaId=${place(w, t).area}`);

/** The access table's rows for the hesitancy follow-up (see `access/matrix.test.ts` for the cells). */
export const hesitancyMatrix: MatrixPart = {
  expected: {
    // recording needs outreach.write; a worker records only for the people of her areas
    'POST /api/outreach/hesitancy/visits':
      'ok/ok/ref ok/ok/ref ok/hide/ref ok/hide/ref 403/403/403 403/403/403 403/403/403',
    'GET /api/outreach/hesitancy/visits':
      '200/200/404 200/200/404 200/404/404 200/404/404 403/403/hide 200/200/404 403/403/hide',
    'GET /api/outreach/hesitancy/follow-ups':
      '200/200/404 200/200/404 200/404/404 200/404/404 403/403/hide 200/200/404 403/403/hide',
    'GET /api/outreach/hesitancy/funnel':
      '200/200/404 200/200/404 200/404/404 200/404/404 403/403/hide 200/200/404 403/403/hide',
    'GET /api/outreach/hesitancy/reasons':
      '200/200/404 200/200/404 200/404/404 200/404/404 403/403/hide 200/200/404 403/403/hide',
    'GET /api/outreach/settings': 'ok ok ok ok 403 ok 403',
    // the number of refusals is the organisation's policy: coordinators and admins set it
    'PUT /api/outreach/settings': 'ok ok 403 403 403 403 403',
  },
  requests: {
    'POST /api/outreach/hesitancy/visits': async (w, t) =>
      send('/api/outreach/hesitancy/visits', {
        personId: place(w, t).person,
        vaccineId: await vaccineOf(w, t),
        visitedOn: '2024-03-04',
        reasons: ['rumours'],
        counselling: { messages: ['safety'] },
        outcome: 'will_think',
        nextVisitOn: '2024-03-11',
      }),
    'GET /api/outreach/hesitancy/visits': (w, t) =>
      get(`/api/outreach/hesitancy/visits?personId=${place(w, t).person}`),
    'GET /api/outreach/hesitancy/follow-ups': report('/api/outreach/hesitancy/follow-ups'),
    'GET /api/outreach/hesitancy/funnel': report('/api/outreach/hesitancy/funnel'),
    'GET /api/outreach/hesitancy/reasons': report('/api/outreach/hesitancy/reasons'),
    'GET /api/outreach/settings': () => get('/api/outreach/settings'),
    'PUT /api/outreach/settings': () => send('/api/outreach/settings', { maxRefusals: 3 }),
  },
};
