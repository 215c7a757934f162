import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../db/testing.ts';
import { call, login, makeOrg, makeUser, startTestApp, type TestApp } from '../testing/harness.ts';

describe.each(testDatabaseKinds())('areas on $name', (kind) => {
  let t: TestApp;
  let admin: string;
  const ids: Record<string, string> = {};

  const post = (url: string, payload: unknown, token = admin) =>
    call(t.app, { method: 'POST', url, token, payload });

  beforeAll(async () => {
    t = await startTestApp(kind);
    const org = await makeOrg(t.database, 'areas-org', {
      country: 'ML',
      currency: 'XOF',
      locale: 'fr',
      timeZone: 'Africa/Bamako',
    });
    await makeUser(t.database, org, 'admin@areas', 'admin');
    admin = await login(t.app, 'admin@areas');
    for (const [name, kindName, parent] of [
      ['Mali', 'country', undefined],
      ['Sikasso', 'region', 'Mali'],
      ['Kadiolo', 'commune', 'Sikasso'],
      ['Zégoua', 'quartier', 'Kadiolo'],
      ['Bamako', 'region', 'Mali'],
    ] as const) {
      const res = await post('/api/areas', { name, kind: kindName, parentId: parent ? ids[parent] : null });
      expect(res.statusCode).toBe(201);
      ids[name] = res.json().id;
    }
    await makeUser(t.database, org, 'fw@areas', 'field_worker', { areaIds: [ids.Sikasso!] });
  });
  afterAll(() => t.close());

  it('builds a hierarchy of any depth and refuses a cycle', async () => {
    const moved = await call(t.app, {
      method: 'PATCH',
      url: `/api/areas/${ids.Sikasso}`,
      token: admin,
      payload: { parentId: ids.Zégoua },
    });
    expect(moved.statusCode).toBe(422);
    expect(moved.json()).toMatchObject({ code: 'area.parent_cycle', field: 'parentId' });
    const children = (
      await call(t.app, { method: 'GET', url: `/api/areas?parentId=${ids.Mali}`, token: admin })
    ).json().items;
    expect(children.map((a: { name: string }) => a.name).sort()).toEqual(['Bamako', 'Sikasso']);
  });

  it('gives a worker scoped to a region every area and person beneath it, and nothing beside it', async () => {
    await post('/api/people', {
      givenName: 'Awa',
      familyName: 'Diarra',
      sex: 'female',
      areaId: ids.Zégoua,
    });
    await post('/api/people', {
      givenName: 'Mariam',
      familyName: 'Keïta',
      sex: 'female',
      areaId: ids.Bamako,
    });
    const fw = await login(t.app, 'fw@areas');
    const areas = (await call(t.app, { method: 'GET', url: '/api/areas', token: fw })).json().items;
    expect(areas.map((a: { name: string }) => a.name).sort()).toEqual(['Kadiolo', 'Sikasso', 'Zégoua']);
    const people = (await call(t.app, { method: 'GET', url: '/api/people', token: fw })).json().items;
    expect(people.map((p: { givenName: string }) => p.givenName)).toEqual(['Awa']);
    expect(
      (await call(t.app, { method: 'GET', url: `/api/areas/${ids.Bamako}`, token: fw })).statusCode,
    ).toBe(404);
    const write = await post('/api/areas', { name: 'New', kind: 'quartier', parentId: ids.Kadiolo }, fw);
    expect(write.statusCode).toBe(403);
  });
});
