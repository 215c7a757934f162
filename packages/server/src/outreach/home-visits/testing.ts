import { newId } from '@groundwork/core';
import { todayIn } from '../../finance/today.ts';
import type { Organisation } from '../../orgs/organisations.ts';
import { asSystem, call, login, makeOrg, makeUser, type TestApp } from '../../testing/harness.ts';

/**
 * An organisation for the follow-up tests: a ward with a slum beneath it and a second ward; a
 * coordinator, a health worker who works only in the first ward, and a viewer.
 */
export interface World {
  org: Organisation;
  today: string;
  wardA: string;
  slumA1: string;
  wardB: string;
  coordinator: string;
  worker: string;
  viewer: string;
  person(p: {
    areaId: string | null;
    sex?: string;
    birthDate?: string;
    birthYear?: number;
    consent?: boolean;
  }): Promise<string>;
}

export async function makeWorld(t: TestApp, slug: string): Promise<World> {
  const org = await makeOrg(t.database, slug);
  const [wardA, slumA1, wardB] = [newId(), newId(), newId()];
  await asSystem(t.database, org, [
    { type: 'area.create', payload: { id: wardA, name: `Satpur ${slug}`, kind: 'ward' } },
    { type: 'area.create', payload: { id: slumA1, name: `Ambad ${slug}`, kind: 'slum', parentId: wardA } },
    { type: 'area.create', payload: { id: wardB, name: `Cidco ${slug}`, kind: 'ward' } },
  ]);
  await makeUser(t.database, org, `coord@${slug}`, 'coordinator');
  await makeUser(t.database, org, `worker@${slug}`, 'health_worker', { areaIds: [wardA] });
  await makeUser(t.database, org, `viewer@${slug}`, 'viewer');
  const today = todayIn(org.timeZone);
  let count = 0;
  return {
    org,
    today,
    wardA,
    slumA1,
    wardB,
    coordinator: await login(t.app, `coord@${slug}`),
    worker: await login(t.app, `worker@${slug}`),
    viewer: await login(t.app, `viewer@${slug}`),
    async person(p) {
      count += 1;
      const [created] = await asSystem(t.database, org, [
        {
          type: 'person.create',
          payload: {
            givenName: `Person ${count}`,
            familyName: slug,
            sex: p.sex ?? 'female',
            areaId: p.areaId,
            ...(p.birthDate ? { birthDate: p.birthDate } : {}),
            ...(p.birthYear ? { birthYear: p.birthYear } : {}),
            ...(p.consent === false ? {} : { consent: { given: true, date: today } }),
          },
        },
      ]);
      return created?.id ?? '';
    },
  };
}

/** POST as a user and answer the status with the body, for short assertions. */
export async function post(t: TestApp, token: string, url: string, payload: unknown) {
  const res = await call(t.app, { method: 'POST', url, token, payload });
  return { status: res.statusCode, body: res.json() as Record<string, unknown> & { id?: string } };
}

export async function get(t: TestApp, token: string, url: string) {
  const res = await call(t.app, { method: 'GET', url, token });
  return { status: res.statusCode, body: res.json() as Record<string, unknown> };
}

/** How many rows a table holds for an organisation: a refused write must leave it as it was. */
export async function countRows(
  t: TestApp,
  table: 'follow_up_plans' | 'home_visits' | 'pregnancies' | 'antenatal_contacts' | 'postnatal_visits',
  orgId: string,
): Promise<number> {
  const row = await t.database.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as('n'))
    .where('org_id', '=', orgId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
