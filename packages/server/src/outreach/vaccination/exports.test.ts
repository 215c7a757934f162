import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../db/testing.ts';
import {
  asSystem,
  call,
  login,
  makeOrg,
  makeUser,
  startTestApp,
  type TestApp,
} from '../../testing/harness.ts';
import { handCountedPopulation, type VaccinationWorld, vaccinationWorld } from './testing.ts';

interface Entry {
  fullUrl: string;
  resource: Record<string, unknown> & { resourceType: string; id: string };
}

describe.each(testDatabaseKinds())('vaccination exports on $name', (kind) => {
  let t: TestApp;
  let w: VaccinationWorld;
  let people: Awaited<ReturnType<typeof handCountedPopulation>>;
  let outsider: string;
  let driveId: string;

  const get = (token: string, url: string) => call(t.app, { method: 'GET', url, token });

  beforeAll(async () => {
    t = await startTestApp(kind);
    w = await vaccinationWorld(t, 'exp-org');
    people = await handCountedPopulation(t, w);
    const [drive] = await asSystem(t.database, w.org, [
      {
        type: 'drive.create',
        payload: {
          name: 'December camp',
          startsOn: '2026-11-01',
          endsOn: '2026-11-30',
          sites: [{ name: 'Community hall' }],
          target: { areaId: w.district },
        },
      },
    ]);
    driveId = drive!.id;
    const site = (drive!.siteIds as string[])[0];
    await asSystem(t.database, w.org, [
      {
        type: 'vaccination.record',
        payload: {
          personId: people.b,
          vaccineId: w.vaccineId,
          doseNumber: 2,
          givenOn: '2026-11-02',
          driveId,
          site,
          lotNumber: 'LOT-B2',
        },
      },
      {
        type: 'vaccination.record',
        payload: {
          personId: people.h,
          vaccineId: w.vaccineId,
          doseNumber: 2,
          givenOn: '2026-11-03',
          driveId,
          site,
        },
      },
    ]);
    const other = await makeOrg(t.database, 'exp-other');
    await makeUser(t.database, other, 'admin@exp-other', 'admin');
    outsider = await login(t.app, 'admin@exp-other');
  });
  afterAll(() => t.close());

  it('exports a drive as a FHIR R4 collection of Patients and Immunizations whose references resolve', async () => {
    const res = await get(w.tokens.coordinator, `/api/outreach/exports/fhir?driveId=${driveId}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/fhir+json');
    const bundle = res.json();
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    const entries = bundle.entry as Entry[];
    for (const e of entries) expect(e.fullUrl).toBe(`urn:uuid:${e.resource.id}`);
    const patients = entries.filter((e) => e.resource.resourceType === 'Patient');
    const immunizations = entries.filter((e) => e.resource.resourceType === 'Immunization');
    expect(patients.map((p) => p.resource.id).sort()).toEqual([people.b, people.h].sort());
    expect(immunizations).toHaveLength(2);
    const urls = new Set(entries.map((e) => e.fullUrl));
    for (const i of immunizations)
      expect(urls.has((i.resource.patient as { reference: string }).reference)).toBe(true);
    const b2 = immunizations.find((i) => i.resource.lotNumber === 'LOT-B2');
    expect(b2?.resource).toEqual({
      resourceType: 'Immunization',
      id: expect.any(String),
      status: 'completed',
      vaccineCode: {
        coding: [{ system: 'urn:groundwork:vaccine-code', code: 'COVID19-CVS' }],
        text: 'Covishield',
      },
      patient: { reference: `urn:uuid:${people.b}` },
      occurrenceDateTime: '2026-11-02',
      lotNumber: 'LOT-B2',
      protocolApplied: [{ doseNumberPositiveInt: 2, seriesDosesPositiveInt: 2 }],
    });
    expect(patients.find((p) => p.resource.id === people.b)?.resource).toEqual({
      resourceType: 'Patient',
      id: people.b,
      name: [{ text: 'B', given: ['B'] }],
      gender: 'female',
      birthDate: '1985',
    });
  });

  it('exports an area’s doses that count, each person once, with her name and birth date', async () => {
    const bundle = (await get(w.tokens.coordinator, `/api/outreach/exports/fhir?areaId=${w.ward1}`)).json();
    const entries = bundle.entry as Entry[];
    const patients = entries.filter((e) => e.resource.resourceType === 'Patient');
    expect(patients.map((p) => p.resource.id).sort()).toEqual([people.a, people.b, people.c].sort());
    expect(entries.filter((e) => e.resource.resourceType === 'Immunization')).toHaveLength(6);
    expect(patients.find((p) => p.resource.id === people.a)?.resource).toMatchObject({
      name: [{ text: 'A Pawar', given: ['A'], family: 'Pawar' }],
      birthDate: '1990-01-01',
    });
    expect(patients.find((p) => p.resource.id === people.c)?.resource.gender).toBe('male');
    const district = (
      await get(w.tokens.coordinator, `/api/outreach/exports/fhir?areaId=${w.district}`)
    ).json();
    const ids = (district.entry as Entry[]).map((e) => e.resource.id);
    expect(ids).not.toContain(people.f);
  });

  it('exports a drive’s doses as CSV, and audits every export', async () => {
    const res = await get(w.tokens.coordinator, `/api/outreach/exports/doses?driveId=${driveId}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const [header, ...rows] = res.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(header).toContain('Vaccine code');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain(
      'B,Female,,1985,COVID19-CVS,Covishield,2,2026-11-02,December camp,Community hall,LOT-B2,system,',
    );
    const audits = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'entity', 'entity_id'])
      .where('org_id', '=', w.org.id)
      .where('action', '=', 'vaccination.export')
      .execute();
    expect(audits).toContainEqual({ action: 'vaccination.export', entity: 'drive', entity_id: driveId });
  });

  it('gives a scoped worker only her areas’ people, and another organisation nothing', async () => {
    const hers = (await get(w.tokens.health, `/api/outreach/exports/fhir?driveId=${driveId}`)).json();
    const ids = (hers.entry as Entry[])
      .filter((e) => e.resource.resourceType === 'Patient')
      .map((e) => e.resource.id);
    expect(ids).toEqual([people.b]);
    const csv = await get(w.tokens.field2, `/api/outreach/exports/doses?driveId=${driveId}&format=json`);
    expect(csv.json().map((d: { personId: string }) => d.personId)).toEqual([people.h]);
    expect((await get(w.tokens.field2, `/api/outreach/exports/fhir?areaId=${w.ward1}`)).statusCode).toBe(404);
    expect((await get(outsider, `/api/outreach/exports/fhir?driveId=${driveId}`)).statusCode).toBe(404);
    expect((await get(outsider, `/api/outreach/exports/doses?areaId=${w.ward1}`)).statusCode).toBe(404);
    expect((await get(w.tokens.leader, `/api/outreach/exports/fhir?areaId=${w.ward1}`)).statusCode).toBe(403);
  });
});
