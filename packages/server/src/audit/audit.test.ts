import { createHash } from 'node:crypto';
import { newId, type Role } from '@groundwork/core';
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

interface LoggedCommand {
  id: string;
  type: string;
  userId: string;
  deviceId: string;
}

/** The command log's own canonical form: keys sorted at every level. */
const canonical = (value: unknown) =>
  JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe.each(testDatabaseKinds())('audit trail on $name', (kind) => {
  let t: TestApp;
  let areaId: string;
  let personId: string;
  const ids: Record<string, string> = {};
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp(kind);
    const org = await makeOrg(t.database, 'audit-org');
    const [area] = await asSystem(t.database, org, [
      { type: 'area.create', payload: { name: 'Ward 1', kind: 'ward' } },
    ]);
    areaId = area!.id;
    const [person] = await asSystem(t.database, org, [
      {
        type: 'person.create',
        payload: { givenName: 'Kamala', sex: 'female', areaId, consent: { given: true, date: '2024-01-05' } },
      },
    ]);
    personId = person!.id;
    const users: Record<string, { role: Role; sensitiveAccess?: boolean; areaIds?: string[] }> = {
      admin: { role: 'admin', sensitiveAccess: true },
      health: { role: 'health_worker', sensitiveAccess: true, areaIds: [areaId] },
      coordinator: { role: 'coordinator' },
      viewer: { role: 'viewer' },
    };
    for (const [name, { role, ...options }] of Object.entries(users)) {
      ids[name] = await makeUser(t.database, org, `${name}@audit`, role, options);
      tokens[name] = await login(t.app, `${name}@audit`);
    }
  });
  afterAll(() => t.close());

  const commandLog = async (): Promise<LoggedCommand[]> => {
    const res = await call(t.app, { method: 'GET', url: '/api/commands?limit=500', token: tokens.admin });
    expect(res.statusCode).toBe(200);
    return res.json().items;
  };
  const storedCommand = (id: string) =>
    t.database.db.selectFrom('commands').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  it('logs every REST write with its author, its device and its command id', async () => {
    const writes = [
      { type: 'area.create', method: 'POST', url: '/api/areas', payload: { name: 'Ward 2', kind: 'ward' } },
      {
        type: 'person.create',
        method: 'POST',
        url: '/api/people',
        payload: { givenName: 'Asha', sex: 'female' },
      },
      {
        type: 'person.update',
        method: 'PATCH',
        url: `/api/people/${personId}`,
        payload: { occupation: 'vendor' },
      },
      {
        type: 'person.consent.record',
        method: 'POST',
        url: `/api/people/${personId}/consent`,
        payload: { given: true, date: '2024-01-05' },
      },
      {
        type: 'person.sensitive.set',
        method: 'PUT',
        url: `/api/people/${personId}/sensitive`,
        payload: { onTreatment: true },
      },
      { type: 'household.create', method: 'POST', url: '/api/households', payload: { name: 'Home', areaId } },
    ] as const;
    const sent = [];
    for (const [i, write] of writes.entries()) {
      const commandId = newId();
      const deviceId = `tablet-${i}`;
      const res = await call(t.app, {
        ...write,
        token: tokens.admin,
        headers: { 'idempotency-key': commandId, 'x-device-id': deviceId },
      });
      expect(res.statusCode, res.body).toBe(write.method === 'POST' ? 201 : 200);
      expect(res.json().commandId).toBe(commandId);
      sent.push({ id: commandId, type: write.type, userId: ids.admin, deviceId });
    }
    const log = await commandLog();
    for (const command of sent) expect(log.find((c) => c.id === command.id)).toMatchObject(command);
  });

  it('logs a write under the device named at sign-in when the request names none', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin@audit', password: testPassword, deviceId: 'phone-at-login' },
    });
    const token = res.json().token;
    const write = await call(t.app, {
      method: 'POST',
      url: '/api/households',
      token,
      payload: { name: 'Home 2' },
    });
    expect(write.statusCode).toBe(201);
    const logged = (await commandLog()).find((c) => c.id === write.json().commandId);
    expect(logged).toMatchObject({ userId: ids.admin, deviceId: 'phone-at-login', type: 'household.create' });
  });

  it('logs every pushed command with its author and the device of the push', async () => {
    const commands = [
      { id: newId(), type: 'household.create', payload: { name: 'Pushed home', areaId } },
      { id: newId(), type: 'person.create', payload: { givenName: 'Pushpa', sex: 'female', areaId } },
    ].map((c) => ({ ...c, at: new Date().toISOString() }));
    const res = await call(t.app, {
      method: 'POST',
      url: '/api/sync/push',
      token: tokens.health,
      payload: { deviceId: 'phone-9', commands },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().results.map((r: { status: string }) => r.status)).toEqual(['applied', 'applied']);
    const log = await commandLog();
    for (const command of commands) {
      expect(log.find((c) => c.id === command.id)).toMatchObject({
        type: command.type,
        userId: ids.health,
        deviceId: 'phone-9',
      });
    }
  });

  it('audits every sensitive read: who, whose record, from which device', async () => {
    for (const [name, device] of [
      ['admin', 'tablet-s'],
      ['health', 'phone-s'],
    ] as const) {
      const read = await call(t.app, {
        method: 'GET',
        url: `/api/people/${personId}/sensitive`,
        token: tokens[name],
        headers: { 'x-device-id': device },
      });
      expect(read.statusCode).toBe(200);
    }
    const url = `/api/audit?action=person.sensitive.read&entityId=${personId}&limit=500`;
    const res = await call(t.app, { method: 'GET', url, token: tokens.admin });
    expect(res.statusCode).toBe(200);
    const items = res.json().items;
    expect(items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          userId: ids.admin,
          deviceId: 'tablet-s',
          entity: 'person',
          entityId: personId,
        }),
        expect.objectContaining({
          userId: ids.health,
          deviceId: 'phone-s',
          entity: 'person',
          entityId: personId,
        }),
      ]),
    );
  });

  it('shows neither log to a viewer or a coordinator', async () => {
    for (const name of ['viewer', 'coordinator']) {
      for (const url of ['/api/audit', '/api/commands']) {
        const res = await call(t.app, { method: 'GET', url, token: tokens[name] });
        expect(res.statusCode, `${name} ${url}`).toBe(403);
        expect(res.json().code).toBe('access.denied');
      }
    }
  });

  describe('a sensitive payload in the command log', () => {
    const attributes = { hivStatus: 'positive', sexWork: true, notes: 'note-for-the-audit-test' } as const;
    let commandId: string;

    beforeAll(async () => {
      const res = await call(t.app, {
        method: 'PUT',
        url: `/api/people/${personId}/sensitive`,
        token: tokens.admin,
        payload: attributes,
      });
      expect(res.statusCode).toBe(200);
      commandId = res.json().commandId;
    });

    it('is not stored in clear, nor anywhere else a write leaves a trace', async () => {
      const row = await storedCommand(commandId);
      expect(row.type).toBe('person.sensitive.set');
      for (const text of [row.payload, row.result]) {
        for (const clear of [attributes.notes, 'positive', 'hivStatus', 'sexWork'])
          expect(text).not.toContain(clear);
      }
      const elsewhere = JSON.stringify([
        await t.database.db.selectFrom('changes').selectAll().execute(),
        await t.database.db.selectFrom('audit_log').selectAll().execute(),
      ]);
      expect(elsewhere).not.toContain(attributes.notes);
      expect(elsewhere).not.toContain('positive');
    });

    it('cannot be confirmed by hashing a guess', async () => {
      // HIV status, treatment and sex work are a handful of values: an unsalted hash of them is as
      // readable as clear text to anyone who can read the database or a backup of it.
      const { payload } = await storedCommand(commandId);
      expect(payload).not.toBe(sha256(canonical({ personId, attributes })));
    });
  });

  it('keeps no password in a form that a fast hash can test', async () => {
    const res = await call(t.app, {
      method: 'POST',
      url: `/api/users/${ids.viewer}/password`,
      token: tokens.admin,
      payload: { password: 'summer holiday 2024' },
    });
    expect(res.statusCode).toBe(201);
    const { payload } = await storedCommand(res.json().commandId);
    expect(payload).not.toContain('summer holiday 2024');
    // Passwords are kept with argon2id so that guessing is slow; a SHA-256 of the same secret undoes that.
    expect(payload).not.toBe(sha256(canonical({ id: ids.viewer, password: 'summer holiday 2024' })));
  });
});
