import { personCreate, personUpdate, type sexes } from '@groundwork/core';
import type { WebKey } from '../../i18n/i18n.ts';
import type { LocalPerson } from '../../local/queries.ts';

export type Consent = '' | 'given' | 'refused';

/** The member form as typed: every field is text until it is checked. */
export interface MemberValues {
  givenName: string;
  familyName: string;
  sex: (typeof sexes)[number];
  birthYear: string;
  birthDate: string;
  phone: string;
  occupation: string;
  /** Empty while nobody has asked her. */
  consent: Consent;
  /** Only for a new member: the day she joined the group. */
  joinedOn: string;
}

export type MemberField = keyof MemberValues;
export type MemberErrors = Partial<Record<MemberField, WebKey>>;

export const emptyMember: MemberValues = {
  givenName: '',
  familyName: '',
  sex: 'female',
  birthYear: '',
  birthDate: '',
  phone: '',
  occupation: '',
  consent: '',
  joinedOn: '',
};

/** One message per field, saying what the field needs, whatever rule it broke. */
const fieldMessages: Record<MemberField, WebKey> = {
  givenName: 'field.member.error.given_name',
  familyName: 'field.member.error.family_name',
  sex: 'field.member.error.sex',
  birthYear: 'field.member.error.birth_year',
  birthDate: 'field.member.error.birth_date',
  phone: 'field.member.error.phone',
  occupation: 'field.member.error.occupation',
  consent: 'field.member.error.consent',
  joinedOn: 'field.member.error.joined_on',
};

const isField = (name: unknown): name is MemberField => typeof name === 'string' && name in fieldMessages;

const consentOf = (person: LocalPerson): Consent =>
  person.consent ? (person.consent.given ? 'given' : 'refused') : '';

export function valuesOfPerson(person: LocalPerson): MemberValues {
  return {
    givenName: person.givenName ?? '',
    familyName: person.familyName ?? '',
    sex: (person.sex as MemberValues['sex']) ?? 'female',
    birthYear: person.birthDate ? '' : person.birthYear ? String(person.birthYear) : '',
    birthDate: person.birthDate ?? '',
    phone: person.phone ?? '',
    occupation: person.occupation ?? '',
    consent: consentOf(person),
    joinedOn: '',
  };
}

/** A refused `person.create` back in the form, to be corrected. */
export function valuesOfCreate(payload: Record<string, unknown>): MemberValues {
  const text = (key: string) => (typeof payload[key] === 'string' ? (payload[key] as string) : '');
  const consent = payload.consent as { given?: boolean } | undefined;
  return {
    givenName: text('givenName'),
    familyName: text('familyName'),
    sex: (text('sex') || 'female') as MemberValues['sex'],
    birthYear: typeof payload.birthYear === 'number' ? String(payload.birthYear) : '',
    birthDate: text('birthDate'),
    phone: text('phone'),
    occupation: text('occupation'),
    consent: consent ? (consent.given ? 'given' : 'refused') : '',
    joinedOn: (payload.membership as { joinedOn?: string } | undefined)?.joinedOn ?? '',
  };
}

/** A refused `person.update` over what the phone knows of her, to be corrected. */
export function valuesOfUpdate(person: LocalPerson, payload: Record<string, unknown>): MemberValues {
  const merged = { ...person, ...payload } as LocalPerson;
  return valuesOfPerson(merged);
}

type Checked<T> = { ok: true; payload: T } | { ok: false; errors: MemberErrors };

/** The fields as the schemas want them; empty text is "not given". Year and date must agree. */
function typed(values: MemberValues): { fields: Record<string, unknown>; errors: MemberErrors } {
  const errors: MemberErrors = {};
  const trimmed = (s: string) => s.trim() || undefined;
  const year = values.birthYear.trim();
  if (year && !/^\d{4}$/.test(year)) errors.birthYear = fieldMessages.birthYear;
  const birthDate = trimmed(values.birthDate);
  if (birthDate && year && birthDate.slice(0, 4) !== year)
    errors.birthYear = 'field.member.error.birth_conflict';
  return {
    fields: {
      givenName: values.givenName.trim(),
      familyName: trimmed(values.familyName),
      sex: values.sex,
      birthDate,
      birthYear: year && !birthDate ? Number(year) : undefined,
      phone: trimmed(values.phone),
      occupation: trimmed(values.occupation),
    },
    errors,
  };
}

function errorsOf(issues: { path: PropertyKey[] }[], known: MemberErrors): MemberErrors {
  const errors = { ...known };
  for (const issue of issues) {
    const field = issue.path[0] === 'membership' ? 'joinedOn' : issue.path[0];
    if (isField(field)) errors[field] ??= fieldMessages[field];
  }
  return errors;
}

const withoutUndefined = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

export interface NewMember {
  personId: string;
  membershipId: string;
  groupId: string;
  today: string;
}

/**
 * The `person.create` command for a new member, with her membership in it: one command, so that a
 * group leader (whose scope is her group) may make it, and so that she is never a person without a group.
 */
export function createPayload(values: MemberValues, ids: NewMember): Checked<Record<string, unknown>> {
  const { fields, errors } = typed(values);
  const payload = withoutUndefined({
    id: ids.personId,
    ...fields,
    consent: values.consent ? { given: values.consent === 'given', date: ids.today } : undefined,
    membership: { id: ids.membershipId, groupId: ids.groupId, joinedOn: values.joinedOn },
  });
  const parsed = personCreate.safeParse(payload);
  if (!parsed.success || Object.keys(errors).length > 0) {
    return { ok: false, errors: errorsOf(parsed.success ? [] : parsed.error.issues, errors) };
  }
  return { ok: true, payload };
}

export interface MemberChanges {
  update: Record<string, unknown> | null;
  consent: Record<string, unknown> | null;
}

/**
 * What changed since `before`: a `person.update` with only the changed fields (null clears one) and,
 * when her answer about consent changed, a `person.consent.record`. Null for what did not change.
 */
export function updatePayloads(
  values: MemberValues,
  before: LocalPerson,
  today: string,
): Checked<MemberChanges> {
  const { fields, errors } = typed(values);
  const old = valuesOfPerson(before);
  const next: Record<string, unknown> = { id: before.id };
  const was = typed(old).fields;
  for (const [key, value] of Object.entries(fields)) {
    if (value !== was[key]) next[key] = value ?? null;
  }
  const parsed = personUpdate.safeParse(next);
  if (!parsed.success || Object.keys(errors).length > 0) {
    return { ok: false, errors: errorsOf(parsed.success ? [] : parsed.error.issues, errors) };
  }
  const consentChanged = values.consent !== old.consent && values.consent !== '';
  return {
    ok: true,
    payload: {
      update: Object.keys(next).length > 1 ? next : null,
      consent: consentChanged
        ? { personId: before.id, given: values.consent === 'given', date: today }
        : null,
    },
  };
}
