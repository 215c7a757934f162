import { newId } from '@groundwork/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation } from '../orgs/organisations.ts';
import type { Database } from './database.ts';
import { executeReused, insertRows } from './reuse.ts';
import { testDatabaseKinds } from './testing.ts';

describe.each(testDatabaseKinds())('reused statements on $name', (kind) => {
  let database: Database;
  let orgId: string;

  beforeAll(async () => {
    database = await kind.open();
    orgId = (
      await createOrganisation(database.db, {
        name: 'Reuse',
        slug: 'reuse',
        country: 'IN',
        currency: 'INR',
        locale: 'en',
        timeZone: 'Asia/Kolkata',
      })
    ).id;
  });
  afterAll(() => database.close());

  const area = (name: string) => ({
    org_id: orgId,
    id: newId(),
    parent_id: null,
    kind: 'ward',
    name,
    code: null,
    created_at: '2026-12-01T00:00:00.000Z',
    updated_at: '2026-12-01T00:00:00.000Z',
  });

  it('binds each call’s own values to the statement compiled the first time', async () => {
    await insertRows(database.db, database.dialect, 'areas', [area('Satpur')]);
    await insertRows(database.db, database.dialect, 'areas', [area('Cidco'), area('Ambad')]);
    await insertRows(database.db, database.dialect, 'areas', [area('Panchavati')]);
    const select = (name: string) =>
      executeReused(database.db, database.dialect, 'area by name', [orgId, name], () =>
        database.db.selectFrom('areas').select('name').where('org_id', '=', orgId).where('name', '=', name),
      );
    expect((await select('Cidco')).rows).toEqual([{ name: 'Cidco' }]);
    expect((await select('Panchavati')).rows).toEqual([{ name: 'Panchavati' }]);
    expect((await select('Nowhere')).rows).toEqual([]);
  });

  it('refuses parameters that are not the ones the query binds', async () => {
    await expect(
      executeReused(database.db, database.dialect, 'area by kind, wrongly given', [orgId], () =>
        database.db.selectFrom('areas').select('name').where('org_id', '=', orgId).where('kind', '=', 'ward'),
      ),
    ).rejects.toThrow(/not the ones its query binds/);
  });
});
