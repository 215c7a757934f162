import { newId } from '@groundwork/core';
import { get, place, send, type Target, type World } from '../../access/matrix-fixture.ts';
import { asSystem } from '../../testing/harness.ts';
import { consentingPersonAt, daysAgo } from '../home-visits/matrix.ts';
import type { MatrixPart } from '../matrix.ts';

interface Pregnant {
  personId: string;
  pregnancyId: string;
  /** Everything made for her, for the leak check of organisation B's answers. */
  made: string[];
}

/** A woman of the target's village with a current pregnancy, registered two months ago. */
async function pregnantAt(w: World, target: Target): Promise<Pregnant> {
  const personId = await consentingPersonAt(w, target);
  const pregnancyId = newId();
  const planId = newId();
  await asSystem(w.t.database, place(w, target).o.org, [
    {
      type: 'pregnancy.register',
      payload: {
        id: pregnancyId,
        planId,
        personId,
        registeredOn: daysAgo(60),
        expectedDeliveryOn: daysAgo(-140),
      },
    },
  ]);
  return { personId, pregnancyId, made: [personId, pregnancyId, planId] };
}

/** A woman whose pregnancy was delivered ten days ago: she is owed postnatal visits. */
async function deliveredAt(w: World, target: Target): Promise<Pregnant> {
  const pregnant = await pregnantAt(w, target);
  await asSystem(w.t.database, place(w, target).o.org, [
    {
      type: 'pregnancy.delivery',
      payload: {
        pregnancyId: pregnant.pregnancyId,
        deliveredOn: daysAgo(10),
        place: 'home',
        outcome: 'live_birth',
      },
    },
  ]);
  return pregnant;
}

/** One of each per world and target: contacts, postnatal visits and reads may come again and again. */
function oncePerWorld(make: (w: World, target: Target) => Promise<Pregnant>) {
  const made = new WeakMap<World, Map<Target, Promise<Pregnant>>>();
  return (w: World, target: Target): Promise<Pregnant> => {
    const mine = made.get(w) ?? new Map<Target, Promise<Pregnant>>();
    made.set(w, mine);
    const found = mine.get(target) ?? make(w, target);
    mine.set(target, found);
    return found;
  };
}

const currentOf = oncePerWorld(pregnantAt);
const deliveredOf = oncePerWorld(deliveredAt);

/** A request about one pregnancy, sent to the address of one of its events. */
const event =
  (path: string, pregnancy: (w: World, t: Target) => Promise<Pregnant>, body: () => object) =>
  async (w: World, t: Target) => {
    const { pregnancyId, made } = await pregnancy(w, t);
    return send(`/api/outreach/pregnancies/${pregnancyId}/${path}`, body(), made);
  };

/** The access table's rows for pregnancies (see `access/matrix.test.ts` for the cells). */
export const pregnanciesMatrix: MatrixPart = {
  expected: {
    // recording needs outreach.write, and a worker records only for the women of her areas
    'POST /api/outreach/pregnancies':
      'ok/ok/ref ok/ok/ref ok/hide/ref ok/hide/ref 403/403/403 403/403/403 403/403/403',
    'POST /api/outreach/pregnancies/:pregnancyId/antenatal-contacts':
      'ok/ok/404 ok/ok/404 ok/hide/404 ok/hide/404 403/403/403 403/403/403 403/403/403',
    'POST /api/outreach/pregnancies/:pregnancyId/delivery':
      'ok/ok/404 ok/ok/404 ok/hide/404 ok/hide/404 403/403/403 403/403/403 403/403/403',
    'POST /api/outreach/pregnancies/:pregnancyId/postnatal-visits':
      'ok/ok/404 ok/ok/404 ok/hide/404 ok/hide/404 403/403/403 403/403/403 403/403/403',
    'POST /api/outreach/pregnancies/:pregnancyId/close':
      'ok/ok/404 ok/ok/404 ok/hide/404 ok/hide/404 403/403/403 403/403/403 403/403/403',
    // a group leader does no health outreach, even for the members of her group
    'GET /api/outreach/pregnancies/:pregnancyId':
      '200/200/404 200/200/404 200/404/404 200/404/404 403/403/403 200/200/404 403/403/403',
    'GET /api/outreach/people/:personId/pregnancies':
      '200/200/404 200/200/404 200/404/404 200/404/404 403/403/hide 200/200/404 403/403/hide',
    'GET /api/outreach/deliveries':
      '200/200/404 200/200/404 200/404/404 200/404/404 403/403/403 200/200/404 403/403/403',
  },
  requests: {
    'POST /api/outreach/pregnancies': async (w, t) => {
      const personId = await consentingPersonAt(w, t);
      return send(
        '/api/outreach/pregnancies',
        { personId, registeredOn: daysAgo(30), expectedDeliveryOn: daysAgo(-200) },
        [personId],
      );
    },
    'POST /api/outreach/pregnancies/:pregnancyId/antenatal-contacts': event(
      'antenatal-contacts',
      currentOf,
      () => ({ contactOn: daysAgo(30), place: 'Sub-centre', notes: 'Blood pressure normal.' }),
    ),
    // a delivery and a closure end a pregnancy, so each request has one of its own
    'POST /api/outreach/pregnancies/:pregnancyId/delivery': event('delivery', pregnantAt, () => ({
      deliveredOn: daysAgo(5),
      place: 'health_facility',
      facilityName: 'Primary health centre',
      outcome: 'live_birth',
      babies: [{ sex: 'female', birthWeightGrams: 2_900 }],
    })),
    'POST /api/outreach/pregnancies/:pregnancyId/postnatal-visits': event(
      'postnatal-visits',
      deliveredOf,
      () => ({ visitedOn: daysAgo(3), notes: 'Mother and baby well.' }),
    ),
    'POST /api/outreach/pregnancies/:pregnancyId/close': event('close', pregnantAt, () => ({
      closedOn: daysAgo(5),
      reason: 'moved_away',
    })),
    'GET /api/outreach/pregnancies/:pregnancyId': async (w, t) => {
      const { pregnancyId, made } = await currentOf(w, t);
      return { url: `/api/outreach/pregnancies/${pregnancyId}`, made };
    },
    'GET /api/outreach/people/:personId/pregnancies': async (w, t) => {
      const { personId, made } = await deliveredOf(w, t);
      return { url: `/api/outreach/people/${personId}/pregnancies`, made };
    },
    'GET /api/outreach/deliveries': (w, t) =>
      get(`/api/outreach/deliveries?areaId=${place(w, t).area}&from=${daysAgo(90)}&to=${daysAgo(2)}`),
  },
};
