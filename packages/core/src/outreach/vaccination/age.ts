/**
 * Age bands of the coverage report. A person's age is counted at a reference date (a drive's first day,
 * or the date a report is made for):
 * - with a birth date, in completed years (she is 5 from her fifth birthday on; born on 29 February,
 *   from 1 March in a year without one);
 * - with only a birth year, as the age she reaches during the reference year (reference year − birth
 *   year), which is what a register that records years only can say;
 * - with neither, her band is `unknown`.
 */
export const ageBands = ['0-4', '5-17', '18-44', '45-59', '60+', 'unknown'] as const;
export type AgeBand = (typeof ageBands)[number];

export interface PersonBirth {
  birthDate?: string | null;
  birthYear?: number | null;
}

export function ageInYearsOn(person: PersonBirth, on: string): number | null {
  const year = Number(on.slice(0, 4));
  if (person.birthDate) {
    const born = person.birthDate;
    const hadBirthday = on.slice(5) >= born.slice(5);
    return year - Number(born.slice(0, 4)) - (hadBirthday ? 0 : 1);
  }
  if (person.birthYear) return year - person.birthYear;
  return null;
}

/**
 * The latest birth date (and, for a person known by year only, the latest birth year) of someone who is
 * at least `age` on `on`: the same rule as `ageInYearsOn`, as bounds that a database compares birth
 * dates with as text. Born on 29 February counts from 1 March, as the text comparison with `YYYY-02-29` does.
 */
export function bornByForAge(age: number, on: string): { date: string; year: number } {
  const year = Number(on.slice(0, 4)) - age;
  return { date: `${String(year).padStart(4, '0')}${on.slice(4)}`, year };
}

/** Each band from the oldest down with the youngest age in it; below the last bound is `0-4`. */
export const bandFloors: readonly { band: AgeBand; minAge: number }[] = [
  { band: '60+', minAge: 60 },
  { band: '45-59', minAge: 45 },
  { band: '18-44', minAge: 18 },
  { band: '5-17', minAge: 5 },
];

/** The band of an age; someone not yet born at the reference date (a negative age) counts as 0-4. */
export function ageBandOf(age: number | null): AgeBand {
  if (age === null) return 'unknown';
  return bandFloors.find((f) => age >= f.minAge)?.band ?? '0-4';
}

export interface DriveCriteria {
  minAge?: number | null;
  maxAge?: number | null;
  sex?: string | null;
}

/**
 * Whether a person of the target area is in the target: of the sex asked for, and of an age within
 * [minAge, maxAge] (both inclusive) at the reference date. With an age criterion, a person whose age is
 * not known, or who was not born by the reference date, is not in the target: nobody can say she is eligible.
 */
export function inDriveTarget(
  person: PersonBirth & { sex: string },
  criteria: DriveCriteria,
  on: string,
): boolean {
  if (criteria.sex && person.sex !== criteria.sex) return false;
  const hasMin = criteria.minAge !== undefined && criteria.minAge !== null;
  const hasMax = criteria.maxAge !== undefined && criteria.maxAge !== null;
  if (!hasMin && !hasMax) return true;
  const age = ageInYearsOn(person, on);
  if (age === null || age < 0) return false;
  if (hasMin && age < (criteria.minAge as number)) return false;
  if (hasMax && age > (criteria.maxAge as number)) return false;
  return true;
}
