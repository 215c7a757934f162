import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.ts';
import { testDatabaseKinds } from '../db/testing.ts';
import type { Organisation } from '../orgs/organisations.ts';
import { asSystem, makeOrg } from '../testing/harness.ts';
import { groupsCsv } from './groups-csv.ts';
import { importCsv } from './import.ts';
import { peopleCsv } from './people-csv.ts';
import { captureOutput, useTempDir, writeFile } from './testing.ts';

const importPeople = importCsv(peopleCsv);
const importGroups = importCsv(groupsCsv);
const villageId = '01960000-0000-7000-8000-000000000001';
const shgId = '01960000-0000-7000-8000-0000000000a1';

const header =
  'given_name,family_name,sex,birth_year,phone,area_code,skills,consent_given,consent_date,group_id,joined_on';

async function count(
  database: Database,
  table: 'people' | 'commands' | 'memberships' | 'groups',
  orgId: string,
) {
  const row = await database.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('org_id', '=', orgId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe.each(testDatabaseKinds())('import people on $name', (kind) => {
  let database: Database;
  let org: Organisation;
  const dir = useTempDir();

  beforeAll(async () => {
    database = await kind.open();
    org = await makeOrg(database, 'import-org');
    await asSystem(database, org, [
      { type: 'area.create', payload: { id: villageId, name: 'Pimpalgaon', kind: 'village', code: 'PMP' } },
      {
        type: 'group.create',
        payload: {
          id: shgId,
          kind: 'shg',
          name: 'Jijau SHG',
          formedOn: '2020-01-01',
          cadence: 'weekly',
          areaId: villageId,
        },
      },
    ]);
  });
  afterAll(() => database.close());

  it('reports every bad row with its number and field, and writes nothing', async () => {
    const file = writeFile(
      dir,
      'bad.csv',
      [
        header,
        'Sunita,Pawar,female,1988,+91 98220 12345,PMP,tailoring,yes,2024-03-01,,',
        'Asha,Kale,woman,19x8,,,,,,,',
        'Meena,More,female,1990,,NOPE,,yes,,,',
        'Rekha,Jadhav,female,1979,,,,,,,',
      ].join('\n'),
    );
    const output = captureOutput();
    expect(await importPeople(database, { file, org: 'import-org' }, output)).toBe(1);
    expect(output.stderr).toEqual([
      'row 3, birth_year: must be a whole number',
      'row 3, sex: must be one of: female, male, other, unknown',
      'row 4, area_code: no area of the organisation has the code NOPE',
      'row 4, consent_date: is required',
      '2 rows were not valid; nothing was imported.',
    ]);
    expect(await count(database, 'people', org.id)).toBe(0);
    expect(await count(database, 'commands', org.id)).toBe(2);
  });

  it('imports every row of a good file, and a second run imports nothing more', async () => {
    const file = writeFile(
      dir,
      'good.csv',
      [
        header,
        `Sunita,Pawar,F,1988,+91 98220 12345,PMP,tailoring; poultry ,yes,2024-03-01,${shgId},2024-03-01`,
        `Asha,Kale,female,1990,,PMP,,,,${shgId},2024-03-08`,
        'Rekha,Jadhav,female,1979,,,,no,2024-02-01,,',
      ].join('\n'),
    );
    const first = captureOutput();
    expect(await importPeople(database, { file, org: 'import-org' }, first)).toBe(0);
    expect(first.stdout).toContain('Imported 3 people');
    const sunita = await database.db
      .selectFrom('people')
      .selectAll()
      .where('given_name', '=', 'Sunita')
      .executeTakeFirstOrThrow();
    expect(sunita).toMatchObject({
      sex: 'female',
      area_id: villageId,
      skills: '["tailoring","poultry"]',
      consent_given: 1,
    });
    expect(await count(database, 'memberships', org.id)).toBe(2);

    const second = captureOutput();
    expect(await importPeople(database, { file, org: 'import-org' }, second)).toBe(0);
    expect(second.stdout).toContain('Imported 0 people from');
    expect(second.stdout).toContain('3 rows were imported before');
    expect(await count(database, 'people', org.id)).toBe(3);
  });

  it('rolls the whole file back when a row is refused as it is applied', async () => {
    const file = writeFile(
      dir,
      'refused.csv',
      [
        header,
        'Kavita,Shinde,female,1985,,,,,,,',
        'Sunita,Pawar,female,1988,09822012345,,,,,,',
        `Lata,Gaikwad,female,1970,,,,,,${shgId},2019-05-01`,
      ].join('\n'),
    );
    const output = captureOutput();
    expect(await importPeople(database, { file, org: 'import-org' }, output)).toBe(1);
    expect(output.stderr[0]).toMatch(/^row 3, given_name: A person with the same name/);
    expect(output.stderr[1]).toBe('row 4, joined_on: The joining date is before the group was formed.');
    expect(output.stderr[2]).toBe('2 rows were refused; nothing was imported.');
    expect(await count(database, 'people', org.id)).toBe(3);
    const kavita = await database.db
      .selectFrom('people')
      .select('id')
      .where('given_name', '=', 'Kavita')
      .execute();
    expect(kavita).toEqual([]);
  });

  it('words the row errors in the language of the output', async () => {
    const file = writeFile(dir, 'mauvais.csv', [header, 'Awa,Traoré,female,19x8,,NOPE,,,,,'].join('\n'));
    const output = captureOutput('fr');
    expect(await importPeople(database, { file, org: 'import-org' }, output)).toBe(1);
    expect(output.stderr).toEqual([
      'ligne 2, area_code\u00a0: aucune zone de l’organisation n’a le code NOPE',
      'ligne 2, birth_year\u00a0: doit être un nombre entier',
      '1 ligne n’était pas valable\u00a0; rien n’a été importé.',
    ]);
  });

  it('applies a large file in batches, showing progress', async () => {
    const rows = Array.from({ length: 1200 }, (_, i) => `Member ${i},Batch,female,${1950 + (i % 50)},,,,,,,`);
    const file = writeFile(dir, 'large.csv', [header, ...rows].join('\n'));
    const output = captureOutput();
    expect(await importPeople(database, { file, org: 'import-org' }, output)).toBe(0);
    expect(output.stderr).toEqual(['500/1200 rows', '1000/1200 rows', '1200/1200 rows']);
    expect(await count(database, 'people', org.id)).toBe(1203);
  });

  it('stops at a column it does not know', async () => {
    const file = writeFile(dir, 'typo.csv', 'given_name,sexe\nSunita,female\n');
    const output = captureOutput();
    expect(await importPeople(database, { file, org: 'import-org' }, output)).toBe(1);
    expect(output.stderr).toHaveLength(1);
    expect(output.stderr[0]).toContain('columns this import does not know: sexe');
  });
});

describe.each(testDatabaseKinds())('import groups on $name', (kind) => {
  let database: Database;
  const dir = useTempDir();
  const federationId = '01960000-0000-7000-8000-0000000000f1';

  beforeAll(async () => {
    database = await kind.open();
  });
  afterAll(() => database.close());

  it('turns major units into the currency’s minor unit and links federations named earlier', async () => {
    const org = await makeOrg(database, 'groups-inr');
    const file = writeFile(
      dir,
      'groups.csv',
      [
        'id,kind,name,formed_on,cadence,meeting_weekday,parent_id,saving_amount,interest_rate_percent_per_month,fines',
        `${federationId},federation,Nashik Federation,2018-01-01,monthly,,,,,`,
        `,SHG,Savitribai SHG,2020-06-01,weekly,Tuesday,${federationId},100.50,1.5,absence:10;late:2.50:Late by 15 minutes`,
      ].join('\n'),
    );
    const output = captureOutput();
    expect(await importGroups(database, { file, org: 'groups-inr' }, output)).toBe(0);
    const shg = await database.db
      .selectFrom('groups')
      .selectAll()
      .where('name', '=', 'Savitribai SHG')
      .executeTakeFirstOrThrow();
    expect(shg).toMatchObject({
      org_id: org.id,
      kind: 'shg',
      meeting_weekday: 'tuesday',
      parent_id: federationId,
    });
    expect(JSON.parse(shg.constitution ?? '{}')).toMatchObject({
      savingAmountPerMeeting: 10050,
      interestRateBpsPerMonth: 150,
      fineRules: [
        { reason: 'absence', amount: 1000 },
        { reason: 'late', amount: 250, label: 'Late by 15 minutes' },
      ],
    });
  });

  it('refuses decimals a currency does not have, and a constitution without its interest rate', async () => {
    const org = await makeOrg(database, 'groups-xof', {
      country: 'ML',
      currency: 'XOF',
      locale: 'fr',
      timeZone: 'Africa/Bamako',
    });
    const file = writeFile(
      dir,
      'xof.csv',
      [
        'kind,name,formed_on,cadence,saving_amount,interest_rate_percent_per_month',
        'savings_group,Benkadi,2021-02-01,weekly,500,2',
        'savings_group,Jigiya,2021-02-01,weekly,500.5,2',
        'savings_group,Sinyogon,2021-02-01,weekly,500,',
      ].join('\n'),
    );
    const output = captureOutput();
    expect(await importGroups(database, { file, org: 'groups-xof' }, output)).toBe(1);
    expect(output.stderr.slice(0, 2)).toEqual([
      'row 3, saving_amount: takes no decimals',
      'row 4, interest_rate_percent_per_month: is required',
    ]);
    expect(await count(database, 'groups', org.id)).toBe(0);
    const good = writeFile(
      dir,
      'xof-good.csv',
      'kind,name,formed_on,cadence,saving_amount,interest_rate_percent_per_month\nsavings_group,Benkadi,2021-02-01,weekly,500,2\n',
    );
    expect(await importGroups(database, { file: good, org: 'groups-xof' }, captureOutput())).toBe(0);
    const benkadi = await database.db
      .selectFrom('groups')
      .select('constitution')
      .where('org_id', '=', org.id)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(benkadi.constitution ?? '{}')).toMatchObject({
      savingAmountPerMeeting: 500,
      interestRateBpsPerMonth: 200,
    });
  });
});
