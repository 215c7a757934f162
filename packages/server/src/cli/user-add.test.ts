import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../db/testing.ts';
import type { Organisation } from '../orgs/organisations.ts';
import { call, login, makeOrg, startTestApp, type TestApp } from '../testing/harness.ts';
import { captureOutput } from './testing.ts';
import { userAdd } from './user-add.ts';
import { userDisable } from './user-disable.ts';
import { userResetPassword } from './user-password.ts';

const password = 'a long enough passphrase';
const base = { org: 'users-org', area: [], group: [], sensitive: false, password };

describe.each(testDatabaseKinds())('user commands on $name', (kind) => {
  let t: TestApp;
  let org: Organisation;

  beforeAll(async () => {
    t = await startTestApp(kind);
    org = await makeOrg(t.database, 'users-org');
  });
  afterAll(() => t.close());

  it('adds a user who can then log in', async () => {
    const output = captureOutput();
    expect(
      await userAdd(t.database, { ...base, username: 'Admin@Users', role: 'admin', sensitive: true }, output),
    ).toBe(0);
    const token = await login(t.app, 'admin@users', password);
    const me = await call(t.app, { method: 'GET', url: '/api/auth/me', token });
    expect(me.statusCode).toBe(200);
    const user = await t.database.db
      .selectFrom('users')
      .selectAll()
      .where('username', '=', 'admin@users')
      .executeTakeFirstOrThrow();
    expect(user).toMatchObject({ org_id: org.id, role: 'admin', sensitive_access: 1 });
    const logged = await t.database.db
      .selectFrom('commands')
      .select(['user_id', 'device_id'])
      .where('type', '=', 'user.create')
      .execute();
    expect(logged).toEqual([{ user_id: 'system', device_id: 'cli' }]);
  });

  it('takes the password from GROUNDWORK_PASSWORD, and refuses without one', async () => {
    process.env.GROUNDWORK_PASSWORD = password;
    try {
      expect(
        await userAdd(
          t.database,
          { ...base, password: undefined, username: 'viewer@users', role: 'viewer' },
          captureOutput(),
        ),
      ).toBe(0);
    } finally {
      delete process.env.GROUNDWORK_PASSWORD;
    }
    await login(t.app, 'viewer@users', password);
    const output = captureOutput();
    expect(
      await userAdd(
        t.database,
        { ...base, password: undefined, username: 'other@users', role: 'viewer' },
        output,
      ),
    ).toBe(1);
    expect(output.stderr[0]).toContain('GROUNDWORK_PASSWORD');
  });

  it('refuses a field role without an area or group, saying why', async () => {
    const output = captureOutput();
    expect(
      await userAdd(t.database, { ...base, username: 'field@users', role: 'field_worker' }, output),
    ).toBe(1);
    expect(output.stderr).toEqual(['A field_worker needs at least one area or group to work in. (scope)']);
  });

  it('disables a user and ends her sessions', async () => {
    await userAdd(t.database, { ...base, username: 'coord@users', role: 'coordinator' }, captureOutput());
    const token = await login(t.app, 'coord@users', password);
    const output = captureOutput();
    expect(await userDisable(t.database, { org: 'users-org', username: 'coord@users' }, output)).toBe(0);
    const me = await call(t.app, { method: 'GET', url: '/api/auth/me', token });
    expect(me.statusCode).toBe(401);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'coord@users', password },
    });
    expect(again.statusCode).toBe(401);
  });

  it('resets a password: the old one and its sessions stop working', async () => {
    const token = await login(t.app, 'viewer@users', password);
    const fresh = 'another long passphrase';
    expect(
      await userResetPassword(
        t.database,
        { org: 'users-org', username: 'viewer@users', password: fresh },
        captureOutput(),
      ),
    ).toBe(0);
    expect((await call(t.app, { method: 'GET', url: '/api/auth/me', token })).statusCode).toBe(401);
    await login(t.app, 'viewer@users', fresh);
  });

  it('names an unknown user or organisation', async () => {
    const output = captureOutput();
    expect(await userDisable(t.database, { org: 'users-org', username: 'nobody' }, output)).toBe(1);
    expect(await userDisable(t.database, { org: 'no-org', username: 'nobody' }, output)).toBe(1);
    expect(output.stderr).toEqual([
      'No user "nobody" in organisation users-org.',
      'No organisation has the short name "no-org".',
    ]);
  });
});
