import { addDays, type Role } from '@groundwork/core';
import type { Organisation } from '../../orgs/organisations.ts';
import { asSystem, login, makeOrg, makeUser, type TestApp } from '../../testing/harness.ts';

/**
 * An organisation for the reporting tests: a district with two wards and a slum in the first; a 2-dose
 * COVID-19 vaccine and a measles-rubella vaccine; a user of each role that matters, the health worker
 * scoped to the second ward.
 */
export interface ReportingWorld {
  org: Organisation;
  district: string;
  wardA: string;
  slumA: string;
  wardB: string;
  covid: string;
  measles: string;
  tokens: Record<'admin' | 'coordinator' | 'health' | 'viewer', string>;
}

export async function reportingWorld(t: TestApp, slug: string): Promise<ReportingWorld> {
  const org = await makeOrg(t.database, slug);
  const [district] = await asSystem(t.database, org, [
    { type: 'area.create', payload: { name: 'Solapur', kind: 'district' } },
  ]);
  const [wardA, wardB] = await asSystem(t.database, org, [
    { type: 'area.create', payload: { name: 'Bhavani Peth', kind: 'ward', parentId: district!.id } },
    { type: 'area.create', payload: { name: 'Budhwar Peth', kind: 'ward', parentId: district!.id } },
  ]);
  const [slumA] = await asSystem(t.database, org, [
    { type: 'area.create', payload: { name: 'Bhim Nagar', kind: 'slum', parentId: wardA!.id } },
  ]);
  const [covid, measles] = await asSystem(t.database, org, [
    {
      type: 'vaccine.define',
      payload: { name: 'Covishield', code: 'COVID19-CVS', dosesInSeries: 2, minIntervalDays: 28 },
    },
    {
      type: 'vaccine.define',
      payload: { name: 'Measles-rubella', code: 'MR', dosesInSeries: 2, minIntervalDays: 28 },
    },
  ]);
  const users: [keyof ReportingWorld['tokens'], Role, { areaIds?: string[]; sensitiveAccess?: boolean }][] = [
    ['admin', 'admin', {}],
    ['coordinator', 'coordinator', {}],
    ['health', 'health_worker', { areaIds: [wardB!.id] }],
    ['viewer', 'viewer', {}],
  ];
  const tokens = {} as ReportingWorld['tokens'];
  for (const [name, role, options] of users) {
    await makeUser(t.database, org, `${name}@${slug}`, role, options);
    tokens[name] = await login(t.app, `${name}@${slug}`);
  }
  return {
    org,
    district: district!.id,
    wardA: wardA!.id,
    slumA: slumA!.id,
    wardB: wardB!.id,
    covid: covid!.id,
    measles: measles!.id,
    tokens,
  };
}

/** Registers `count` consenting women in an area; returns their ids. */
export async function addWomen(t: TestApp, org: Organisation, areaId: string, count: number, prefix: string) {
  const results = await asSystem(
    t.database,
    org,
    Array.from({ length: count }, (_, i) => ({
      type: 'person.create',
      payload: {
        givenName: `${prefix}${i + 1}`,
        familyName: 'Kamble',
        sex: 'female',
        birthYear: 1990 + i,
        areaId,
        allowDuplicate: true,
        consent: { given: true, date: '2026-01-01' },
      },
    })),
  );
  return results.map((r) => r.id);
}

/** Gives each person a dose, as the installation. */
export async function giveDoses(
  t: TestApp,
  org: Organisation,
  personIds: readonly string[],
  vaccineId: string,
  doseNumber: number,
  givenOn: string,
) {
  await asSystem(
    t.database,
    org,
    personIds.map((personId) => ({
      type: 'vaccination.record',
      payload: { personId, vaccineId, doseNumber, givenOn },
    })),
  );
}

/** Records a home visit to each person, as the installation. */
export async function visitHomes(
  t: TestApp,
  org: Organisation,
  personIds: readonly string[],
  visitedOn: string,
) {
  await asSystem(
    t.database,
    org,
    personIds.map((personId) => ({
      type: 'home_visit.record',
      payload: { personId, visitedOn, observations: {}, advice: [] },
    })),
  );
}

const daysBefore = (date: string, days: number) => addDays(date, -days);

/** Registers a pregnancy for each woman, seven months before, and records her delivery. */
export async function deliver(
  t: TestApp,
  org: Organisation,
  personIds: readonly string[],
  deliveredOn: string,
  place: 'health_facility' | 'home',
) {
  const pregnancies = await asSystem(
    t.database,
    org,
    personIds.map((personId) => ({
      type: 'pregnancy.register',
      payload: { personId, registeredOn: daysBefore(deliveredOn, 210), expectedDeliveryOn: deliveredOn },
    })),
  );
  await asSystem(
    t.database,
    org,
    pregnancies.map(({ id }) => ({
      type: 'pregnancy.delivery',
      payload: {
        pregnancyId: id,
        deliveredOn,
        place,
        ...(place === 'health_facility' ? { facilityName: 'Civil Hospital, Solapur' } : {}),
        outcome: 'live_birth',
      },
    })),
  );
}
