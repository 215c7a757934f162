import { DomainError, type Resource } from '@groundwork/core';
import type { Kysely } from 'kysely';
import type { Tables } from '../db/schema.ts';

type PersonRow = Tables['people'];

export interface PersonView {
  id: string;
  givenName: string;
  familyName: string | null;
  sex: string;
  birthDate: string | null;
  birthYear: number | null;
  phone: string | null;
  areaId: string | null;
  householdId: string | null;
  occupation: string | null;
  skills: string[];
  disabilityType: string | null;
  consent: { given: boolean; date: string | null; recordedBy: string | null } | null;
  groupIds: string[];
  createdAt: string;
  updatedAt: string;
}

export function toPersonView(row: PersonRow, groupIds: string[]): PersonView {
  return {
    id: row.id,
    givenName: row.given_name,
    familyName: row.family_name,
    sex: row.sex,
    birthDate: row.birth_date,
    birthYear: row.birth_year,
    phone: row.phone,
    areaId: row.area_id,
    householdId: row.household_id,
    occupation: row.occupation,
    skills: JSON.parse(row.skills) as string[],
    disabilityType: row.disability_type,
    consent:
      row.consent_given === null
        ? null
        : { given: row.consent_given === 1, date: row.consent_date, recordedBy: row.consent_recorded_by },
    groupIds,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function currentGroupIds(db: Kysely<Tables>, orgId: string, personIds: string[]) {
  const byPerson = new Map<string, string[]>(personIds.map((id) => [id, []]));
  if (personIds.length === 0) return byPerson;
  const rows = await db
    .selectFrom('memberships')
    .select(['person_id', 'group_id'])
    .where('org_id', '=', orgId)
    .where('person_id', 'in', personIds)
    .where('left_on', 'is', null)
    .execute();
  for (const r of rows) byPerson.get(r.person_id)?.push(r.group_id);
  return byPerson;
}

export interface LoadedPerson {
  row: PersonRow;
  groupIds: string[];
  resource: Omit<Resource, 'orgId'>;
}

/** Several people of the organisation in two queries, by id; an id of nobody there is left out. */
export async function loadPeople(
  db: Kysely<Tables>,
  orgId: string,
  ids: readonly string[],
): Promise<Map<string, LoadedPerson>> {
  const loaded = new Map<string, LoadedPerson>();
  if (ids.length === 0) return loaded;
  const rows = await db
    .selectFrom('people')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', 'in', [...new Set(ids)])
    .execute();
  const groups = await currentGroupIds(
    db,
    orgId,
    rows.map((r) => r.id),
  );
  for (const row of rows) {
    const groupIds = groups.get(row.id) ?? [];
    loaded.set(row.id, { row, groupIds, resource: { areaId: row.area_id, groupIds } });
  }
  return loaded;
}

/** A person of the organisation with what access decisions need; a missing one is a 404 or a bad reference. */
export async function loadPerson(
  db: Kysely<Tables>,
  orgId: string,
  id: string,
  field?: string,
): Promise<LoadedPerson> {
  const row = await db
    .selectFrom('people')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) {
    throw field
      ? new DomainError('reference.not_found', { field, params: { field } })
      : new DomainError('resource.not_found');
  }
  const groupIds = (await currentGroupIds(db, orgId, [id])).get(id) ?? [];
  return { row, groupIds, resource: { areaId: row.area_id, groupIds } };
}
