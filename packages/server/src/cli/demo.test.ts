import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.ts';
import { testDatabaseKinds } from '../db/testing.ts';
import { tinyScale } from '../demo/learn.ts';
import { makeOrg } from '../testing/harness.ts';
import { demo, progressLine } from './demo.ts';
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

  it('refuses the learn dataset too when the database is not empty', async () => {
    const output = captureOutput();
    expect(await demo(database, { scale: 'learn', learn: tinyScale }, output)).toBe(1);
    expect(output.stderr[0]).toContain('already has organisations');
  });
});

describe.each(testDatabaseKinds())('demo --scale learn on $name', (kind) => {
  let database: Database;

  beforeAll(async () => {
    database = await kind.open();
  });
  afterAll(() => database.close());

  it('writes the generated dataset through the commands, printing progress and the logins', async () => {
    const output = captureOutput();
    expect(await demo(database, { scale: 'learn', learn: tinyScale }, output)).toBe(0);
    expect(output.stdout).toContain('admin@learn');
    expect(output.stderr.at(-1)).toMatch(/^100% \d+\/\d+ \d+:\d\d$/);
    const meetings = await database.db
      .selectFrom('meetings')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(meetings.n)).toBeGreaterThan(tinyScale.groups * 10);
    const groups = await database.db
      .selectFrom('groups')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(groups.n)).toBe(tinyScale.groups);
  }, 60_000);
});

describe('progress line', () => {
  it('shows the share done, the counts and the time taken, with the locale’s digits grouping', () => {
    expect(progressLine({ meetings: 29_000, totalMeetings: 241_686, elapsedMs: 205_400 }, 'en')).toBe(
      ' 11% 29,000/2,41,686 3:25',
    );
    expect(progressLine({ meetings: 5, totalMeetings: 5, elapsedMs: 900 }, 'fr')).toBe('100% 5/5 0:01');
  });
});
