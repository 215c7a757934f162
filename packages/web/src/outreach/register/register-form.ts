import { isProbableDuplicate, personCreate, type sexes } from '@groundwork/core';
import type { WebKey } from '../../i18n/i18n.ts';
import type { OutreachPerson } from '../people.ts';

/** The registration form as typed. Consent comes first: nothing else is asked until she has answered. */
export interface RegisterValues {
  consent: '' | 'given' | 'refused';
  consentDate: string;
  givenName: string;
  familyName: string;
  sex: (typeof sexes)[number];
  birthYear: string;
  birthDate: string;
  phone: string;
  areaId: string;
  /** Ticked after the phone showed a probable duplicate and the worker says she is someone else. */
  notDuplicate: boolean;
}

export type RegisterField = Exclude<keyof RegisterValues, 'notDuplicate'>;
export type RegisterErrors = Partial<Record<RegisterField, WebKey>>;

export const emptyRegistration = (today: string, areaId = ''): RegisterValues => ({
  consent: '',
  consentDate: today,
  givenName: '',
  familyName: '',
  sex: 'female',
  birthYear: '',
  birthDate: '',
  phone: '',
  areaId,
  notDuplicate: false,
});

const messages: Record<RegisterField, WebKey> = {
  consent: 'outreach.register.error.consent',
  consentDate: 'outreach.register.error.consent_date',
  givenName: 'outreach.register.error.given_name',
  familyName: 'outreach.register.error.family_name',
  sex: 'outreach.register.error.sex',
  birthYear: 'outreach.register.error.birth_year',
  birthDate: 'outreach.register.error.birth_date',
  phone: 'outreach.register.error.phone',
  areaId: 'outreach.register.error.area',
};

const isField = (name: unknown): name is RegisterField => typeof name === 'string' && name in messages;

export type Registration =
  | { ok: true; payload: Record<string, unknown> }
  | { ok: false; errors: RegisterErrors; duplicates: OutreachPerson[] };

/**
 * The `person.create` command for a registration at the door, checked with the server's own schema:
 * her consent with its date (never after today), her area (a scoped worker may register only in her
 * areas), and no probable duplicate among the people on the phone unless the worker says otherwise.
 */
export function registrationPayload(
  values: RegisterValues,
  context: { id: string; today: string; known: readonly OutreachPerson[] },
): Registration {
  const errors: RegisterErrors = {};
  const trimmed = (s: string) => s.trim() || undefined;
  const year = values.birthYear.trim();
  const birthDate = trimmed(values.birthDate);
  if (year && !/^\d{4}$/.test(year)) errors.birthYear = messages.birthYear;
  if (birthDate && year && birthDate.slice(0, 4) !== year)
    errors.birthYear = 'outreach.register.error.birth_conflict';
  if (birthDate && birthDate > context.today) errors.birthDate = 'outreach.register.error.birth_future';
  if (!values.consent) errors.consent = messages.consent;
  if (values.consentDate > context.today) errors.consentDate = 'outreach.register.error.consent_future';
  if (!values.areaId) errors.areaId = messages.areaId;
  const payload = Object.fromEntries(
    Object.entries({
      id: context.id,
      givenName: values.givenName.trim(),
      familyName: trimmed(values.familyName),
      sex: values.sex,
      birthDate,
      birthYear: year && !birthDate ? Number(year) : undefined,
      phone: trimmed(values.phone),
      areaId: values.areaId || undefined,
      consent: values.consent ? { given: values.consent === 'given', date: values.consentDate } : undefined,
      allowDuplicate: values.notDuplicate || undefined,
    }).filter(([, v]) => v !== undefined),
  );
  const parsed = personCreate.safeParse(payload);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field =
        issue.path[0] === 'consent' ? (issue.path[1] === 'date' ? 'consentDate' : 'consent') : issue.path[0];
      if (isField(field)) errors[field] ??= messages[field];
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors, duplicates: [] };
  const key = {
    givenName: payload.givenName as string,
    familyName: (payload.familyName as string | undefined) ?? null,
    phone: (payload.phone as string | undefined) ?? null,
    birthYear: (payload.birthYear as number | undefined) ?? null,
    birthDate: birthDate ?? null,
  };
  const duplicates = context.known.filter((p) => p.id !== context.id && isProbableDuplicate(key, p));
  if (duplicates.length > 0 && !values.notDuplicate) {
    return { ok: false, errors: { givenName: 'outreach.register.error.duplicate' }, duplicates };
  }
  return { ok: true, payload };
}

/** A refused registration back in the form, to be corrected. */
export function valuesOfRegistration(payload: Record<string, unknown>, today: string): RegisterValues {
  const text = (key: string) => (typeof payload[key] === 'string' ? (payload[key] as string) : '');
  const consent = payload.consent as { given: boolean; date: string } | undefined;
  return {
    consent: consent ? (consent.given ? 'given' : 'refused') : '',
    consentDate: consent?.date ?? today,
    givenName: text('givenName'),
    familyName: text('familyName'),
    sex: (text('sex') || 'female') as RegisterValues['sex'],
    birthYear: typeof payload.birthYear === 'number' ? String(payload.birthYear) : '',
    birthDate: text('birthDate'),
    phone: text('phone'),
    areaId: text('areaId'),
    notDuplicate: payload.allowDuplicate === true,
  };
}
