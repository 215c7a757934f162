import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.ts';
import { testDatabaseKinds } from '../db/testing.ts';
import { todayIn } from '../finance/today.ts';
import { call, login, startTestApp, type TestApp } from '../testing/harness.ts';
import { demoPassword, loadDemo } from './load.ts';
import { addDays } from './random.ts';

async function solapurId(database: Database): Promise<string> {
  const org = await database.db
    .selectFrom('organisations')
    .select('id')
    .where('slug', '=', 'solapur')
    .executeTakeFirstOrThrow();
  return org.id;
}

/** The outreach records of the demo, without the ids the server makes. */
async function outreachFingerprint(database: Database) {
  const { db } = database;
  const org = await solapurId(database);
  return {
    doses: await db
      .selectFrom('doses')
      .select(['id', 'person_id', 'vaccine_id', 'dose_number', 'given_on', 'drive_id', 'site', 'lot_number'])
      .where('org_id', '=', org)
      .orderBy('id')
      .execute(),
    visits: await db
      .selectFrom('hesitancy_visits')
      .select(['person_id', 'visited_on', 'reasons', 'outcome', 'next_visit_on'])
      .where('org_id', '=', org)
      .orderBy('person_id')
      .orderBy('visited_on')
      .execute(),
    homeVisits: await db
      .selectFrom('home_visits')
      .select(['id', 'person_id', 'plan_id', 'visited_on', 'weight_grams'])
      .where('org_id', '=', org)
      .orderBy('id')
      .execute(),
    pregnancies: await db
      .selectFrom('pregnancies')
      .select(['id', 'person_id', 'registered_on', 'delivered_on', 'delivery_place'])
      .where('org_id', '=', org)
      .orderBy('id')
      .execute(),
  };
}

describe.each(testDatabaseKinds())('outreach demo data on $name', (kind) => {
  let t: TestApp;
  let org: string;
  let today: string;
  let closed = false;

  beforeAll(async () => {
    t = await startTestApp(kind);
    await loadDemo(t.database);
    org = await solapurId(t.database);
    today = todayIn('Asia/Kolkata');
  }, 300_000);
  afterAll(async () => {
    if (!closed) await t?.close();
  });

  it('gives Solapur a vaccine catalogue and a drive running today', async () => {
    const { db } = t.database;
    const vaccines = await db
      .selectFrom('vaccines')
      .select(['code', 'doses_in_series'])
      .where('org_id', '=', org)
      .orderBy('code')
      .execute();
    expect(vaccines).toEqual([
      { code: 'COVID19-CVS', doses_in_series: 2 },
      { code: 'MR', doses_in_series: 2 },
    ]);
    const drives = await db
      .selectFrom('drives')
      .select(['starts_on', 'ends_on'])
      .where('org_id', '=', org)
      .execute();
    expect(drives).toHaveLength(1);
    expect(drives[0]!.starts_on <= today && today <= drives[0]!.ends_on).toBe(true);
  });

  it('records doses with second doses done, due and overdue', async () => {
    const { db } = t.database;
    const doses = await db
      .selectFrom('doses')
      .innerJoin('vaccines', (j) =>
        j.onRef('vaccines.org_id', '=', 'doses.org_id').onRef('vaccines.id', '=', 'doses.vaccine_id'),
      )
      .select(['doses.person_id', 'doses.dose_number', 'doses.given_on', 'doses.drive_id'])
      .where('doses.org_id', '=', org)
      .where('vaccines.code', '=', 'COVID19-CVS')
      .execute();
    const second = new Set(doses.filter((d) => d.dose_number === 2).map((d) => d.person_id));
    const waiting = doses.filter((d) => d.dose_number === 1 && !second.has(d.person_id));
    const dueOn = (d: { given_on: string }) => addDays(d.given_on, 28);
    expect(second.size).toBeGreaterThanOrEqual(15);
    expect(waiting.filter((d) => dueOn(d) < today).length).toBeGreaterThanOrEqual(5);
    expect(waiting.filter((d) => dueOn(d) >= today).length).toBeGreaterThanOrEqual(5);
    expect(doses.some((d) => d.drive_id !== null)).toBe(true);
  });

  it('records hesitancy visits with reasons, child and pregnancy plans with visits, deliveries and a distribution', async () => {
    const { db } = t.database;
    const count = async (table: 'hesitancy_visits' | 'home_visits' | 'distribution_receipts') => {
      const row = await db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .where('org_id', '=', org)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    };
    expect(await count('hesitancy_visits')).toBeGreaterThanOrEqual(10);
    const reasons = await db
      .selectFrom('hesitancy_visits')
      .select('reasons')
      .where('org_id', '=', org)
      .execute();
    expect(new Set(reasons.flatMap((r) => JSON.parse(r.reasons) as string[])).size).toBeGreaterThanOrEqual(5);
    const plans = await db.selectFrom('follow_up_plans').select('kind').where('org_id', '=', org).execute();
    expect(new Set(plans.map((p) => p.kind))).toEqual(new Set(['child_under_five', 'pregnancy']));
    expect(await count('home_visits')).toBeGreaterThanOrEqual(30);
    const deliveries = await db
      .selectFrom('pregnancies')
      .select('delivery_place')
      .where('org_id', '=', org)
      .where('delivered_on', 'is not', null)
      .execute();
    expect(deliveries.length).toBeGreaterThanOrEqual(3);
    expect(deliveries.some((d) => d.delivery_place === 'health_facility')).toBe(true);
    expect(await count('distribution_receipts')).toBeGreaterThanOrEqual(20);
  });

  it('lets the health worker sign in and export her ward’s register', async () => {
    const token = await login(t.app, 'health_worker@solapur', demoPassword);
    const res = await call(t.app, { method: 'GET', url: '/api/outreach/exports/register.csv', token });
    expect(res.statusCode).toBe(200);
    expect(res.body.split('\n').length).toBeGreaterThan(100);
    expect(res.body).toContain('Covishield');
  });

  it('shows the network its partners’ outreach, and DHIS2 this month’s values', async () => {
    const network = await login(t.app, 'network_viewer@nashik', demoPassword);
    const res = await call(t.app, {
      method: 'GET',
      url: `/api/network/outreach?from=${addDays(today, -365)}&to=${today}`,
      token: network,
    });
    const partner = res.json().networks[0].organisations.find((o: { slug: string }) => o.slug === 'solapur');
    expect(partner.peopleWithDose).toMatchObject({ suppressed: false });
    expect(partner.peopleWithDose.value).toBeGreaterThanOrEqual(40);
    const coordinator = await login(t.app, 'coordinator@solapur', demoPassword);
    const month = today.slice(0, 7).replace('-', '');
    const dhis2 = await call(t.app, {
      method: 'GET',
      url: `/api/outreach/exports/dhis2?period=${month}`,
      token: coordinator,
    });
    expect(dhis2.statusCode).toBe(200);
    expect(dhis2.json()).toMatchObject({ dataSet: 'SlrOutreach', period: month });
  });

  // Last, because it closes the shared database first, as the demo's own test does.
  it('writes the same outreach records on every load of the day', async () => {
    const first = await outreachFingerprint(t.database);
    await t.close();
    closed = true;
    const again = await kind.open();
    try {
      await loadDemo(again);
      expect(await outreachFingerprint(again)).toEqual(first);
    } finally {
      await again.close();
    }
  }, 300_000);
});
