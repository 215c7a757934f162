import { isDomainError } from '@groundwork/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.ts';
import { testDatabaseKinds } from '../db/testing.ts';
import { makeOrg } from '../testing/harness.ts';
import { createNetwork } from './networks.ts';

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isDomainError(error)) throw new Error(`expected a domain error, got ${String(error)}`);
  return error;
}

describe.each(testDatabaseKinds())('networks on $name', (kind) => {
  let database: Database;

  beforeAll(async () => {
    database = await kind.open();
    await makeOrg(database, 'partner-a');
    await makeOrg(database, 'partner-b');
  });
  afterAll(() => database.close());

  it('joins its partner organisations', async () => {
    const network = await createNetwork(database.db, {
      name: 'Western collaborative',
      slug: 'west',
      organisationSlugs: ['partner-a', 'partner-b', 'partner-a'],
    });
    const members = await database.db
      .selectFrom('network_members')
      .innerJoin('organisations', 'organisations.id', 'network_members.org_id')
      .select('organisations.slug')
      .where('network_id', '=', network.id)
      .orderBy('organisations.slug')
      .execute();
    expect(members.map((m) => m.slug)).toEqual(['partner-a', 'partner-b']);
    const audited = await database.db
      .selectFrom('audit_log')
      .select('org_id')
      .where('action', '=', 'network.create')
      .execute();
    expect(audited).toHaveLength(2);
  });

  it('refuses a taken slug', async () => {
    const error = await refusal(
      createNetwork(database.db, { name: 'Again', slug: 'west', organisationSlugs: ['partner-a'] }),
    );
    expect(error).toMatchObject({ code: 'network.slug_taken', field: 'slug' });
  });

  it('names the organisation it does not know and writes nothing', async () => {
    const error = await refusal(
      createNetwork(database.db, {
        name: 'Eastern',
        slug: 'east',
        organisationSlugs: ['partner-a', 'nobody'],
      }),
    );
    expect(error).toMatchObject({
      code: 'reference.not_found',
      field: 'organisationSlugs.1',
      details: { slug: 'nobody' },
    });
    const east = await database.db.selectFrom('networks').select('id').where('slug', '=', 'east').execute();
    expect(east).toEqual([]);
  });
});
