import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../db/testing.ts';
import {
  asSystem,
  call,
  login,
  makeOrg,
  makeUser,
  startTestApp,
  type TestApp,
  testPassword,
} from '../testing/harness.ts';

describe.each(testDatabaseKinds())('users on $name', (kind) => {
  let t: TestApp;
  let admin: string;
  let coordinator: string;
  let areaId: string;
  let org: Awaited<ReturnType<typeof makeOrg>>;

  const as = (token: string, method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, payload?: unknown) =>
    call(t.app, { method, url, token, payload });

  beforeAll(async () => {
    t = await startTestApp(kind);
    org = await makeOrg(t.database, 'users-org');
    [{ id: areaId }] = (await asSystem(t.database, org, [
      { type: 'area.create', payload: { name: 'Ambad', kind: 'ward' } },
    ])) as [{ id: string }];
    await makeUser(t.database, org, 'admin@users', 'admin', { sensitiveAccess: true });
    await makeUser(t.database, org, 'coord@users', 'coordinator');
    admin = await login(t.app, 'admin@users');
    coordinator = await login(t.app, 'coord@users');
  });
  afterAll(() => t.close());

  it('adds a scoped field worker who can then log in and sees her scope', async () => {
    const res = await as(coordinator, 'POST', '/api/users', {
      username: 'Priya@Users',
      password: 'a long passphrase',
      role: 'field_worker',
      locale: 'mr',
      scope: { areaIds: [areaId] },
    });
    expect(res.statusCode).toBe(201);
    const token = await login(t.app, 'priya@users', 'a long passphrase');
    const me = (await as(token, 'GET', '/api/auth/me')).json();
    expect(me).toMatchObject({
      username: 'priya@users',
      role: 'field_worker',
      locale: 'mr',
      scope: { areaIds: [areaId] },
    });
    const listed = (await as(admin, 'GET', '/api/users?role=field_worker')).json().items;
    expect(listed).toEqual([
      expect.objectContaining({ username: 'priya@users', scope: { areaIds: [areaId], groupIds: [] } }),
    ]);
    expect(JSON.stringify(listed)).not.toContain('argon2');
  });

  it('lets any user choose her own language, which her next sign-in and the server messages follow', async () => {
    const viewerId = await makeUser(t.database, org, 'viewer@users', 'viewer');
    const token = await login(t.app, 'viewer@users');
    const set = await as(token, 'PUT', '/api/auth/me/locale', { locale: 'hi' });
    expect(set.statusCode).toBe(200);
    expect((await as(token, 'GET', '/api/auth/me')).json().locale).toBe('hi');
    const again = await call(t.app, {
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'viewer@users', password: testPassword },
    });
    expect(again.json().user.locale).toBe('hi');
    const refused = await as(token, 'PATCH', `/api/users/${viewerId}`, { locale: 'fr' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().detail).toMatch(/[\u0900-\u097F]/);
    const bad = await as(token, 'PUT', '/api/auth/me/locale', { locale: 'xx' });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().field).toBe('locale');
  });

  it('refuses a field role without scope, a taken username and a short password', async () => {
    const noScope = await as(admin, 'POST', '/api/users', {
      username: 'noscope',
      password: testPassword,
      role: 'health_worker',
    });
    expect(noScope.json()).toMatchObject({ code: 'user.scope_required', field: 'scope', status: 422 });
    const taken = await as(admin, 'POST', '/api/users', {
      username: 'coord@users',
      password: testPassword,
      role: 'viewer',
    });
    expect(taken.json()).toMatchObject({ code: 'user.username_taken', status: 409 });
    const short = await as(admin, 'POST', '/api/users', {
      username: 'shorty',
      password: 'abc',
      role: 'viewer',
    });
    expect(short.json()).toMatchObject({ code: 'request.invalid', field: 'password', status: 422 });
  });

  it('lets a coordinator give field roles but not admin', async () => {
    const res = await as(coordinator, 'POST', '/api/users', {
      username: 'boss',
      password: testPassword,
      role: 'admin',
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('access.denied');
  });

  it('disables a user: her token stops working and she cannot log in; she cannot disable herself', async () => {
    const id = (
      await as(admin, 'POST', '/api/users', { username: 'leaving', password: testPassword, role: 'viewer' })
    ).json().id;
    const token = await login(t.app, 'leaving');
    expect((await as(token, 'GET', '/api/organisation')).statusCode).toBe(200);
    expect((await as(admin, 'POST', `/api/users/${id}/disable`)).statusCode).toBe(201);
    expect((await as(token, 'GET', '/api/organisation')).statusCode).toBe(401);
    const again = await call(t.app, {
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'leaving', password: testPassword },
    });
    expect(again.json()).toMatchObject({ code: 'user.disabled', status: 401 });
    const self = (await as(admin, 'GET', '/api/auth/me')).json().id;
    expect((await as(admin, 'POST', `/api/users/${self}/disable`)).json().code).toBe(
      'user.cannot_disable_self',
    );
  });

  it('resets a password: old sessions end, the new password works', async () => {
    const id = (
      await as(admin, 'POST', '/api/users', { username: 'forgetful', password: testPassword, role: 'viewer' })
    ).json().id;
    const old = await login(t.app, 'forgetful');
    expect(
      (await as(admin, 'POST', `/api/users/${id}/password`, { password: 'a brand new one' })).statusCode,
    ).toBe(201);
    expect((await as(old, 'GET', '/api/auth/me')).statusCode).toBe(401);
    await expect(login(t.app, 'forgetful')).rejects.toThrow();
    expect(await login(t.app, 'forgetful', 'a brand new one')).toEqual(expect.any(String));
  });

  it('changes a role and scope, and drops the sensitive grant for a role that cannot hold it', async () => {
    const id = (
      await as(admin, 'POST', '/api/users', {
        username: 'changing',
        password: testPassword,
        role: 'coordinator',
        sensitiveAccess: true,
      })
    ).json().id;
    expect((await as(admin, 'GET', `/api/users/${id}`)).json().sensitiveAccess).toBe(true);
    const res = await as(admin, 'PATCH', `/api/users/${id}`, { role: 'viewer' });
    expect(res.statusCode).toBe(200);
    expect((await as(admin, 'GET', `/api/users/${id}`)).json()).toMatchObject({
      role: 'viewer',
      sensitiveAccess: false,
    });
    const scoped = await as(admin, 'PATCH', `/api/users/${id}`, { role: 'field_worker' });
    expect(scoped.json().code).toBe('user.scope_required');
  });

  it('lets nobody hand out, or take over, a sensitive-data grant she does not hold', async () => {
    const grant = await as(coordinator, 'POST', '/api/users', {
      username: 'hw-granted',
      password: testPassword,
      role: 'health_worker',
      sensitiveAccess: true,
      scope: { areaIds: [areaId] },
    });
    expect(grant.statusCode).toBe(403);
    const hw = (
      await as(admin, 'POST', '/api/users', {
        username: 'hw-real',
        password: testPassword,
        role: 'health_worker',
        sensitiveAccess: true,
        scope: { areaIds: [areaId] },
      })
    ).json().id;
    const takeover = await as(coordinator, 'POST', `/api/users/${hw}/password`, { password: 'now i am her' });
    expect(takeover.statusCode).toBe(403);
    await expect(login(t.app, 'hw-real', 'now i am her')).rejects.toThrow();
    const plain = (
      await as(coordinator, 'POST', '/api/users', {
        username: 'hw-plain',
        password: testPassword,
        role: 'health_worker',
        scope: { areaIds: [areaId] },
      })
    ).json().id;
    const upgrade = await as(coordinator, 'PATCH', `/api/users/${plain}`, { sensitiveAccess: true });
    expect(upgrade.statusCode).toBe(403);
    expect((await as(admin, 'GET', `/api/users/${plain}`)).json().sensitiveAccess).toBe(false);
  });
});
