import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.ts';
import { testDatabaseKinds } from '../db/testing.ts';
import type { Organisation } from '../orgs/organisations.ts';
import { asSystem, makeOrg } from '../testing/harness.ts';
import { exportCsv } from './export.ts';
import { groupsCsv } from './groups-csv.ts';
import { importCsv } from './import.ts';
import { peopleCsv } from './people-csv.ts';
import { captureOutput, useTempDir, writeFile } from './testing.ts';

const wardId = '01960000-0000-7000-8000-000000000002';
const federationId = '01960000-0000-7000-8000-0000000000f2';
const shgId = '01960000-0000-7000-8000-0000000000a2';

async function setUp(database: Database, slug: string): Promise<Organisation> {
  const org = await makeOrg(database, slug);
  await asSystem(database, org, [
    { type: 'area.create', payload: { id: wardId, name: 'Ward 12', kind: 'ward', code: 'W12' } },
  ]);
  return org;
}

describe.each(testDatabaseKinds())('export on $name', (kind) => {
  let database: Database;
  let org: Organisation;
  let copy: Organisation;
  const dir = useTempDir();

  beforeAll(async () => {
    database = await kind.open();
    org = await setUp(database, 'source-org');
    copy = await setUp(database, 'target-org');
    const groups = writeFile(
      dir,
      'groups.csv',
      [
        'id,kind,name,area_code,formed_on,cadence,meeting_day_of_month,parent_id,saving_amount,share_price,interest_rate_percent_per_month,loan_cap_multiple_of_savings,share_out_rule,fines',
        `${federationId},federation,Ward Federation,W12,2019-01-01,monthly,,,,,,,,`,
        `${shgId},shg,Ramai SHG,W12,2021-04-01,monthly,5,${federationId},50,10.25,2,2.5,equal,absence:5`,
      ].join('\n'),
    );
    const people = writeFile(
      dir,
      'people.csv',
      [
        'given_name,family_name,sex,birth_date,phone,area_code,occupation,skills,disability_type,consent_given,consent_date,group_id,joined_on',
        `Shabana,Shaikh,female,1984-07-02,+91 99200 11111,W12,vendor,"cooking;accounts, basic",,yes,2024-01-05,${shgId},2021-04-01`,
        'Rafiq,Shaikh,male,,,,,,low vision,,,,',
      ].join('\n'),
    );
    expect(await importCsv(groupsCsv)(database, { file: groups, org: 'source-org' }, captureOutput())).toBe(
      0,
    );
    expect(await importCsv(peopleCsv)(database, { file: people, org: 'source-org' }, captureOutput())).toBe(
      0,
    );
    await asSystem(database, org, [
      {
        type: 'person.sensitive.set',
        payload: { personId: await idOf('Shabana'), attributes: { hivStatus: 'positive' } },
      },
    ]);
  });
  afterAll(() => database.close());

  async function idOf(givenName: string) {
    const row = await database.db
      .selectFrom('people')
      .select('id')
      .where('org_id', '=', org.id)
      .where('given_name', '=', givenName)
      .executeTakeFirstOrThrow();
    return row.id;
  }

  it('writes the import’s columns to stdout, federations first, never a sensitive attribute', async () => {
    const output = captureOutput();
    expect(await exportCsv(groupsCsv)(database, { org: 'source-org' }, output)).toBe(0);
    const lines = output.stdout.trim().split('\n');
    expect(lines[0]).toBe(groupsCsv.columns.map(([name]) => name).join(','));
    expect(lines[1]).toContain('Ward Federation');
    expect(lines[2]).toContain('Ramai SHG,W12');
    expect(lines[2]).toContain(',50.00,10.25,2,2.5,,equal,absence:5.00');
    expect(output.stderr).toEqual(['Exported 2 groups of source-org.']);
    const people = captureOutput();
    await exportCsv(peopleCsv)(database, { org: 'source-org' }, people);
    expect(people.stdout).toContain('"cooking;accounts, basic"');
    expect(people.stdout).not.toContain('positive');
  });

  it('re-imports into another organisation as the same rows', async () => {
    const files = { groups: join(dir, 'out-groups.csv'), people: join(dir, 'out-people.csv') };
    for (const [kindName, csv] of [
      ['groups', groupsCsv],
      ['people', peopleCsv],
    ] as const) {
      expect(
        await exportCsv<unknown>(csv)(database, { org: 'source-org', out: files[kindName] }, captureOutput()),
      ).toBe(0);
      expect(
        await importCsv<unknown>(csv)(
          database,
          { file: files[kindName], org: 'target-org' },
          captureOutput(),
        ),
      ).toBe(0);
      const again = captureOutput();
      await exportCsv<unknown>(csv)(database, { org: 'target-org' }, again);
      expect(again.stdout).toBe(readFileSync(files[kindName], 'utf8'));
    }
    const shabana = await database.db
      .selectFrom('people')
      .selectAll()
      .where('org_id', '=', copy.id)
      .where('given_name', '=', 'Shabana')
      .executeTakeFirstOrThrow();
    expect(shabana).toMatchObject({
      id: await idOf('Shabana'),
      birth_year: 1984,
      area_id: wardId,
      consent_given: 1,
    });
  });
});
