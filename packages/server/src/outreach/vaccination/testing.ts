import type { Role } from '@groundwork/core';
import { expect } from 'vitest';
import type { Database } from '../../db/database.ts';
import type { Organisation } from '../../orgs/organisations.ts';
import { asSystem, call, login, makeOrg, makeUser, type TestApp } from '../../testing/harness.ts';

/**
 * An organisation for the vaccination tests: a district with two wards, a slum inside the first; a
 * 2-dose vaccine 28 days apart; and a user of each role that matters, the scoped ones in one ward.
 */
export interface VaccinationWorld {
  org: Organisation;
  district: string;
  ward1: string;
  slum1: string;
  ward2: string;
  vaccineId: string;
  tokens: Record<'admin' | 'coordinator' | 'health' | 'field2' | 'leader' | 'viewer', string>;
}

export async function vaccinationWorld(t: TestApp, slug: string): Promise<VaccinationWorld> {
  const org = await makeOrg(t.database, slug);
  const [district] = await asSystem(t.database, org, [
    { type: 'area.create', payload: { name: 'Nashik', kind: 'district' } },
  ]);
  const [ward1, ward2] = await asSystem(t.database, org, [
    { type: 'area.create', payload: { name: 'Satpur', kind: 'ward', parentId: district!.id } },
    { type: 'area.create', payload: { name: 'Cidco', kind: 'ward', parentId: district!.id } },
  ]);
  const [slum1] = await asSystem(t.database, org, [
    { type: 'area.create', payload: { name: 'Shivaji Nagar', kind: 'slum', parentId: ward1!.id } },
  ]);
  const [group] = await asSystem(t.database, org, [
    {
      type: 'group.create',
      payload: {
        name: 'Savitri SHG',
        kind: 'shg',
        areaId: ward1!.id,
        formedOn: '2024-01-01',
        cadence: 'weekly',
      },
    },
  ]);
  const [vaccine] = await asSystem(t.database, org, [
    {
      type: 'vaccine.define',
      payload: { name: 'Covishield', code: 'COVID19-CVS', dosesInSeries: 2, minIntervalDays: 28 },
    },
  ]);
  const users: [keyof VaccinationWorld['tokens'], Role, { areaIds?: string[]; groupIds?: string[] }][] = [
    ['admin', 'admin', {}],
    ['coordinator', 'coordinator', {}],
    ['health', 'health_worker', { areaIds: [ward1!.id] }],
    ['field2', 'field_worker', { areaIds: [ward2!.id] }],
    ['leader', 'group_leader', { groupIds: [group!.id] }],
    ['viewer', 'viewer', {}],
  ];
  const tokens = {} as VaccinationWorld['tokens'];
  for (const [name, role, scope] of users) {
    await makeUser(t.database, org, `${name}@${slug}`, role, scope);
    tokens[name] = await login(t.app, `${name}@${slug}`);
  }
  return {
    org,
    district: district!.id,
    ward1: ward1!.id,
    slum1: slum1!.id,
    ward2: ward2!.id,
    vaccineId: vaccine!.id,
    tokens,
  };
}

export interface PersonSpec {
  givenName: string;
  familyName?: string;
  sex?: string;
  areaId?: string;
  birthDate?: string;
  birthYear?: number;
  consent?: boolean;
}

/** Registers people as the installation, with consent given unless told otherwise; returns their ids. */
export async function addPeople(database: Database, org: Organisation, people: PersonSpec[]) {
  const results = await asSystem(
    database,
    org,
    people.map(({ consent = true, sex = 'female', ...p }) => ({
      type: 'person.create',
      payload: {
        ...p,
        sex,
        allowDuplicate: true,
        ...(consent ? { consent: { given: true, date: '2026-01-01' } } : {}),
      },
    })),
  );
  return results.map((r) => r.id);
}

/** Records doses as the installation, failing the test on any refusal. */
export async function addDoses(
  database: Database,
  org: Organisation,
  doses: {
    personId: string;
    vaccineId: string;
    doseNumber: number;
    givenOn: string;
    driveId?: string;
    lotNumber?: string;
  }[],
) {
  const results = await asSystem(
    database,
    org,
    doses.map((payload) => ({ type: 'vaccination.record', payload })),
  );
  return results.map((r) => r.id);
}

/**
 * The small population the coverage and export tests count by hand (ages on 2026-06-30):
 * A Satpur F 36 (2 doses) · B Satpur F born 1985 (1) · C Shivaji Nagar M 65 (2) · D Shivaji Nagar F 3 (0)
 * · E Cidco M age unknown (1, given after 30 June) · F Nashik itself F 16 (1, voided) · G Cidco F born
 * 1950, no consent (0) · H Cidco F 26 (1, given on 30 June).
 */
export async function handCountedPopulation(t: TestApp, w: VaccinationWorld) {
  const [a, b, c, d, e, f, g, h] = await addPeople(t.database, w.org, [
    { givenName: 'A', familyName: 'Pawar', areaId: w.ward1, birthDate: '1990-01-01' },
    { givenName: 'B', areaId: w.ward1, birthYear: 1985 },
    { givenName: 'C', sex: 'male', areaId: w.slum1, birthDate: '1960-07-01' },
    { givenName: 'D', areaId: w.slum1, birthDate: '2023-05-01' },
    { givenName: 'E', sex: 'male', areaId: w.ward2 },
    { givenName: 'F', areaId: w.district, birthDate: '2010-03-03' },
    { givenName: 'G', areaId: w.ward2, birthYear: 1950, consent: false },
    { givenName: 'H', areaId: w.ward2, birthDate: '1999-12-31' },
  ]);
  const v = w.vaccineId;
  const [, , , , , , voided] = await addDoses(t.database, w.org, [
    { personId: a!, vaccineId: v, doseNumber: 1, givenOn: '2026-01-05' },
    { personId: a!, vaccineId: v, doseNumber: 2, givenOn: '2026-02-10' },
    { personId: b!, vaccineId: v, doseNumber: 1, givenOn: '2026-03-01' },
    { personId: c!, vaccineId: v, doseNumber: 1, givenOn: '2026-01-06' },
    { personId: c!, vaccineId: v, doseNumber: 2, givenOn: '2026-03-06' },
    { personId: e!, vaccineId: v, doseNumber: 1, givenOn: '2026-07-15' },
    { personId: f!, vaccineId: v, doseNumber: 1, givenOn: '2026-02-01' },
    { personId: h!, vaccineId: v, doseNumber: 1, givenOn: '2026-06-30', lotNumber: 'LOT-H' },
  ]);
  await asSystem(t.database, w.org, [
    { type: 'vaccination.void', payload: { doseId: voided, reason: 'Wrong person' } },
  ]);
  return { a: a!, b: b!, c: c!, d: d!, e: e!, f: f!, g: g!, h: h! };
}

/** Calls for the API tests, and a check that a refused write wrote nothing. */
export function apiCalls(app: () => TestApp) {
  const post = (token: string, url: string, payload: unknown, headers: Record<string, string> = {}) =>
    call(app().app, { method: 'POST', url, token, payload, headers });
  const get = (token: string, url: string) => call(app().app, { method: 'GET', url, token });
  const count = async (table: 'doses' | 'changes' | 'vaccines' | 'drives') =>
    Number(
      (
        await app()
          .database.db.selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const counts = async () => Promise.all((['doses', 'changes', 'vaccines', 'drives'] as const).map(count));
  /** Runs a write that must be refused with a 4xx, checks that nothing was written, and gives the problem. */
  const refused = async (run: () => Promise<{ statusCode: number; json(): unknown }>) => {
    const before = await counts();
    const res = await run();
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
    expect(await counts()).toEqual(before);
    return res.json() as Record<string, unknown>;
  };
  return { post, get, count, refused };
}
