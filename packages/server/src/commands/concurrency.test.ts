import { newId } from '@groundwork/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../access/system.ts';
import { testDatabaseKinds } from '../db/testing.ts';
import type { Organisation } from '../orgs/organisations.ts';
import { makeOrg, startTestApp, type TestApp } from '../testing/harness.ts';
import { applyCommands } from './apply.ts';

const person = (id: string, givenName: string) => ({
  id,
  type: 'person.create',
  at: new Date().toISOString(),
  payload: { givenName, sex: 'female' },
});

describe.each(testDatabaseKinds())('concurrent writers on $name', (kind) => {
  let t: TestApp;
  let org: Organisation;

  beforeAll(async () => {
    t = await startTestApp(kind);
    org = await makeOrg(t.database, 'race-org');
  });
  afterAll(() => t.close());

  const submit = (commands: ReturnType<typeof person>[]) =>
    applyCommands(t.database, { actor: systemActor(org.id), deviceId: 'race', commands });

  it('applies a command sent by two devices at once exactly once', async () => {
    const id = newId();
    const results = await Promise.all(Array.from({ length: 6 }, () => submit([person(id, 'Twice')])));
    const statuses = results.map((r) => r[0]!.status).sort();
    expect(statuses).toEqual(['applied', 'duplicate', 'duplicate', 'duplicate', 'duplicate', 'duplicate']);
    const rows = await t.database.db
      .selectFrom('people')
      .select('id')
      .where('given_name', '=', 'Twice')
      .execute();
    expect(rows).toHaveLength(1);
  });

  it('gives changes a gap-free sequence in commit order under parallel batches', async () => {
    await Promise.all(
      Array.from({ length: 8 }, (_, b) =>
        submit(Array.from({ length: 10 }, (_, i) => person(newId(), `P${b}-${i}`))),
      ),
    );
    const seqs = (
      await t.database.db
        .selectFrom('changes')
        .select('seq')
        .where('org_id', '=', org.id)
        .orderBy('seq')
        .execute()
    ).map((r) => Number(r.seq));
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
    const counter = await t.database.db
      .selectFrom('org_counters')
      .select('change_seq')
      .where('org_id', '=', org.id)
      .executeTakeFirstOrThrow();
    expect(Number(counter.change_seq)).toBe(seqs.length);
  });
});
