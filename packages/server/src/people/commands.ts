import {
  birthYearOf,
  consentRecord,
  DomainError,
  householdCreate,
  isProbableDuplicate,
  newId,
  normaliseName,
  normalisePhone,
  type PersonKey,
  personCreate,
  personUpdate,
  sensitiveSet,
} from '@groundwork/core';
import { type CommandContext, defineCommand } from '../commands/context.ts';
import { executeReused, insertRows } from '../db/reuse.ts';
import { loadRow } from '../db/rows.ts';
import type { Tables } from '../db/schema.ts';
import { addMembership } from '../groups/memberships.ts';
import { loadPerson, toPersonView } from './store.ts';

type PersonRow = Tables['people'];

function checkBirth(birthDate: string | null | undefined, birthYear: number | null | undefined) {
  if (birthDate && birthYear && Number(birthDate.slice(0, 4)) !== birthYear) {
    throw new DomainError('person.birth_conflict', { field: 'birthYear' });
  }
}

async function checkReferences(
  ctx: CommandContext,
  p: { areaId?: string | null; householdId?: string | null },
) {
  if (p.areaId) await loadRow(ctx.trx, 'areas', ctx.org.id, p.areaId, 'areaId');
  if (p.householdId) await loadRow(ctx.trx, 'households', ctx.org.id, p.householdId, 'householdId');
}

function emitPerson(ctx: CommandContext, row: PersonRow, groupIds: string[], op: 'create' | 'update') {
  ctx.emit({
    entity: 'person',
    entityId: row.id,
    op,
    areaId: row.area_id,
    data: { ...toPersonView(row, groupIds) },
  });
}

/**
 * People with the same name and the same phone or birth year: the rows isProbableDuplicate could match,
 * narrowed in SQL so that a common name does not load every namesake. With neither phone nor birth year
 * nobody can be a probable duplicate, so there is nothing to read.
 */
async function probableDuplicateCandidates(ctx: CommandContext, nameKey: string, p: PersonKey) {
  const phoneKey = normalisePhone(p.phone);
  const birthYear = birthYearOf(p);
  if (phoneKey === null && birthYear === null) return [];
  const params = [
    ctx.org.id,
    nameKey,
    ...(phoneKey === null ? [] : [phoneKey]),
    ...(birthYear === null ? [] : [birthYear]),
    50,
  ];
  const shape = `person duplicates ${phoneKey === null ? '' : 'phone'} ${birthYear === null ? '' : 'year'}`;
  const { rows } = await executeReused(ctx.trx, ctx.dialect, shape, params, () =>
    ctx.trx
      .selectFrom('people')
      .select(['id', 'given_name', 'family_name', 'phone', 'birth_year', 'birth_date'])
      .where('org_id', '=', ctx.org.id)
      .where('name_key', '=', nameKey)
      .where((eb) =>
        eb.or([
          ...(phoneKey === null ? [] : [eb('phone_key', '=', phoneKey)]),
          ...(birthYear === null ? [] : [eb('birth_year', '=', birthYear)]),
        ]),
      )
      .limit(50),
  );
  return rows;
}

export const createPerson = defineCommand({
  type: 'person.create',
  schema: personCreate,
  async apply(ctx, p) {
    ctx.ensure('person.write', {
      areaId: p.areaId ?? null,
      groupIds: p.membership ? [p.membership.groupId] : [],
    });
    checkBirth(p.birthDate, p.birthYear);
    await checkReferences(ctx, p);
    const nameKey = normaliseName(p.givenName, p.familyName);
    const sameName = await probableDuplicateCandidates(ctx, nameKey, p);
    const duplicates = sameName.filter((r) =>
      isProbableDuplicate(p, {
        givenName: r.given_name,
        familyName: r.family_name,
        phone: r.phone,
        birthYear: r.birth_year,
        birthDate: r.birth_date,
      }),
    );
    if (duplicates.length > 0 && !p.allowDuplicate) {
      throw new DomainError('person.probable_duplicate', {
        field: 'givenName',
        params: { count: duplicates.length },
        details: { duplicateIds: duplicates.map((d) => d.id) },
      });
    }
    if (duplicates.length > 0) ctx.warn({ code: 'person.probable_duplicate' });
    const row: PersonRow = {
      org_id: ctx.org.id,
      id: p.id ?? newId(),
      given_name: p.givenName,
      family_name: p.familyName ?? null,
      name_key: nameKey,
      sex: p.sex,
      birth_date: p.birthDate ?? null,
      birth_year: p.birthYear ?? (p.birthDate ? Number(p.birthDate.slice(0, 4)) : null),
      phone: p.phone ?? null,
      phone_key: normalisePhone(p.phone),
      area_id: p.areaId ?? null,
      household_id: p.householdId ?? null,
      occupation: p.occupation ?? null,
      skills: JSON.stringify(p.skills ?? []),
      disability_type: p.disabilityType ?? null,
      consent_given: p.consent ? (p.consent.given ? 1 : 0) : null,
      consent_date: p.consent?.date ?? null,
      consent_recorded_by: p.consent ? ctx.actor.userId : null,
      created_at: ctx.now,
      updated_at: ctx.now,
    };
    await insertRows(ctx.trx, ctx.dialect, 'people', [row]);
    const groupIds: string[] = [];
    if (p.membership) {
      await addMembership(ctx, { ...p.membership, personId: row.id });
      groupIds.push(p.membership.groupId);
    }
    emitPerson(ctx, row, groupIds, 'create');
    return { id: row.id };
  },
});

export const updatePerson = defineCommand({
  type: 'person.update',
  schema: personUpdate,
  async apply(ctx, p) {
    const person = await loadPerson(ctx.trx, ctx.org.id, p.id, 'id');
    ctx.ensure('person.write', person.resource);
    if (p.areaId !== undefined) ctx.ensure('person.write', { areaId: p.areaId, groupIds: person.groupIds });
    await checkReferences(ctx, p);
    const old = person.row;
    const givenName = p.givenName ?? old.given_name;
    const familyName = p.familyName === undefined ? old.family_name : p.familyName;
    const birthDate = p.birthDate === undefined ? old.birth_date : p.birthDate;
    const birthYear = p.birthYear === undefined ? old.birth_year : p.birthYear;
    checkBirth(birthDate, birthYear);
    const phone = p.phone === undefined ? old.phone : p.phone;
    const row: PersonRow = {
      ...old,
      given_name: givenName,
      family_name: familyName,
      name_key: normaliseName(givenName, familyName),
      sex: p.sex ?? old.sex,
      birth_date: birthDate,
      birth_year: birthYear ?? (birthDate ? Number(birthDate.slice(0, 4)) : null),
      phone,
      phone_key: normalisePhone(phone),
      area_id: p.areaId === undefined ? old.area_id : p.areaId,
      household_id: p.householdId === undefined ? old.household_id : p.householdId,
      occupation: p.occupation === undefined ? old.occupation : p.occupation,
      skills: p.skills === undefined ? old.skills : JSON.stringify(p.skills),
      disability_type: p.disabilityType === undefined ? old.disability_type : p.disabilityType,
      updated_at: ctx.now,
    };
    const { org_id: _o, id: _i, ...changes } = row;
    await ctx.trx
      .updateTable('people')
      .set(changes)
      .where('org_id', '=', ctx.org.id)
      .where('id', '=', p.id)
      .execute();
    emitPerson(ctx, row, person.groupIds, 'update');
    return { id: row.id };
  },
});

export const recordConsent = defineCommand({
  type: 'person.consent.record',
  schema: consentRecord,
  async apply(ctx, p) {
    const person = await loadPerson(ctx.trx, ctx.org.id, p.personId, 'personId');
    ctx.ensure('person.write', person.resource);
    const row: PersonRow = {
      ...person.row,
      consent_given: p.given ? 1 : 0,
      consent_date: p.date,
      consent_recorded_by: ctx.actor.userId,
      updated_at: ctx.now,
    };
    await ctx.trx
      .updateTable('people')
      .set({
        consent_given: row.consent_given,
        consent_date: p.date,
        consent_recorded_by: ctx.actor.userId,
        updated_at: ctx.now,
      })
      .where('org_id', '=', ctx.org.id)
      .where('id', '=', p.personId)
      .execute();
    emitPerson(ctx, row, person.groupIds, 'update');
    return { id: p.personId };
  },
});

export const setSensitive = defineCommand({
  type: 'person.sensitive.set',
  schema: sensitiveSet,
  sensitive: true,
  async apply(ctx, p) {
    const person = await loadPerson(ctx.trx, ctx.org.id, p.personId, 'personId');
    ctx.ensure('person.sensitive.write', person.resource);
    if (person.row.consent_given !== 1)
      throw new DomainError('person.consent_required', { field: 'personId' });
    const values = {
      attributes: JSON.stringify(p.attributes),
      updated_at: ctx.now,
      updated_by: ctx.actor.userId,
    };
    const updated = await ctx.trx
      .updateTable('person_sensitive')
      .set(values)
      .where('org_id', '=', ctx.org.id)
      .where('person_id', '=', p.personId)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) {
      await ctx.trx
        .insertInto('person_sensitive')
        .values({ org_id: ctx.org.id, person_id: p.personId, ...values })
        .execute();
    }
    return { id: p.personId };
  },
});

export const createHousehold = defineCommand({
  type: 'household.create',
  schema: householdCreate,
  async apply(ctx, p) {
    ctx.ensure('household.write', { areaId: p.areaId ?? null });
    if (p.areaId) await loadRow(ctx.trx, 'areas', ctx.org.id, p.areaId, 'areaId');
    const row = {
      org_id: ctx.org.id,
      id: p.id ?? newId(),
      name: p.name,
      area_id: p.areaId ?? null,
      created_at: ctx.now,
    };
    await ctx.trx.insertInto('households').values(row).execute();
    ctx.emit({
      entity: 'household',
      entityId: row.id,
      op: 'create',
      areaId: row.area_id,
      data: { id: row.id, name: row.name, areaId: row.area_id },
    });
    return { id: row.id };
  },
});

export const peopleCommands = [createPerson, updatePerson, recordConsent, setSensitive, createHousehold];
