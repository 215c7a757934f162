import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../db/testing.ts';
import { call, login, makeOrg, makeUser, startTestApp, type TestApp } from '../testing/harness.ts';

describe.each(testDatabaseKinds())('people on $name', (kind) => {
  let t: TestApp;
  let token: string;
  let viewer: string;

  beforeAll(async () => {
    t = await startTestApp(kind);
    const org = await makeOrg(t.database, 'people-org');
    await makeUser(t.database, org, 'coord@people', 'coordinator', { sensitiveAccess: true });
    await makeUser(t.database, org, 'viewer@people', 'viewer');
    token = await login(t.app, 'coord@people');
    viewer = await login(t.app, 'viewer@people');
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

  it('keeps sensitive attributes apart: consent first, only with the grant, every read audited', async () => {
    const id = (
      await call(t.app, {
        method: 'POST',
        url: '/api/people',
        token,
        payload: { givenName: 'Rani', sex: 'female' },
      })
    ).json().id;
    const attributes = { hivStatus: 'positive', onTreatment: true };
    const noConsent = await call(t.app, {
      method: 'PUT',
      url: `/api/people/${id}/sensitive`,
      token,
      payload: attributes,
    });
    expect(noConsent.json()).toMatchObject({ code: 'person.consent_required', status: 422 });
    const consent = await call(t.app, {
      method: 'POST',
      url: `/api/people/${id}/consent`,
      token,
      payload: { given: true, date: '2026-11-01' },
    });
    expect(consent.statusCode).toBe(201);
    expect(
      (await call(t.app, { method: 'PUT', url: `/api/people/${id}/sensitive`, token, payload: attributes }))
        .statusCode,
    ).toBe(200);
    const plain = (await call(t.app, { method: 'GET', url: `/api/people/${id}`, token })).json();
    expect(plain.consent).toMatchObject({ given: true, date: '2026-11-01' });
    expect(JSON.stringify(plain)).not.toContain('positive');
    const noGrant = await call(t.app, { method: 'GET', url: `/api/people/${id}/sensitive`, token: viewer });
    expect(noGrant.statusCode).toBe(403);
    const read = await call(t.app, { method: 'GET', url: `/api/people/${id}/sensitive`, token });
    expect(read.json()).toMatchObject({ personId: id, attributes });
    const audited = await t.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'person.sensitive.read')
      .where('entity_id', '=', id)
      .execute();
    expect(audited).toHaveLength(1);
    const pulled = await call(t.app, { method: 'GET', url: '/api/sync/pull?since=0', token });
    expect(pulled.body).not.toContain('positive');
  });

  it('updates details, refuses a birth year that contradicts the birth date, and filters the list', async () => {
    const id = (
      await call(t.app, {
        method: 'POST',
        url: '/api/people',
        token,
        payload: { givenName: 'Meera', sex: 'female', birthDate: '1990-05-01' },
      })
    ).json().id;
    expect(
      (
        await call(t.app, {
          method: 'POST',
          url: '/api/people',
          token,
          payload: { givenName: 'X', sex: 'male', birthDate: '1990-05-01', birthYear: 1991 },
        })
      ).json(),
    ).toMatchObject({
      code: 'person.birth_conflict',
      field: 'birthYear',
    });
    const patched = await call(t.app, {
      method: 'PATCH',
      url: `/api/people/${id}`,
      token,
      payload: { occupation: 'tailor', skills: ['sewing'] },
    });
    expect(patched.statusCode).toBe(200);
    expect((await call(t.app, { method: 'GET', url: `/api/people/${id}`, token })).json()).toMatchObject({
      occupation: 'tailor',
      skills: ['sewing'],
      birthYear: 1990,
    });
    const found = (await call(t.app, { method: 'GET', url: '/api/people?q=meer', token })).json().items;
    expect(found.map((p: { id: string }) => p.id)).toEqual([id]);
    const men = (await call(t.app, { method: 'GET', url: '/api/people?sex=male', token })).json().items;
    expect(men).toEqual([]);
  });
});
