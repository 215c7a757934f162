/** The fields that say two registry entries are probably the same person. */
export interface PersonKey {
  givenName: string;
  familyName?: string | null;
  phone?: string | null;
  birthYear?: number | null;
  birthDate?: string | null;
}

export function normaliseName(given: string, family?: string | null): string {
  return `${given} ${family ?? ''}`.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Keeps the last ten digits, so +91 98220 12345 and 09822012345 compare equal. */
export function normalisePhone(phone: string | null | undefined): string | null {
  if (!phone) return null;
  const digits = phone.replace(/\D/g, '');
  return digits.length === 0 ? null : digits.slice(-10);
}

export function birthYearOf(p: PersonKey): number | null {
  if (p.birthYear) return p.birthYear;
  if (p.birthDate) return Number(p.birthDate.slice(0, 4));
  return null;
}

/** Same name and the same phone, or same name and the same birth year: a probable duplicate. */
export function isProbableDuplicate(a: PersonKey, b: PersonKey): boolean {
  if (normaliseName(a.givenName, a.familyName) !== normaliseName(b.givenName, b.familyName)) return false;
  const phoneA = normalisePhone(a.phone);
  if (phoneA && phoneA === normalisePhone(b.phone)) return true;
  const yearA = birthYearOf(a);
  return yearA !== null && yearA === birthYearOf(b);
}
