import { newId } from '@groundwork/core';
import { get, place, send, type Target, type World } from '../../access/matrix-fixture.ts';
import { asSystem } from '../../testing/harness.ts';
import type { MatrixPart } from '../matrix.ts';

let made = 0;

/**
 * A vaccine of the target's organisation, new for each request, so that every role's dose 1 is valid
 * and only access decides the answer.
 */
async function freshVaccine(w: World, target: Target): Promise<string> {
  const { o } = place(w, target);
  const id = newId();
  await asSystem(w.t.database, o.org, [
    {
      type: 'vaccine.define',
      payload: { id, name: 'Matrix vaccine', code: `MTX-${++made}`, dosesInSeries: 2, minIntervalDays: 28 },
    },
  ]);
  return id;
}

/** A dose of the target's person, new for each request, for the void route. */
async function freshDose(w: World, target: Target): Promise<string> {
  const { o, person } = place(w, target);
  const vaccineId = await freshVaccine(w, target);
  const id = newId();
  await asSystem(w.t.database, o.org, [
    {
      type: 'vaccination.record',
      payload: { id, personId: person, vaccineId, doseNumber: 1, givenOn: '2024-03-04' },
    },
  ]);
  return id;
}

const ofArea = (url: string) => (w: World, t: Target) => get(`${url}?areaId=${place(w, t).area}`);

/** The access table's rows for vaccination (see `access/matrix.test.ts` for the cells). */
export const vaccinationMatrix: MatrixPart = {
  expected: {
    'GET /api/outreach/vaccines': 'ok ok ok ok 403 ok 403',
    // the catalogues are the coordinators' and admins'
    'POST /api/outreach/vaccines': 'ok ok 403 403 403 403 403',
    'GET /api/outreach/drives': 'ok ok ok ok 403 ok 403',
    'POST /api/outreach/drives':
      'ok/ok/ref ok/ok/ref 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403',
    // a worker records doses only for the people of her areas
    'POST /api/outreach/doses':
      'ok/ok/ref ok/ok/ref ok/hide/ref ok/hide/ref 403/403/403 403/403/403 403/403/403',
    'POST /api/outreach/doses/:id/void':
      'ok/ok/404 ok/ok/404 ok/hide/404 ok/hide/404 403/403/hide 403/403/hide 403/403/hide',
    'GET /api/people/:id/doses':
      '200/200/404 200/200/404 200/404/404 200/404/404 403/403/hide 200/200/404 403/403/hide',
    'GET /api/outreach/coverage':
      '200/200/404 200/200/404 200/404/404 200/404/404 403/403/hide 200/200/404 403/403/hide',
    'GET /api/outreach/exports/doses':
      '200/200/404 200/200/404 200/404/404 200/404/404 403/403/hide 200/200/404 403/403/hide',
    'GET /api/outreach/exports/fhir':
      '200/200/404 200/200/404 200/404/404 200/404/404 403/403/hide 200/200/404 403/403/hide',
  },
  requests: {
    'GET /api/outreach/vaccines': () => get('/api/outreach/vaccines'),
    'POST /api/outreach/vaccines': () =>
      send('/api/outreach/vaccines', {
        name: 'Matrix measles',
        code: `MTX-MR-${++made}`,
        dosesInSeries: 2,
        minIntervalDays: 28,
      }),
    'GET /api/outreach/drives': () => get('/api/outreach/drives'),
    'POST /api/outreach/drives': (w, t) =>
      send('/api/outreach/drives', {
        name: 'Matrix drive',
        startsOn: '2024-03-01',
        endsOn: '2024-03-31',
        sites: [{ name: 'School' }],
        target: { areaId: place(w, t).area, minAge: 18 },
      }),
    'POST /api/outreach/doses': async (w, t) => {
      const vaccineId = await freshVaccine(w, t);
      const body = { personId: place(w, t).person, vaccineId, doseNumber: 1, givenOn: '2024-03-04' };
      return send('/api/outreach/doses', body, t === 'b' ? [vaccineId] : undefined);
    },
    'POST /api/outreach/doses/:id/void': async (w, t) => {
      const doseId = await freshDose(w, t);
      return send(
        `/api/outreach/doses/${doseId}/void`,
        { reason: 'Matrix' },
        t === 'b' ? [doseId] : undefined,
      );
    },
    'GET /api/people/:id/doses': (w, t) => get(`/api/people/${place(w, t).person}/doses`),
    'GET /api/outreach/coverage': ofArea('/api/outreach/coverage'),
    'GET /api/outreach/exports/doses': ofArea('/api/outreach/exports/doses'),
    'GET /api/outreach/exports/fhir': ofArea('/api/outreach/exports/fhir'),
  },
};
