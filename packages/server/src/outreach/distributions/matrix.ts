import { newId } from '@groundwork/core';
import { get, type OrgWorld, place, send, type Target, type World } from '../../access/matrix-fixture.ts';
import { todayIn } from '../../finance/today.ts';
import { asSystem } from '../../testing/harness.ts';
import type { MatrixPart } from '../matrix.ts';

interface Relief {
  kitId: string;
  pointId: string;
  distributionId: string;
}

const made = new WeakMap<World, Map<Target, Relief>>();
let serial = 0;

const today = (o: OrgWorld) => todayIn(o.org.timeZone);

/** A kit, a point in the target's area with plenty in stock, and a distribution running there; once per world. */
async function reliefOf(w: World, target: Target): Promise<Relief> {
  const byTarget = made.get(w) ?? new Map<Target, Relief>();
  made.set(w, byTarget);
  const found = byTarget.get(target);
  if (found) return found;
  const { o, area } = place(w, target);
  const relief = { kitId: newId(), pointId: newId(), distributionId: newId() };
  const day = today(o);
  const stock = (item: string, unit: string) => ({
    type: 'stock.receive',
    payload: { pointId: relief.pointId, item, unit, quantity: 1_000_000, movedOn: day },
  });
  await asSystem(w.t.database, o.org, [
    {
      type: 'kit.define',
      payload: {
        id: relief.kitId,
        name: `${o.family} kit`,
        items: [{ item: 'Rice', unit: 'kg', quantity: 5 }],
      },
    },
    {
      type: 'distribution_point.create',
      payload: { id: relief.pointId, name: `${o.family} hall`, areaId: area },
    },
    {
      type: 'distribution.create',
      payload: {
        id: relief.distributionId,
        name: `${o.family} rations`,
        kitId: relief.kitId,
        pointId: relief.pointId,
        startsOn: day,
        endsOn: day,
      },
    },
    stock('Rice', 'kg'),
  ]);
  byTarget.set(target, relief);
  return relief;
}

/** A person with consent in the target's village, who has received nothing yet. */
async function recipientOf(w: World, target: Target): Promise<string> {
  const { o, village } = place(w, target);
  const id = newId();
  await asSystem(w.t.database, o.org, [
    {
      type: 'person.create',
      payload: {
        id,
        givenName: `Recipient${++serial}`,
        familyName: o.family,
        sex: 'female',
        areaId: village,
        consent: { given: true, date: '2023-01-10' },
      },
    },
  ]);
  return id;
}

const everyoneReads = 'ok ok ok ok 403 ok 403';
const managersWrite = 'ok/ok/ref ok/ok/ref 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403';
const fieldWrite = 'ok/ok/404 ok/ok/404 ok/hide/404 ok/hide/404 403/403/hide 403/403/hide 403/403/hide';
const readOne = '200/200/404 200/200/404 200/404/404 200/404/404 403/403/hide 200/200/404 403/403/hide';

/** The access table's rows for relief distributions (see `access/matrix.test.ts` for the cells). */
export const distributionsMatrix: MatrixPart = {
  expected: {
    'POST /api/outreach/kits': 'ok ok 403 403 403 403 403',
    'GET /api/outreach/kits': everyoneReads,
    'POST /api/outreach/distribution-points': managersWrite,
    'GET /api/outreach/distribution-points': everyoneReads,
    'POST /api/outreach/distributions': managersWrite,
    'GET /api/outreach/distributions': everyoneReads,
    // the kit leaves the point's stock: workers of the point's area, for a person in their scope
    'POST /api/outreach/distributions/:id/receipts': fieldWrite,
    'POST /api/outreach/distribution-points/:id/stock/receive': fieldWrite,
    'POST /api/outreach/distribution-points/:id/stock/adjust': fieldWrite,
    'GET /api/outreach/distributions/:id': readOne,
    'GET /api/outreach/distributions/:id/recipients': readOne,
    'GET /api/outreach/distributions/:id/areas/:areaId/pending': readOne,
    'GET /api/outreach/stock': everyoneReads,
  },
  requests: {
    'POST /api/outreach/kits': () =>
      send('/api/outreach/kits', {
        name: `Kit ${++serial}`,
        items: [{ item: 'Dal', unit: 'kg', quantity: 1 }],
      }),
    'GET /api/outreach/kits': () => get('/api/outreach/kits'),
    'POST /api/outreach/distribution-points': (w, t) =>
      send('/api/outreach/distribution-points', { name: `Point ${++serial}`, areaId: place(w, t).area }),
    'GET /api/outreach/distribution-points': () => get('/api/outreach/distribution-points'),
    'POST /api/outreach/distributions': async (w, t) => {
      const r = await reliefOf(w, t);
      const day = today(place(w, t).o);
      return send('/api/outreach/distributions', {
        name: `Distribution ${++serial}`,
        kitId: r.kitId,
        pointId: r.pointId,
        startsOn: day,
        endsOn: day,
      });
    },
    'GET /api/outreach/distributions': () => get('/api/outreach/distributions'),
    'POST /api/outreach/distributions/:id/receipts': async (w, t) => {
      const r = await reliefOf(w, t);
      const personId = await recipientOf(w, t);
      return send(
        `/api/outreach/distributions/${r.distributionId}/receipts`,
        { personId, givenOn: today(place(w, t).o), proof: { kind: 'thumbprint' } },
        [personId],
      );
    },
    'POST /api/outreach/distribution-points/:id/stock/receive': async (w, t) =>
      send(`/api/outreach/distribution-points/${(await reliefOf(w, t)).pointId}/stock/receive`, {
        item: 'Oil',
        unit: 'l',
        quantity: 10,
        movedOn: today(place(w, t).o),
      }),
    'POST /api/outreach/distribution-points/:id/stock/adjust': async (w, t) =>
      send(`/api/outreach/distribution-points/${(await reliefOf(w, t)).pointId}/stock/adjust`, {
        item: 'Rice',
        unit: 'kg',
        quantity: -1,
        movedOn: today(place(w, t).o),
        reason: 'a torn sack',
      }),
    'GET /api/outreach/distributions/:id': async (w, t) =>
      get(`/api/outreach/distributions/${(await reliefOf(w, t)).distributionId}`),
    'GET /api/outreach/distributions/:id/recipients': async (w, t) =>
      get(`/api/outreach/distributions/${(await reliefOf(w, t)).distributionId}/recipients`),
    'GET /api/outreach/distributions/:id/areas/:areaId/pending': async (w, t) =>
      get(
        `/api/outreach/distributions/${(await reliefOf(w, t)).distributionId}/areas/${place(w, t).area}/pending`,
      ),
    'GET /api/outreach/stock': () => get('/api/outreach/stock'),
  },
};
