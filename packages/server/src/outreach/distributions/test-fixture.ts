import { addDays, addYears } from '@groundwork/core';
import { todayIn } from '../../finance/today.ts';
import type { Organisation } from '../../orgs/organisations.ts';
import { asSystem, call, login, makeOrg, makeUser, type TestApp } from '../../testing/harness.ts';

/** A day counted from today in the test organisation's time zone (Asia/Kolkata), as YYYY-MM-DD. */
export const dayFromToday = (days: number): string => addDays(todayIn('Asia/Kolkata'), days);

/** The same day `years` ago. */
export const yearsAgo = (years: number): string => addYears(dayFromToday(0), -years);

export interface OutreachFixture {
  org: Organisation;
  orgId: string;
  areaA: string;
  areaB: string;
  /** A ward beneath area A. */
  areaA1: string;
  coordinator: string;
  workerA: string;
  workerB: string;
  viewer: string;
  outsider: string;
  person(p: {
    givenName: string;
    areaId: string;
    consent?: boolean;
    birthDate?: string;
    sex?: string;
  }): Promise<string>;
}

/**
 * An organisation with two areas (A, with a ward beneath it, and B), a coordinator, a field worker in
 * each area, a viewer, and the coordinator of another organisation.
 */
export async function outreachFixture(t: TestApp, slug: string): Promise<OutreachFixture> {
  const org = await makeOrg(t.database, slug);
  const other = await makeOrg(t.database, `${slug}-other`);
  const [a, b] = await asSystem(t.database, org, [
    { type: 'area.create', payload: { name: 'Satpur', kind: 'ward' } },
    { type: 'area.create', payload: { name: 'Ambad', kind: 'ward' } },
  ]);
  const [a1] = await asSystem(t.database, org, [
    { type: 'area.create', payload: { name: 'Satpur lane 4', kind: 'lane', parentId: a!.id } },
  ]);
  await makeUser(t.database, org, `coord@${slug}`, 'coordinator');
  await makeUser(t.database, org, `worker-a@${slug}`, 'field_worker', { areaIds: [a!.id] });
  await makeUser(t.database, org, `worker-b@${slug}`, 'health_worker', { areaIds: [b!.id] });
  await makeUser(t.database, org, `viewer@${slug}`, 'viewer');
  await makeUser(t.database, other, `coord@${slug}-other`, 'coordinator');
  const coordinator = await login(t.app, `coord@${slug}`);
  return {
    org,
    orgId: org.id,
    areaA: a!.id,
    areaB: b!.id,
    areaA1: a1!.id,
    coordinator,
    workerA: await login(t.app, `worker-a@${slug}`),
    workerB: await login(t.app, `worker-b@${slug}`),
    viewer: await login(t.app, `viewer@${slug}`),
    outsider: await login(t.app, `coord@${slug}-other`),
    async person({ givenName, areaId, consent = true, birthDate, sex = 'female' }) {
      const res = await call(t.app, {
        method: 'POST',
        url: '/api/people',
        token: coordinator,
        payload: {
          givenName,
          sex,
          areaId,
          ...(birthDate ? { birthDate } : {}),
          ...(consent ? { consent: { given: true, date: dayFromToday(-30) } } : {}),
        },
      });
      if (res.statusCode !== 201) throw new Error(`person ${givenName}: ${res.statusCode} ${res.body}`);
      return res.json().id as string;
    },
  };
}

export interface Relief {
  kitId: string;
  pointA: string;
  distributionId: string;
}

/** A ration kit (5 kg rice, 1 l oil), a point in area A, and a distribution there running this fortnight. */
export async function reliefSetup(t: TestApp, f: OutreachFixture): Promise<Relief> {
  const post = async (url: string, payload: unknown) => {
    const res = await call(t.app, { method: 'POST', url, token: f.coordinator, payload });
    if (res.statusCode !== 201) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
    return res.json().id as string;
  };
  const kitId = await post('/api/outreach/kits', {
    name: 'Ration kit',
    items: [
      { item: 'Rice', unit: 'kg', quantity: 5 },
      { item: 'Oil', unit: 'l', quantity: 1 },
    ],
  });
  const pointA = await post('/api/outreach/distribution-points', {
    name: 'Satpur community hall',
    areaId: f.areaA,
  });
  const distributionId = await post('/api/outreach/distributions', {
    name: 'December rations',
    kitId,
    pointId: pointA,
    startsOn: dayFromToday(-7),
    endsOn: dayFromToday(7),
    target: 4,
  });
  return { kitId, pointA, distributionId };
}
