import { newId, normaliseName, normalisePhone } from '@groundwork/core';
import { toPersonView } from '../people/store.ts';

const givenNames = [
  'Sunita',
  'Lata',
  'Rekha',
  'Shobha',
  'Asha',
  'Meena',
  'Kavita',
  'Savita',
  'Anita',
  'Vandana',
  'Jyoti',
  'Manisha',
  'Pooja',
  'Sarita',
  'Usha',
  'Geeta',
  'Seema',
  'Nirmala',
  'Rani',
  'Kamala',
  'Awa',
  'Fatoumata',
  'Aminata',
  'Mariam',
  'Kadiatou',
  'Aissata',
  'Oumou',
  'Hawa',
  'Ramata',
  'Safiatou',
  'Sushila',
  'Radha',
  'Parvati',
  'Lakshmi',
  'Shanta',
  'Kusum',
  'Malati',
  'Pushpa',
  'Sangita',
  'Archana',
];
const familyNames = [
  'Pawar',
  'Jadhav',
  'Shinde',
  'More',
  'Patil',
  'Gaikwad',
  'Kamble',
  'Salve',
  'Wagh',
  'Bhosale',
  'Traoré',
  'Diarra',
  'Coulibaly',
  'Keïta',
  'Koné',
  'Sangaré',
  'Cissé',
  'Touré',
  'Diallo',
  'Sidibé',
  'Yadav',
  'Singh',
  'Kumari',
  'Devi',
  'Sharma',
  'Verma',
  'Gupta',
  'Mishra',
  'Chauhan',
  'Rathod',
  'Kulkarni',
  'Deshmukh',
  'Chavan',
  'Mane',
  'Kadam',
  'Sawant',
  'Thorat',
  'Lokhande',
  'Nikam',
  'Sonawane',
];
const occupations = ['tailoring', 'vegetable vending', 'domestic work', 'agriculture', 'dairy', 'petty shop'];

export const commandAt = '2026-11-30T10:00:00.000Z';

export type PersonPayload = {
  birthYear: number;
  familyName: string;
  givenName: string;
  id: string;
  occupation: string;
  phone: string;
  sex: 'female';
};

export interface PersonCommand {
  id: string;
  type: 'person.create';
  at: string;
  payload: PersonPayload;
}

/**
 * The n-th person of the workload. Names repeat (1,600 combinations), as in a real registry, so the
 * duplicate check reads matching rows; the phone and the birth year keep each person distinct, so
 * every command is applied rather than refused as a probable duplicate.
 */
export function personCommand(n: number): PersonCommand {
  const combo = n % (givenNames.length * familyNames.length);
  const round = Math.floor(n / (givenNames.length * familyNames.length));
  return {
    id: newId(),
    type: 'person.create',
    at: commandAt,
    // Keys in sorted order: the command log stores the payload canonically, and the raw baseline
    // writes exactly the text the server would.
    payload: {
      birthYear: 1950 + (round % 60),
      familyName: familyNames[Math.floor(combo / givenNames.length)]!,
      givenName: givenNames[combo % givenNames.length]!,
      id: newId(),
      occupation: occupations[n % occupations.length]!,
      phone: `9${String(100_000_000 + n).padStart(9, '0')}`,
      sex: 'female',
    },
  };
}

export function commandBatches(first: number, batches: number, size: number): PersonCommand[][] {
  return Array.from({ length: batches }, (_, b) =>
    Array.from({ length: size }, (_, i) => personCommand(first + b * size + i)),
  );
}

/** The three rows `person.create` writes for one command, as plain column objects. */
export interface RawRows {
  command: Record<string, string>;
  person: Record<string, string | number | null>;
  change: Record<string, string | number | null>;
}

export function rawRows(
  orgId: string,
  userId: string,
  deviceId: string,
  command: PersonCommand,
  seq: number,
): RawRows {
  const now = new Date().toISOString();
  const p = command.payload;
  const person = {
    org_id: orgId,
    id: p.id,
    given_name: p.givenName,
    family_name: p.familyName,
    name_key: normaliseName(p.givenName, p.familyName),
    sex: p.sex,
    birth_date: null,
    birth_year: p.birthYear,
    phone: p.phone,
    phone_key: normalisePhone(p.phone),
    area_id: null,
    household_id: null,
    occupation: p.occupation,
    skills: '[]',
    disability_type: null,
    consent_given: null,
    consent_date: null,
    consent_recorded_by: null,
    created_at: now,
    updated_at: now,
  };
  return {
    command: {
      org_id: orgId,
      id: command.id,
      type: command.type,
      user_id: userId,
      device_id: deviceId,
      at: command.at,
      received_at: now,
      payload: JSON.stringify(p),
      result: JSON.stringify({ id: p.id }),
    },
    person,
    change: {
      org_id: orgId,
      seq,
      entity: 'person',
      entity_id: p.id,
      op: 'create',
      command_id: command.id,
      area_id: null,
      group_id: null,
      data: JSON.stringify(toPersonView(person, [])),
    },
  };
}

export const commandColumns = Object.keys(rawRows('o', 'u', 'd', personCommand(0), 1).command);
export const personColumns = Object.keys(rawRows('o', 'u', 'd', personCommand(0), 1).person);
export const changeColumns = Object.keys(rawRows('o', 'u', 'd', personCommand(0), 1).change);
