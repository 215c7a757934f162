import { type PersonCreate, personCreate } from '@groundwork/core';
import type { Tables } from '../db/schema.ts';
import { areaCodesOf, type CsvKind, columnFrom } from './csv-kind.ts';

const fieldColumns: Record<string, string> = {
  id: 'id',
  givenName: 'given_name',
  familyName: 'family_name',
  sex: 'sex',
  birthDate: 'birth_date',
  birthYear: 'birth_year',
  phone: 'phone',
  areaId: 'area_id',
  householdId: 'household_id',
  occupation: 'occupation',
  skills: 'skills',
  disabilityType: 'disability_type',
  consent: 'consent_given',
  'consent.given': 'consent_given',
  'consent.date': 'consent_date',
  membership: 'group_id',
  'membership.groupId': 'group_id',
  'membership.joinedOn': 'joined_on',
  groupId: 'group_id',
  joinedOn: 'joined_on',
  allowDuplicate: 'allow_duplicate',
};

const sexes: Record<string, string> = { f: 'female', m: 'male' };

type PersonRow = Tables['people'];
type Membership = { group_id: string; joined_on: string };

function toCells(row: PersonRow, areaCode: string | undefined, membership: Membership | undefined) {
  return {
    id: row.id,
    given_name: row.given_name,
    family_name: row.family_name,
    sex: row.sex,
    birth_date: row.birth_date,
    birth_year: row.birth_year === null ? null : String(row.birth_year),
    phone: row.phone,
    area_code: areaCode,
    area_id: row.area_id,
    household_id: row.household_id,
    occupation: row.occupation,
    skills: (JSON.parse(row.skills) as string[]).join(';'),
    disability_type: row.disability_type,
    consent_given: row.consent_given === null ? null : row.consent_given === 1 ? 'yes' : 'no',
    consent_date: row.consent_date,
    group_id: membership?.group_id,
    joined_on: membership?.joined_on,
  };
}

export const peopleCsv: CsvKind<PersonCreate> = {
  noun: 'people',
  messages: {
    imported: 'cli.import.people_done',
    exported: 'cli.export.people_done',
    exportedToFile: 'cli.export.people_done_to_file',
  },
  commandType: 'person.create',
  table: 'people',
  columns: [
    ['id', 'optional: keep this id (an export carries it); new ids are made otherwise'],
    ['given_name', 'required'],
    ['family_name', ''],
    ['sex', 'required: female, male, other or unknown (f and m accepted)'],
    ['birth_date', 'YYYY-MM-DD'],
    ['birth_year', 'when only the year is known'],
    ['phone', 'digits, optionally starting with +'],
    ['area_code', 'the code of one of the organisation’s areas'],
    ['area_id', 'or the area’s id, when area_code is empty'],
    ['household_id', ''],
    ['occupation', ''],
    ['skills', 'separated by semicolons: tailoring;poultry'],
    ['disability_type', ''],
    ['consent_given', 'yes or no; needs consent_date'],
    ['consent_date', 'YYYY-MM-DD'],
    ['group_id', 'make her a member of this group; needs joined_on'],
    ['joined_on', 'YYYY-MM-DD'],
    [
      'allow_duplicate',
      'yes to register her although a person with the same name and phone or birth year exists',
    ],
  ],
  schema: personCreate,
  read(r) {
    const sex = r.word('sex');
    const consentGiven = r.flag('consent_given');
    const consentDate = r.text('consent_date');
    const groupId = r.text('group_id');
    const joinedOn = r.text('joined_on');
    return {
      id: r.text('id'),
      givenName: r.text('given_name'),
      familyName: r.text('family_name'),
      sex: sex && (sexes[sex] ?? sex),
      birthDate: r.text('birth_date'),
      birthYear: r.integer('birth_year'),
      phone: r.text('phone'),
      areaId: r.text('area_id'),
      householdId: r.text('household_id'),
      occupation: r.text('occupation'),
      skills: r.list('skills'),
      disabilityType: r.text('disability_type'),
      consent:
        consentGiven === undefined && !consentDate ? undefined : { given: consentGiven, date: consentDate },
      membership: groupId || joinedOn ? { groupId, joinedOn } : undefined,
      allowDuplicate: r.flag('allow_duplicate'),
    };
  },
  columnOf: (field) => columnFrom(fieldColumns, field),
  async *pages(database, org) {
    const areaCodes = await areaCodesOf(database, org.id);
    let after = '';
    for (;;) {
      const people = await database.db
        .selectFrom('people')
        .selectAll()
        .where('org_id', '=', org.id)
        .where('id', '>', after)
        .orderBy('id')
        .limit(1000)
        .execute();
      const last = people.at(-1);
      if (!last) return;
      const memberships = await database.db
        .selectFrom('memberships')
        .select(['person_id', 'group_id', 'joined_on'])
        .where('org_id', '=', org.id)
        .where(
          'person_id',
          'in',
          people.map((p) => p.id),
        )
        .where('left_on', 'is', null)
        .orderBy('joined_on', 'desc')
        .execute();
      // One membership per row, as the import takes it: her earliest current one.
      const membershipOf = new Map(memberships.map((m) => [m.person_id, m]));
      yield people.map((p) =>
        toCells(p, p.area_id ? areaCodes.get(p.area_id) : undefined, membershipOf.get(p.id)),
      );
      after = last.id;
    }
  },
};
