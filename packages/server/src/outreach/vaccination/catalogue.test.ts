import { newId } from '@groundwork/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../db/testing.ts';
import { login, makeOrg, makeUser, startTestApp, type TestApp } from '../../testing/harness.ts';
import { apiCalls, type VaccinationWorld, vaccinationWorld } from './testing.ts';

describe.each(testDatabaseKinds())('vaccination catalogue on $name', (kind) => {
  let t: TestApp;
  let w: VaccinationWorld;
  let outsider: string;
  const { post, get, count, refused } = apiCalls(() => t);

  beforeAll(async () => {
    t = await startTestApp(kind);
    w = await vaccinationWorld(t, 'vcat-org');
    const other = await makeOrg(t.database, 'vcat-other');
    await makeUser(t.database, other, 'admin@vcat-other', 'admin');
    outsider = await login(t.app, 'admin@vcat-other');
  });
  afterAll(() => t.close());

  it('keeps the catalogue to managers, with unique codes', async () => {
    const body = { name: 'Measles-Rubella', code: 'MR', dosesInSeries: 2, minIntervalDays: 28 };
    const made = await post(w.tokens.coordinator, '/api/outreach/vaccines', body);
    expect(made.statusCode).toBe(201);
    const again = await post(w.tokens.coordinator, '/api/outreach/vaccines', { ...body, name: 'MR again' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'vaccine.code_taken', field: 'code' });
    expect(again.json().detail).toContain('MR');
    const worker = await post(w.tokens.health, '/api/outreach/vaccines', { ...body, code: 'MR2' });
    expect(worker.statusCode).toBe(403);
    const zero = await post(w.tokens.coordinator, '/api/outreach/vaccines', {
      ...body,
      code: 'X',
      dosesInSeries: 0,
    });
    expect(zero.json()).toMatchObject({ code: 'request.invalid', field: 'dosesInSeries', status: 422 });
    const list = (await get(w.tokens.viewer, '/api/outreach/vaccines')).json().items;
    expect(list.map((v: { code: string }) => v.code)).toEqual(['COVID19-CVS', 'MR']);
    expect((await get(w.tokens.leader, '/api/outreach/vaccines')).statusCode).toBe(403);
    // Codes are unique within an organisation only, and nobody sees another organisation's catalogue.
    const theirs = await post(outsider, '/api/outreach/vaccines', body);
    expect(theirs.statusCode).toBe(201);
    expect((await get(outsider, '/api/outreach/vaccines')).json().items).toHaveLength(1);
    expect(await count('vaccines')).toBe(3);
  });

  it('plans a drive with its sites, and refuses bad dates, ages and sites', async () => {
    const drive = {
      name: 'Satpur adults',
      startsOn: '2026-01-10',
      endsOn: '2026-01-20',
      sites: [{ name: 'Municipal school' }, { name: 'Temple hall' }],
      target: { areaId: w.ward1, minAge: 18 },
    };
    const made = await post(w.tokens.coordinator, '/api/outreach/drives', drive);
    expect(made.statusCode).toBe(201);
    expect(made.json().siteIds).toHaveLength(2);
    const listed = (await get(w.tokens.health, '/api/outreach/drives')).json().items;
    expect(listed[0]).toMatchObject({
      name: 'Satpur adults',
      sites: [{ name: 'Municipal school' }, { name: 'Temple hall' }],
      target: { areaId: w.ward1, minAge: 18, maxAge: null, sex: null },
    });
    const backwards = await refused(() =>
      post(w.tokens.coordinator, '/api/outreach/drives', { ...drive, endsOn: '2026-01-09' }),
    );
    expect(backwards).toMatchObject({ code: 'drive.ends_before_start', field: 'endsOn', status: 422 });
    const ages = await refused(() =>
      post(w.tokens.coordinator, '/api/outreach/drives', {
        ...drive,
        target: { areaId: w.ward1, minAge: 60, maxAge: 18 },
      }),
    );
    expect(ages).toMatchObject({ code: 'drive.age_range', field: 'target.maxAge' });
    const taken = await refused(() =>
      post(w.tokens.coordinator, '/api/outreach/drives', {
        ...drive,
        sites: [{ id: made.json().siteIds[0], name: 'Again' }],
      }),
    );
    expect(taken).toMatchObject({ code: 'drive.site_taken', field: 'sites.0.id', status: 409 });
    const noArea = await refused(() =>
      post(w.tokens.coordinator, '/api/outreach/drives', { ...drive, target: { areaId: newId() } }),
    );
    expect(noArea).toMatchObject({ code: 'reference.not_found', field: 'target.areaId' });
    expect((await post(w.tokens.health, '/api/outreach/drives', drive)).statusCode).toBe(403);
    const intoOurs = await refused(() => post(outsider, '/api/outreach/drives', drive));
    expect(intoOurs).toMatchObject({ code: 'reference.not_found', field: 'target.areaId' });
    expect((await get(outsider, '/api/outreach/drives')).json().items).toEqual([]);
  });
});
