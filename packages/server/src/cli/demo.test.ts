import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.ts';
import { testDatabaseKinds } from '../db/testing.ts';
import { makeOrg } from '../testing/harness.ts';
import { demo } from './demo.ts';
import { captureOutput } from './testing.ts';

describe.each(testDatabaseKinds())('demo command on $name', (kind) => {
  let database: Database;

  beforeAll(async () => {
    database = await kind.open();
    await makeOrg(database, 'already-here');
  });
  afterAll(() => database.close());

  it('refuses a database that already has organisations, and adds nothing', async () => {
    const output = captureOutput();
    expect(await demo(database, {}, output)).toBe(1);
    expect(output.stderr).toHaveLength(1);
    expect(output.stderr[0]).toContain('already has organisations');
    const orgs = await database.db.selectFrom('organisations').select('slug').execute();
    expect(orgs).toEqual([{ slug: 'already-here' }]);
  });
});
