import { normaliseName, normalisePhone } from '@groundwork/core';
import type { OutboxItem } from '../local/db.ts';
import { outreachCommands } from './commands.ts';
import { type Pending, waiting } from './pending.ts';

/** A person as the outreach screens read her: the change feed's view, or her registration still on the phone. */
export interface OutreachPerson {
  id: string;
  givenName: string;
  familyName: string | null;
  sex: string;
  birthDate: string | null;
  birthYear: number | null;
  phone: string | null;
  areaId: string | null;
  consent: { given: boolean; date: string | null } | null;
}

type Payload = Record<string, unknown>;
const textOrNull = (p: Payload, key: string) => (typeof p[key] === 'string' ? (p[key] as string) : null);

function registered(p: Payload): Pending<OutreachPerson> {
  const consent = p.consent as { given: boolean; date: string } | undefined;
  const birthDate = textOrNull(p, 'birthDate');
  return {
    id: String(p.id),
    givenName: String(p.givenName ?? ''),
    familyName: textOrNull(p, 'familyName'),
    sex: String(p.sex ?? 'unknown'),
    birthDate,
    birthYear:
      typeof p.birthYear === 'number' ? p.birthYear : birthDate ? Number(birthDate.slice(0, 4)) : null,
    phone: textOrNull(p, 'phone'),
    areaId: textOrNull(p, 'areaId'),
    consent: consent ? { given: consent.given, date: consent.date } : null,
    pending: true,
  };
}

/**
 * Everyone the phone knows: the people pulled from the server, those registered here and not yet sent,
 * and each with the last answer about consent recorded here, which stands until the server confirms it.
 */
export function withPendingPeople(
  pulled: readonly OutreachPerson[],
  outbox: readonly OutboxItem[],
): Pending<OutreachPerson>[] {
  const people = new Map<string, Pending<OutreachPerson>>(pulled.map((p) => [p.id, p]));
  for (const item of waiting(outbox, outreachCommands.personCreate)) {
    const id = item.payload.id;
    if (typeof id === 'string' && !people.has(id)) people.set(id, registered(item.payload));
  }
  for (const item of waiting(outbox, outreachCommands.consent)) {
    const { personId, given, date } = item.payload as { personId: string; given: boolean; date: string };
    const person = people.get(personId);
    if (person) people.set(personId, { ...person, consent: { given, date }, pending: true });
  }
  return [...people.values()];
}

/** Whether she may have health records: consent given, and not withdrawn since. */
export const hasConsent = (person: Pick<OutreachPerson, 'consent'>): boolean =>
  person.consent?.given === true;

/**
 * A search as a worker types it at a door: words of her name in any order and case, or the digits of
 * her phone (the last ten, however it was written). An empty search matches nobody, so that the screen
 * does not open on the whole register.
 */
export function matchesPerson(query: string, person: OutreachPerson): boolean {
  const trimmed = query.trim();
  if (!trimmed) return false;
  const digits = trimmed.replace(/[\s+-]/g, '');
  if (/^\d{3,}$/.test(digits)) {
    const phone = normalisePhone(person.phone) ?? '';
    return phone.includes(digits.slice(-10));
  }
  const name = normaliseName(person.givenName, person.familyName);
  return normaliseName(trimmed)
    .split(' ')
    .every((word) => name.includes(word));
}

/** Found people in name order; at most `limit`, so a common name does not fill the phone's screen. */
export function findPeople<P extends OutreachPerson>(people: readonly P[], query: string, limit = 30): P[] {
  return people
    .filter((p) => matchesPerson(query, p))
    .sort((a, b) =>
      normaliseName(a.givenName, a.familyName).localeCompare(normaliseName(b.givenName, b.familyName)),
    )
    .slice(0, limit);
}
