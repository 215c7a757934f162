import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../db/testing.ts';
import { call, startTestApp, type TestApp } from '../../testing/harness.ts';
import { get, makeWorld, post, type World } from '../home-visits/testing.ts';

interface Counts {
  deliveries: number;
  facility: number;
  home: number;
  other: number;
  facilityShareBps: number | null;
}
interface Report {
  byArea: (Counts & { areaId: string | null; areaName: string | null; month: string })[];
  byMonth: (Counts & { month: string })[];
  total: Counts;
}

const period = 'from=2026-01-01&to=2026-03-31';

describe.each(testDatabaseKinds())('the facility-delivery indicator on $name', (kind) => {
  let t: TestApp;
  let w: World;
  let other: World;

  /** A woman registered in October 2025 whose pregnancy ended as given. */
  async function delivery(world: World, areaId: string | null, deliveredOn: string, place: string) {
    const woman = await world.person({ areaId });
    const registered = await post(t, world.coordinator, '/api/outreach/pregnancies', {
      personId: woman,
      registeredOn: '2025-10-01',
      expectedDeliveryOn: '2026-03-01',
    });
    const id = String(registered.body.id);
    const body =
      place === 'closed'
        ? { closedOn: deliveredOn, reason: 'miscarriage' }
        : {
            deliveredOn,
            place,
            outcome: 'live_birth',
            ...(place === 'health_facility' ? { facilityName: 'PHC' } : {}),
          };
    const done = await post(
      t,
      world.coordinator,
      `/api/outreach/pregnancies/${id}/${place === 'closed' ? 'close' : 'delivery'}`,
      body,
    );
    expect(done.status).toBe(201);
  }

  const report = async (token: string, query: string) => {
    const res = await get(t, token, `/api/outreach/deliveries?${query}`);
    return { status: res.status, body: res.body as unknown as Report & { code?: string } };
  };

  beforeAll(async () => {
    t = await startTestApp(kind);
    w = await makeWorld(t, 'dl');
    other = await makeWorld(t, 'dl-other');
    await delivery(w, w.slumA1, '2026-01-05', 'health_facility');
    await delivery(w, w.slumA1, '2026-01-20', 'health_facility');
    await delivery(w, w.slumA1, '2026-01-28', 'home');
    await delivery(w, w.wardA, '2026-01-10', 'other');
    await delivery(w, w.wardA, '2026-03-03', 'health_facility');
    await delivery(w, w.wardB, '2026-01-15', 'health_facility');
    await delivery(w, w.wardB, '2026-03-20', 'home');
    await delivery(w, null, '2026-03-09', 'home');
    await delivery(w, w.slumA1, '2025-12-31', 'health_facility');
    await delivery(w, w.slumA1, '2026-01-12', 'closed');
    await delivery(other, other.wardA, '2026-01-07', 'health_facility');
  });
  afterAll(() => t.close());

  it('counts a hand-made set per month and area, shares in basis points', async () => {
    const { status, body } = await report(w.coordinator, period);
    expect(status).toBe(200);
    expect(body.byMonth).toEqual([
      { month: '2026-01', deliveries: 5, facility: 3, home: 1, other: 1, facilityShareBps: 6000 },
      { month: '2026-02', deliveries: 0, facility: 0, home: 0, other: 0, facilityShareBps: null },
      { month: '2026-03', deliveries: 3, facility: 1, home: 2, other: 0, facilityShareBps: 3333 },
    ]);
    expect(body.total).toEqual({ deliveries: 8, facility: 4, home: 3, other: 1, facilityShareBps: 5000 });
    const slum = body.byArea.find((r) => r.areaId === w.slumA1 && r.month === '2026-01');
    expect(slum).toMatchObject({ areaName: 'Ambad dl', deliveries: 3, facility: 2, facilityShareBps: 6667 });
    expect(body.byArea.find((r) => r.areaId === null)).toMatchObject({
      month: '2026-03',
      deliveries: 1,
      home: 1,
    });
    expect(body.byArea).toHaveLength(6);
  });

  it('takes an area with the areas beneath it, and keeps a worker to her scope', async () => {
    const ward = await report(w.coordinator, `${period}&areaId=${w.wardA}`);
    expect(ward.body.total).toEqual({
      deliveries: 5,
      facility: 3,
      home: 1,
      other: 1,
      facilityShareBps: 6000,
    });
    const mine = await report(w.worker, period);
    expect(mine.body.total).toEqual(ward.body.total);
    expect(mine.body.byArea.every((r) => r.areaId === w.wardA || r.areaId === w.slumA1)).toBe(true);
    expect((await report(w.worker, `${period}&areaId=${w.wardB}`)).status).toBe(404);
    expect((await report(other.coordinator, `${period}&areaId=${w.wardA}`)).status).toBe(404);
    const theirs = await report(other.coordinator, period);
    expect(theirs.body.total).toEqual({
      deliveries: 1,
      facility: 1,
      home: 0,
      other: 0,
      facilityShareBps: 10_000,
    });
  });

  it('answers CSV and HTML in the reader’s language', async () => {
    const csv = await call(t.app, {
      method: 'GET',
      url: `/api/outreach/deliveries?${period}&areaId=${w.wardA}&format=csv`,
      token: w.coordinator,
      headers: { 'accept-language': 'fr' },
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toContain('Part en formation sanitaire');
    expect(lines).toEqual([
      'Rubrique,Zone,Mois,Accouchements,En formation sanitaire,À domicile,Ailleurs,Part en formation sanitaire',
      '"Par mois, zones réunies",Satpur dl,2026-01,4,2,1,1,50',
      '"Par mois, zones réunies",Satpur dl,2026-02,0,0,0,0,',
      '"Par mois, zones réunies",Satpur dl,2026-03,1,1,0,0,100',
      '"Par mois, zones réunies",Satpur dl,Toute la période,5,3,1,1,60',
      'Par zone et par mois,Satpur dl,2026-01,1,0,0,1,0',
      'Par zone et par mois,Satpur dl,2026-03,1,1,0,0,100',
      'Par zone et par mois,Ambad dl,2026-01,3,2,1,0,66.67',
    ]);
    const html = await call(t.app, {
      method: 'GET',
      url: `/api/outreach/deliveries?${period}&format=html`,
      token: w.coordinator,
    });
    expect(html.headers['content-type']).toContain('text/html');
    expect(html.body).toContain('Deliveries in a health facility');
    expect(html.body).toContain('8 deliveries were recorded in the period.');
  });

  it('refuses a period that ends before it starts or runs past five years', async () => {
    expect(await report(w.coordinator, 'from=2026-03-01&to=2026-01-01')).toMatchObject({
      status: 422,
      body: { code: 'pregnancy.period_order' },
    });
    expect(await report(w.coordinator, 'from=2020-01-01&to=2026-01-01')).toMatchObject({
      status: 422,
      body: { code: 'pregnancy.period_too_long' },
    });
  });
});
