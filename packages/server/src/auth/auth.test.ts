import { catalogues, translate } from '@groundwork/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../db/testing.ts';
import type { Organisation } from '../orgs/organisations.ts';
import { call, makeOrg, makeUser, startTestApp, type TestApp, testPassword } from '../testing/harness.ts';

const englishInvalid = translate('en', 'error.auth.invalid_credentials');

describe.each(testDatabaseKinds())('sign-in and sessions on $name', (kind) => {
  let t: TestApp;
  let org: Organisation;
  let admin: string;
  let address = 0;

  beforeAll(async () => {
    t = await startTestApp(kind, { GROUNDWORK_LOGIN_LIMIT_USER: '3', GROUNDWORK_LOGIN_LIMIT_IP: '4' });
    org = await makeOrg(t.database, 'auth-org');
    await makeUser(t.database, org, 'admin@auth', 'admin');
    admin = await signIn('admin@auth').then((r) => r.json().token);
  });
  afterAll(() => t.close());

  /** Each test signs in from an address of its own, so the per-address limit of one does not touch another. */
  const newAddress = () => `10.0.${Math.floor(++address / 200)}.${(address % 200) + 1}`;
  function signIn(
    username: string,
    password = testPassword,
    options: { ip?: string; headers?: object } = {},
  ) {
    return t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: options.ip ?? newAddress(),
      headers: { ...options.headers },
      payload: { username, password },
    });
  }
  const households = async () =>
    Number(
      (
        await t.database.db
          .selectFrom('households')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('org_id', '=', org.id)
          .executeTakeFirstOrThrow()
      ).n,
    );
  const me = (headers: Record<string, string>) =>
    t.app.inject({ method: 'GET', url: '/api/auth/me', headers });

  it('sets an HttpOnly, SameSite=Strict cookie and returns a bearer token and a CSRF token', async () => {
    const res = await signIn('admin@auth');
    expect(res.statusCode).toBe(200);
    const { token, csrfToken } = res.json();
    expect(typeof token).toBe('string');
    expect(typeof csrfToken).toBe('string');
    expect(csrfToken).not.toBe(token);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toContain(`gw_session=${token}`);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Strict/i);
    expect(cookie).toMatch(/;\s*Path=\//i);
    expect(res.body).not.toContain('password');
  });

  it('accepts the bearer token and, for reads, the cookie', async () => {
    const { token } = (await signIn('admin@auth')).json();
    const byBearer = await me({ authorization: `Bearer ${token}` });
    expect(byBearer.statusCode).toBe(200);
    expect(byBearer.json().username).toBe('admin@auth');
    const byCookie = await me({ cookie: `gw_session=${token}` });
    expect(byCookie.statusCode).toBe(200);
    expect(byCookie.json().username).toBe('admin@auth');
    expect((await me({})).statusCode).toBe(401);
    expect((await me({ authorization: 'Bearer not-a-real-token' })).statusCode).toBe(401);
  });

  it('refuses a write made with the cookie unless it carries the CSRF token', async () => {
    const { token, csrfToken } = (await signIn('admin@auth')).json();
    const write = (headers: Record<string, string>) =>
      t.app.inject({
        method: 'POST',
        url: '/api/households',
        headers: { cookie: `gw_session=${token}`, ...headers },
        payload: { name: 'Cookie home' },
      });
    const before = await households();
    const attempts: Record<string, string>[] = [{}, { 'x-csrf-token': 'wrong' }, { 'x-csrf-token': token }];
    for (const headers of attempts) {
      const refused = await write(headers);
      expect(refused.statusCode).toBe(403);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.json()).toMatchObject({ code: 'auth.csrf_failed' });
    }
    expect(await households()).toBe(before);
    const accepted = await write({ 'x-csrf-token': csrfToken });
    expect(accepted.statusCode).toBe(201);
    expect(await households()).toBe(before + 1);
  });

  it('logs out: the token stops working at once', async () => {
    const { token } = (await signIn('admin@auth')).json();
    const out = await call(t.app, { method: 'POST', url: '/api/auth/logout', token });
    expect(out.statusCode).toBe(200);
    expect(String(out.headers['set-cookie'])).toMatch(/gw_session=;/);
    const after = await me({ authorization: `Bearer ${token}` });
    expect(after.statusCode).toBe(401);
    expect(after.json().code).toBe('auth.required');
    expect((await me({ cookie: `gw_session=${token}` })).statusCode).toBe(401);
  });

  it('answers a wrong password and an unknown username alike, with a message', async () => {
    await makeUser(t.database, org, 'alike@auth', 'viewer');
    const wrong = await signIn('alike@auth', 'not the password');
    const unknown = await signIn('nobody@auth', 'not the password');
    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject({ code: 'auth.invalid_credentials', detail: englishInvalid });
    }
    expect(unknown.json()).toEqual(wrong.json());
  });

  it('speaks French to a French browser', async () => {
    const res = await signIn('nobody@auth', 'not the password', {
      headers: { 'accept-language': 'fr-ML,fr;q=0.9' },
    });
    expect(res.statusCode).toBe(401);
    const { detail } = res.json();
    expect(typeof detail).toBe('string');
    expect(detail.length).toBeGreaterThan(0);
    // The French catalogue is being filled in; until it holds this message there is nothing to compare.
    if (Object.hasOwn(catalogues.fr, 'error.auth.invalid_credentials')) {
      expect(detail).not.toBe(englishInvalid);
      expect(detail).toBe(catalogues.fr['error.auth.invalid_credentials']);
    }
  });

  it('after too many failures for a username, refuses even the right password for a while', async () => {
    await makeUser(t.database, org, 'limited@auth', 'viewer');
    for (let i = 0; i < 3; i++)
      expect((await signIn('limited@auth', 'guess number one')).statusCode).toBe(401);
    const blocked = await signIn('limited@auth');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json()).toMatchObject({ code: 'auth.rate_limited' });
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect((await signIn('admin@auth')).statusCode).toBe(200);
  });

  it('after too many failures from one address, refuses it whatever the username', async () => {
    await makeUser(t.database, org, 'crowd@auth', 'viewer');
    const ip = newAddress();
    for (let i = 0; i < 4; i++)
      expect((await signIn(`guess${i}@auth`, 'wrong password', { ip })).statusCode).toBe(401);
    const blocked = await signIn('crowd@auth', testPassword, { ip });
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect((await signIn('crowd@auth')).statusCode).toBe(200);
  });

  it('does not let a forged X-Forwarded-For header dodge the per-address limit', async () => {
    const ip = newAddress();
    for (let i = 0; i < 4; i++) await signIn(`forger${i}@auth`, 'wrong password', { ip });
    const forged = await signIn('admin@auth', testPassword, {
      ip,
      headers: { 'x-forwarded-for': '198.51.100.7' },
    });
    expect(forged.statusCode).toBe(429);
  });

  it('a disabled user cannot sign in and her live token stops working', async () => {
    const id = await makeUser(t.database, org, 'leaving@auth', 'viewer');
    const { token } = (await signIn('leaving@auth')).json();
    expect((await me({ authorization: `Bearer ${token}` })).statusCode).toBe(200);
    const disabled = await call(t.app, { method: 'POST', url: `/api/users/${id}/disable`, token: admin });
    expect(disabled.statusCode).toBe(201);
    expect((await me({ authorization: `Bearer ${token}` })).statusCode).toBe(401);
    const again = await signIn('leaving@auth');
    expect(again.statusCode).toBe(401);
    expect(again.json().token).toBeUndefined();
  });

  it('a new password ends every session of the user', async () => {
    const id = await makeUser(t.database, org, 'forgetful@auth', 'viewer');
    const first = (await signIn('forgetful@auth')).json().token;
    const second = (await signIn('forgetful@auth')).json().token;
    const reset = await call(t.app, {
      method: 'POST',
      url: `/api/users/${id}/password`,
      token: admin,
      payload: { password: 'a brand new passphrase' },
    });
    expect(reset.statusCode).toBe(201);
    for (const token of [first, second])
      expect((await me({ authorization: `Bearer ${token}` })).statusCode).toBe(401);
    expect((await signIn('forgetful@auth')).statusCode).toBe(401);
    expect((await signIn('forgetful@auth', 'a brand new passphrase')).statusCode).toBe(200);
  });
});
