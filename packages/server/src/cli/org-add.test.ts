import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.ts';
import { testDatabaseKinds } from '../db/testing.ts';
import { makeOrg } from '../testing/harness.ts';
import { networkAdd } from './network-add.ts';
import { orgAdd } from './org-add.ts';
import { captureOutput } from './testing.ts';

const mali = {
  name: 'Association Bamako',
  slug: 'bamako',
  country: 'ml',
  currency: 'xof',
  locale: 'fr',
  timeZone: 'Africa/Bamako',
};

describe.each(testDatabaseKinds())('org and network commands on $name', (kind) => {
  let database: Database;

  beforeAll(async () => {
    database = await kind.open();
  });
  afterAll(() => database.close());

  it('adds an organisation, with codes in either case', async () => {
    const output = captureOutput();
    expect(await orgAdd(database, mali, output)).toBe(0);
    expect(output.stdout).toContain('Created organisation bamako');
    const row = await database.db
      .selectFrom('organisations')
      .selectAll()
      .where('slug', '=', 'bamako')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ country: 'ML', currency: 'XOF', locale: 'fr', time_zone: 'Africa/Bamako' });
  });

  it('refuses a slug that is taken, in one line', async () => {
    const output = captureOutput();
    expect(await orgAdd(database, { ...mali, name: 'Another' }, output)).toBe(1);
    expect(output.stderr).toEqual(['An organisation with the short name bamako already exists. (slug)']);
  });

  it('names every bad option', async () => {
    const output = captureOutput();
    const code = await orgAdd(database, { ...mali, slug: 'Bad Slug', timeZone: 'Mars/Olympus' }, output);
    expect(code).toBe(1);
    expect(output.stderr).toHaveLength(1);
    expect(output.stderr[0]).toMatch(/slug: must be lowercase.*time-zone: is not valid/);
  });

  it('adds a network of known organisations', async () => {
    await makeOrg(database, 'partner');
    const output = captureOutput();
    expect(
      await networkAdd(database, { name: 'Sahel network', slug: 'sahel', orgs: 'bamako, partner' }, output),
    ).toBe(0);
    expect(output.stdout).toContain('Created network sahel of 2 organisations');
  });

  it('names the organisation slug it does not know', async () => {
    const output = captureOutput();
    expect(
      await networkAdd(database, { name: 'Other network', slug: 'other', orgs: 'bamako,nowhere' }, output),
    ).toBe(1);
    expect(output.stderr).toEqual(['No organisation has the short name "nowhere".']);
    const other = await database.db.selectFrom('networks').select('id').where('slug', '=', 'other').execute();
    expect(other).toEqual([]);
  });
});
