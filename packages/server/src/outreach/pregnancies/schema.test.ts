import { newId } from '@groundwork/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.ts';
import { testDatabaseKinds } from '../../db/testing.ts';
import { createOrganisation } from '../../orgs/organisations.ts';

const at = '2026-03-01T00:00:00.000Z';

describe.each(testDatabaseKinds())('pregnancy tables on $name', (kind) => {
  let database: Database;
  let orgId: string;
  let personId: string;

  beforeAll(async () => {
    database = await kind.open();
    orgId = (
      await createOrganisation(database.db, {
        name: 'Schema',
        slug: 'schema',
        country: 'IN',
        currency: 'INR',
        locale: 'en',
        timeZone: 'Asia/Kolkata',
      })
    ).id;
    personId = newId();
    await database.db
      .insertInto('people')
      .values({
        org_id: orgId,
        id: personId,
        given_name: 'Sunita',
        name_key: 'sunita',
        sex: 'female',
        skills: '[]',
        consent_given: 1,
        created_at: at,
        updated_at: at,
      })
      .execute();
  });
  afterAll(() => database.close());

  const pregnancy = (changes: { delivered_on?: string; closed_on?: string } = {}) => ({
    org_id: orgId,
    id: newId(),
    person_id: personId,
    registered_on: '2026-03-01',
    expected_delivery_on: '2026-10-01',
    recorded_by: 'user',
    created_at: at,
    updated_at: at,
    ...changes,
  });

  it('holds one current pregnancy per woman, and any number that ended', async () => {
    await database.db
      .insertInto('pregnancies')
      .values(pregnancy({ delivered_on: '2025-01-02' }))
      .execute();
    await database.db
      .insertInto('pregnancies')
      .values(pregnancy({ closed_on: '2025-06-02' }))
      .execute();
    await database.db.insertInto('pregnancies').values(pregnancy()).execute();
    await expect(database.db.insertInto('pregnancies').values(pregnancy()).execute()).rejects.toThrow();
    const rows = await database.db
      .selectFrom('pregnancies')
      .select(['delivered_on', 'closed_on'])
      .where('org_id', '=', orgId)
      .where('person_id', '=', personId)
      .execute();
    expect(rows.filter((r) => r.delivered_on === null && r.closed_on === null)).toHaveLength(1);
    expect(rows).toHaveLength(3);
  });

  it('never lets a pregnancy point at a person of another organisation', async () => {
    const other = await createOrganisation(database.db, {
      name: 'Other',
      slug: 'other-schema',
      country: 'IN',
      currency: 'INR',
      locale: 'en',
      timeZone: 'Asia/Kolkata',
    });
    await expect(
      database.db
        .insertInto('pregnancies')
        .values({ ...pregnancy(), org_id: other.id })
        .execute(),
    ).rejects.toThrow();
  });
});
