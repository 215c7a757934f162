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

const zero = { atLeastOneDose: 0, fullyVaccinated: 0, atLeastOneDoseShare: 0, fullyVaccinatedShare: 0 };

describe.each(testDatabaseKinds())('vaccination coverage on $name', (kind) => {
  let t: TestApp;
  let w: VaccinationWorld;
  let outsider: string;
  let driveId: string;
  let womenDriveId: string;

  const get = (token: string, url: string, headers: Record<string, string> = {}) =>
    call(t.app, { method: 'GET', url, token, headers });
  const coverage = async (token: string, query: string) => {
    const res = await get(token, `/api/outreach/coverage?${query}&vaccineId=${w.vaccineId}&asOf=2026-06-30`);
    expect(res.statusCode).toBe(200);
    return res.json();
  };

  beforeAll(async () => {
    t = await startTestApp(kind);
    w = await vaccinationWorld(t, 'cov-org');
    await handCountedPopulation(t, w);
    const drive = (target: Record<string, unknown>) => ({
      type: 'drive.create',
      payload: {
        name: 'Satpur adults',
        startsOn: '2026-01-01',
        endsOn: '2026-03-31',
        sites: [{ name: 'School' }],
        target,
      },
    });
    const [adults, women] = await asSystem(t.database, w.org, [
      drive({ areaId: w.ward1, minAge: 18 }),
      drive({ areaId: w.ward1, minAge: 18, sex: 'female' }),
    ]);
    driveId = adults!.id;
    womenDriveId = women!.id;
    const other = await makeOrg(t.database, 'cov-other');
    await makeUser(t.database, other, 'admin@cov-other', 'admin');
    outsider = await login(t.app, 'admin@cov-other');
  });
  afterAll(() => t.close());

  it('counts an area’s people by sex and age band and by sub-area, as counted by hand', async () => {
    const report = await coverage(w.tokens.coordinator, `areaId=${w.district}`);
    expect(report).toMatchObject({
      area: { id: w.district, name: 'Nashik' },
      drive: null,
      agesOn: '2026-06-30',
    });
    expect(report.targetCount).toBe(8);
    const [v] = report.vaccines;
    expect(v.vaccine).toMatchObject({ code: 'COVID19-CVS', dosesInSeries: 2 });
    expect(v.total).toEqual({
      target: 8,
      atLeastOneDose: 4,
      fullyVaccinated: 2,
      atLeastOneDoseShare: 5000,
      fullyVaccinatedShare: 2500,
    });
    expect(v.bySexAndAge).toEqual([
      { sex: 'female', ageBand: '0-4', target: 1, ...zero },
      { sex: 'female', ageBand: '5-17', target: 1, ...zero },
      {
        sex: 'female',
        ageBand: '18-44',
        target: 3,
        atLeastOneDose: 3,
        fullyVaccinated: 1,
        atLeastOneDoseShare: 10_000,
        fullyVaccinatedShare: 3333,
      },
      { sex: 'female', ageBand: '60+', target: 1, ...zero },
      {
        sex: 'male',
        ageBand: '60+',
        target: 1,
        atLeastOneDose: 1,
        fullyVaccinated: 1,
        atLeastOneDoseShare: 10_000,
        fullyVaccinatedShare: 10_000,
      },
      { sex: 'male', ageBand: 'unknown', target: 1, ...zero },
    ]);
    expect(v.areas).toEqual([
      { areaId: w.district, name: 'Nashik', own: true, target: 1, ...zero },
      {
        areaId: w.ward2,
        name: 'Cidco',
        own: false,
        target: 3,
        atLeastOneDose: 1,
        fullyVaccinated: 0,
        atLeastOneDoseShare: 3333,
        fullyVaccinatedShare: 0,
      },
      {
        areaId: w.ward1,
        name: 'Satpur',
        own: false,
        target: 4,
        atLeastOneDose: 3,
        fullyVaccinated: 2,
        atLeastOneDoseShare: 7500,
        fullyVaccinatedShare: 5000,
      },
    ]);
  });

  it('counts only doses given by the report’s date, and every vaccine when none is named', async () => {
    const later = (
      await get(w.tokens.coordinator, `/api/outreach/coverage?areaId=${w.ward2}&asOf=2026-07-31`)
    ).json();
    expect(later.vaccines.map((v: { vaccine: { code: string } }) => v.vaccine.code)).toEqual(['COVID19-CVS']);
    expect(later.vaccines[0].total).toMatchObject({ target: 3, atLeastOneDose: 2 });
    const before = await coverage(w.tokens.coordinator, `areaId=${w.ward2}`);
    expect(before.vaccines[0].total).toMatchObject({ target: 3, atLeastOneDose: 1 });
  });

  it('covers a drive’s target: its area and criteria, ages on its first day', async () => {
    const report = await coverage(w.tokens.coordinator, `driveId=${driveId}`);
    expect(report).toMatchObject({
      drive: { id: driveId },
      area: { id: w.ward1 },
      agesOn: '2026-01-01',
      targetCount: 3,
    });
    expect(report.vaccines[0].total).toEqual({
      target: 3,
      atLeastOneDose: 3,
      fullyVaccinated: 2,
      atLeastOneDoseShare: 10_000,
      fullyVaccinatedShare: 6667,
    });
    expect(report.vaccines[0].areas.map((a: { name: string; target: number }) => [a.name, a.target])).toEqual(
      [
        ['Satpur', 2],
        ['Shivaji Nagar', 1],
      ],
    );
    const women = await coverage(w.tokens.coordinator, `driveId=${womenDriveId}`);
    expect(women.vaccines[0].total).toMatchObject({ target: 2, atLeastOneDose: 2, fullyVaccinated: 1 });
  });

  it('gives a scoped worker only her areas, and nobody another organisation’s', async () => {
    const hers = await coverage(w.tokens.health, `areaId=${w.district}`);
    expect(hers.targetCount).toBe(4);
    expect(hers.vaccines[0].areas).toEqual([
      expect.objectContaining({ areaId: w.ward1, target: 4, atLeastOneDose: 3, fullyVaccinated: 2 }),
    ]);
    expect((await get(w.tokens.field2, `/api/outreach/coverage?areaId=${w.ward1}`)).statusCode).toBe(404);
    expect((await get(w.tokens.field2, `/api/outreach/coverage?driveId=${driveId}`)).statusCode).toBe(404);
    expect((await get(outsider, `/api/outreach/coverage?areaId=${w.district}`)).statusCode).toBe(404);
    expect((await get(outsider, `/api/outreach/coverage?driveId=${driveId}`)).statusCode).toBe(404);
    expect((await get(w.tokens.leader, `/api/outreach/coverage?areaId=${w.ward1}`)).statusCode).toBe(403);
    expect((await get(w.tokens.viewer, `/api/outreach/coverage?areaId=${w.ward1}`)).statusCode).toBe(200);
  });

  it('asks for exactly one of a drive and an area', async () => {
    const neither = await get(w.tokens.coordinator, '/api/outreach/coverage');
    expect(neither.json()).toMatchObject({ code: 'coverage.place_required', field: 'driveId', status: 422 });
    const both = await get(
      w.tokens.coordinator,
      `/api/outreach/coverage?driveId=${driveId}&areaId=${w.ward1}`,
    );
    expect(both.json()).toMatchObject({ code: 'coverage.place_required', status: 422 });
  });

  it('writes the report as CSV and as a page in the reader’s language', async () => {
    const url = `/api/outreach/coverage?areaId=${w.district}&vaccineId=${w.vaccineId}&asOf=2026-06-30`;
    const csv = await get(w.tokens.coordinator, `${url}&format=csv`, { 'accept-language': 'hi' });
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toContain('लक्ष्य');
    expect(lines[0]).toContain('कम से कम एक खुराक');
    expect(lines).toContainEqual(expect.stringMatching(/महिला,18-44 वर्ष,3,3,100,1,33\.33/));
    expect(lines).toContainEqual(expect.stringMatching(/,4,3,75,2,50,Satpur$/));
    const html = await get(w.tokens.coordinator, `${url}&format=html`, { 'accept-language': 'fr' });
    expect(html.headers['content-type']).toContain('text/html');
    expect(html.body).toContain('Couverture vaccinale');
    expect(html.body).toContain('<dt>Zone</dt><dd>Nashik</dd>');
    expect(html.body).toContain('8 personnes sont dans la population cible.');
  });
});
