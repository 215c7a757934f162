import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../db/testing.ts';
import { call, login, makeOrg, makeUser, startTestApp, type TestApp } from '../testing/harness.ts';

describe.each(testDatabaseKinds())('people on $name', (kind) => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp(kind);
    const org = await makeOrg(t.database, 'people-org');
    await makeUser(t.database, org, 'coord@people', 'coordinator');
    token = await login(t.app, 'coord@people');
  });
  afterAll(() => t.close());

  it('registers a person and reads her back', async () => {
    const created = await call(t.app, {
      method: 'POST',
      url: '/api/people',
      token,
      payload: {
        givenName: 'Sunita',
        familyName: 'Pawar',
        sex: 'female',
        birthYear: 1988,
        phone: '+91 98220 12345',
      },
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    const read = await call(t.app, { method: 'GET', url: `/api/people/${id}`, token });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({
      givenName: 'Sunita',
      familyName: 'Pawar',
      birthYear: 1988,
      groupIds: [],
    });
  });

  it('warns about a probable duplicate and registers it when told to', async () => {
    const payload = { givenName: 'sunita', familyName: 'pawar', sex: 'female', phone: '09822012345' };
    const refused = await call(t.app, { method: 'POST', url: '/api/people', token, payload });
    expect(refused.statusCode).toBe(409);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.json()).toMatchObject({ code: 'person.probable_duplicate', field: 'givenName' });
    expect(refused.json().duplicateIds).toHaveLength(1);
    const forced = await call(t.app, {
      method: 'POST',
      url: '/api/people',
      token,
      payload: { ...payload, allowDuplicate: true },
    });
    expect(forced.statusCode).toBe(201);
    expect(forced.json().warnings).toEqual([{ code: 'person.probable_duplicate' }]);
  });
});
