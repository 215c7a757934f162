import { newId } from '@groundwork/core';
import type { Database } from '../../db/database.ts';
import type { TestDatabaseKind } from '../../db/testing.ts';
import type { Organisation } from '../../orgs/organisations.ts';
import { asSystem, call, login, makeOrg, makeUser, startTestApp } from '../../testing/harness.ts';

/** Test set-up shared by the hesitancy and counselling tests: places, people who consented, vaccines, doses. */
export async function makeArea(
  database: Database,
  org: Organisation,
  name: string,
  parentId: string | null = null,
) {
  const [area] = await asSystem(database, org, [
    { type: 'area.create', payload: { name, kind: 'ward', parentId } },
  ]);
  return area!.id;
}

export async function makePerson(
  database: Database,
  org: Organisation,
  givenName: string,
  areaId: string | null,
  consent = true,
) {
  const [person] = await asSystem(database, org, [
    {
      type: 'person.create',
      payload: {
        givenName,
        sex: 'female',
        areaId,
        ...(consent ? { consent: { given: true, date: '2025-01-02' } } : {}),
      },
    },
  ]);
  return person!.id;
}

/** A vaccine straight into the catalogue: these tests are about what follows from it, not how it is defined. */
export async function makeVaccine(database: Database, org: Organisation, name: string) {
  const id = newId();
  await database.db
    .insertInto('vaccines')
    .values({
      org_id: org.id,
      id,
      name,
      code: `${name.toUpperCase().replace(/[^A-Z0-9]/g, '')}-${id.slice(-4)}`,
      doses_in_series: 2,
      min_interval_days: 28,
      created_at: new Date().toISOString(),
    })
    .execute();
  return id;
}

export async function giveDose(
  database: Database,
  org: Organisation,
  dose: { personId: string; vaccineId: string; givenOn: string; doseNumber?: number; voided?: boolean },
) {
  const now = new Date().toISOString();
  await database.db
    .insertInto('doses')
    .values({
      org_id: org.id,
      id: newId(),
      person_id: dose.personId,
      vaccine_id: dose.vaccineId,
      dose_number: dose.doseNumber ?? 1,
      given_on: dose.givenOn,
      drive_id: null,
      site: null,
      lot_number: null,
      recorded_by: 'test',
      recorded_at: now,
      voided_at: dose.voided ? now : null,
      void_reason: dose.voided ? 'recorded for the wrong person' : null,
    })
    .execute();
}

/**
 * Two organisations; in the first, wards A and B, a vaccine, a coordinator, a field worker of ward A and a
 * viewer; in the second, a vaccine and a coordinator (the stranger).
 */
export async function hesitancyScene(kind: TestDatabaseKind, slug: string) {
  const t = await startTestApp(kind);
  const org = await makeOrg(t.database, slug);
  const other = await makeOrg(t.database, `${slug}-other`);
  const wardA = await makeArea(t.database, org, 'Ward A');
  const wardB = await makeArea(t.database, org, 'Ward B');
  const covid = await makeVaccine(t.database, org, 'Covid-19');
  const theirVaccine = await makeVaccine(t.database, other, 'Measles');
  await makeUser(t.database, org, `coord@${slug}`, 'coordinator');
  await makeUser(t.database, org, `fw@${slug}`, 'field_worker', { areaIds: [wardA] });
  await makeUser(t.database, org, `viewer@${slug}`, 'viewer');
  await makeUser(t.database, other, `coord@${slug}-other`, 'coordinator');
  const tokens = {
    coord: await login(t.app, `coord@${slug}`),
    fw: await login(t.app, `fw@${slug}`),
    viewer: await login(t.app, `viewer@${slug}`),
    stranger: await login(t.app, `coord@${slug}-other`),
  };
  const visit = (token: string, payload: Record<string, unknown>) =>
    call(t.app, { method: 'POST', url: '/api/outreach/hesitancy/visits', token, payload });
  const visitCount = async () =>
    Number(
      (
        await t.database.db
          .selectFrom('hesitancy_visits')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return { t, org, wardA, wardB, covid, theirVaccine, ...tokens, visit, visitCount };
}
