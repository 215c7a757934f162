import { gunzipSync } from 'node:zlib';
import { newId } from '@groundwork/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../db/testing.ts';
import { asSystem, call, login, makeOrg, makeUser, startTestApp, type TestApp } from '../testing/harness.ts';

const at = '2026-11-30T10:00:00.000Z';
const personCommand = (givenName: string, extra: Record<string, unknown> = {}) => ({
  id: newId(),
  type: 'person.create',
  at,
  payload: { givenName, sex: 'female', ...extra },
});

describe.each(testDatabaseKinds())('sync on $name', (kind) => {
  let t: TestApp;
  let admin: string;
  let worker: string;
  let inArea: string;
  let outArea: string;

  const push = (token: string, commands: unknown[], deviceId = 'phone-1') =>
    call(t.app, { method: 'POST', url: '/api/sync/push', token, payload: { deviceId, commands } });
  const pull = (token: string, since: string, limit = 500) =>
    call(t.app, { method: 'GET', url: `/api/sync/pull?since=${since}&limit=${limit}`, token });
  const count = async (table: 'people' | 'commands' | 'changes' | 'memberships') =>
    Number(
      (
        await t.database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    t = await startTestApp(kind);
    const org = await makeOrg(t.database, 'sync-org');
    const [a, b] = await asSystem(t.database, org, [
      { type: 'area.create', payload: { name: 'Satpur', kind: 'ward' } },
      { type: 'area.create', payload: { name: 'Cidco', kind: 'ward' } },
    ]);
    inArea = a!.id;
    outArea = b!.id;
    await makeUser(t.database, org, 'admin@sync', 'admin');
    await makeUser(t.database, org, 'fw@sync', 'field_worker', { areaIds: [inArea] });
    admin = await login(t.app, 'admin@sync');
    worker = await login(t.app, 'fw@sync');
  });
  afterAll(() => t.close());

  it('applies a batch, one result per command in order, and a bad one does not stop the others', async () => {
    const good = personCommand('Lata', { areaId: inArea });
    const badPayload = personCommand('', { areaId: inArea });
    const unknown = { id: newId(), type: 'meeting.teleport', at, payload: {} };
    const badEnvelope = { id: 'not-a-uuid', type: 'person.create', at, payload: {} };
    const missingRef = personCommand('Rekha', { areaId: newId() });
    const good2 = personCommand('Shobha', { areaId: inArea });
    const res = await push(worker, [good, badPayload, unknown, badEnvelope, missingRef, good2]);
    expect(res.statusCode).toBe(200);
    const results = res.json().results;
    expect(results.map((r: { id: string; status: string }) => [r.id, r.status])).toEqual([
      [good.id, 'applied'],
      [badPayload.id, 'rejected'],
      [unknown.id, 'rejected'],
      ['not-a-uuid', 'rejected'],
      [missingRef.id, 'rejected'],
      [good2.id, 'applied'],
    ]);
    expect(results[1].error).toMatchObject({
      code: 'request.invalid',
      field: 'payload.givenName',
      status: 422,
    });
    expect(results[2].error).toMatchObject({ code: 'command.unknown_type', field: 'type' });
    expect(results[3].error).toMatchObject({ code: 'request.invalid', field: 'commands.3.id' });
    // An area she cannot see is refused as out of scope, so its existence is not revealed.
    expect(results[4].error).toMatchObject({ code: 'access.denied', status: 403 });
  });

  it('gzips a pull for a phone that accepts it, and leaves the short push answers as they are', async () => {
    const commands = Array.from({ length: 30 }, (_, i) => personCommand(`Gzip${i}`, { areaId: inArea }));
    const pushed = await t.app.inject({
      method: 'POST',
      url: '/api/sync/push',
      headers: { authorization: `Bearer ${worker}`, 'accept-encoding': 'gzip, br' },
      payload: { deviceId: 'phone-gzip', commands },
    });
    expect(pushed.statusCode).toBe(200);
    expect(pushed.headers['content-encoding']).toBeUndefined();
    const pulled = await t.app.inject({
      method: 'GET',
      url: '/api/sync/pull?since=0',
      headers: { authorization: `Bearer ${worker}`, 'accept-encoding': 'gzip, br' },
    });
    expect(pulled.statusCode).toBe(200);
    expect(pulled.headers['content-encoding']).toBe('gzip');
    const changes = JSON.parse(gunzipSync(pulled.rawPayload).toString()).changes;
    expect(
      changes.filter((c: { data: { givenName?: string } }) => c.data.givenName?.startsWith('Gzip')),
    ).toHaveLength(30);
  });

  it('writes a command once however often it is sent, and returns its first result', async () => {
    const command = personCommand('Vaishali', { areaId: inArea });
    const first = (await push(worker, [command])).json().results[0];
    const people = await count('people');
    const changes = await count('changes');
    const again = (await push(worker, [command, command])).json().results;
    expect(again.map((r: { status: string }) => r.status)).toEqual(['duplicate', 'duplicate']);
    expect(again[0].result).toEqual(first.result);
    expect(await count('people')).toBe(people);
    expect(await count('changes')).toBe(changes);
  });

  it('refuses a command id reused for a different change', async () => {
    const command = personCommand('Usha', { areaId: inArea });
    await push(worker, [command]);
    const reused = (
      await push(worker, [{ ...command, payload: { givenName: 'Other', sex: 'female', areaId: inArea } }])
    ).json().results[0];
    expect(reused).toMatchObject({ status: 'rejected', error: { code: 'command.id_reused', status: 409 } });
  });

  it('tells nobody but its author that a command id was used', async () => {
    const command = personCommand('Private', { areaId: inArea });
    await push(admin, [command]);
    const replay = (await push(worker, [command])).json().results[0];
    expect(replay).toMatchObject({ status: 'rejected', error: { code: 'command.id_reused' } });
    expect(replay.result).toBeUndefined();
  });

  it('rolls back every row of a command that fails half-way', async () => {
    const people = await count('people');
    const commands = await count('commands');
    const halfway = personCommand('Nirmala', {
      areaId: inArea,
      membership: { groupId: newId(), joinedOn: '2024-01-01' },
    });
    const result = (await push(admin, [halfway])).json().results[0];
    expect(result).toMatchObject({
      status: 'rejected',
      error: { code: 'reference.not_found', field: 'groupId' },
    });
    expect(await count('people')).toBe(people);
    expect(await count('commands')).toBe(commands);
  });

  it('refuses a scoped user a command outside her scope, and an oversized batch', async () => {
    const outside = (await push(worker, [personCommand('Outsider', { areaId: outArea })])).json().results[0];
    expect(outside).toMatchObject({ status: 'rejected', error: { code: 'access.denied', status: 403 } });
    const many = Array.from({ length: 501 }, (_, i) => personCommand(`P${i}`, { areaId: inArea }));
    const res = await push(admin, many);
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ code: 'sync.batch_too_large', field: 'commands' });
  });

  it('pulls changes in order, a page at a time, only within the scope', async () => {
    await push(admin, [personCommand('Far away', { areaId: outArea })]);
    const all: { seq: number; entity: string; data: { areaId?: string } }[] = [];
    let cursor = '0';
    for (let pages = 0; pages < 100; pages++) {
      const body = (await pull(admin, cursor, 3)).json();
      all.push(...body.changes);
      cursor = body.nextCursor;
      if (!body.hasMore) break;
    }
    const seqs = all.map((c) => c.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(seqs.length);
    expect(all.length).toBe(await count('changes'));
    const mine = (await pull(worker, '0')).json();
    const people = mine.changes.filter((c: { entity: string }) => c.entity === 'person');
    expect(people.length).toBeGreaterThan(0);
    expect(people.every((c: { data: { areaId: string } }) => c.data.areaId === inArea)).toBe(true);
    const nothingNew = (await pull(worker, mine.nextCursor)).json();
    expect(nothingNew).toEqual({ changes: [], nextCursor: mine.nextCursor, hasMore: false });
    const bad = await pull(worker, 'abc');
    expect(bad.statusCode).toBe(422);
    expect(bad.json().field).toBe('query.since');
  });
});

describe.each(testDatabaseKinds())('sync scope cap on $name', (kind) => {
  it('refuses a first pull over the cap with a clear message', async () => {
    const t = await startTestApp(kind, { GROUNDWORK_SYNC_SCOPE_CAP: '2' });
    try {
      const org = await makeOrg(t.database, 'cap-org');
      await makeUser(t.database, org, 'admin@cap', 'admin');
      await asSystem(
        t.database,
        org,
        ['A', 'B', 'C'].map((givenName) => ({
          type: 'person.create',
          payload: { givenName, sex: 'female' },
        })),
      );
      const token = await login(t.app, 'admin@cap');
      const res = await call(t.app, { method: 'GET', url: '/api/sync/pull?since=0', token });
      expect(res.statusCode).toBe(413);
      expect(res.json()).toMatchObject({ code: 'sync.scope_too_large' });
      expect(res.json().detail).toContain('3');
    } finally {
      await t.close();
    }
  });
});
