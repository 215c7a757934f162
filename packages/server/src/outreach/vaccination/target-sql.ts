import { type AgeBand, bandFloors, bornByForAge, type DriveCriteria } from '@groundwork/core';
import { type RawBuilder, sql } from 'kysely';

/**
 * Core's age rules (`ageInYearsOn`, `ageBandOf`, `inDriveTarget`) as SQL over `p` (people), so that a
 * population is counted in the database rather than row by row in the server: a birth date compares as
 * text with the latest birth date of each age, a birth year alone with the latest birth year.
 */
export function ageBandSql(on: string): RawBuilder<AgeBand> {
  const byDate = bandFloors.map(
    (f) => sql`WHEN p.birth_date <= ${bornByForAge(f.minAge, on).date} THEN ${f.band}`,
  );
  const byYear = bandFloors.map(
    (f) => sql`WHEN p.birth_year <= ${bornByForAge(f.minAge, on).year} THEN ${f.band}`,
  );
  return sql<AgeBand>`CASE
    WHEN p.birth_date IS NOT NULL THEN CASE ${sql.join(byDate, sql` `)} ELSE '0-4' END
    WHEN p.birth_year IS NOT NULL THEN CASE ${sql.join(byYear, sql` `)} ELSE '0-4' END
    ELSE 'unknown' END`;
}

/** At least `age` on `on`; false for a person whose age is not known. */
function atLeast(age: number, on: string) {
  const bound = bornByForAge(age, on);
  return sql`(p.birth_date <= ${bound.date} OR (p.birth_date IS NULL AND p.birth_year <= ${bound.year}))`;
}

/**
 * The drive's criteria: its sex, and with an age criterion an age known, not negative, and within
 * [minAge, maxAge]. Nothing asked, everyone matches.
 */
export function criteriaSql(criteria: DriveCriteria, on: string): RawBuilder<boolean> {
  const parts = [];
  if (criteria.sex) parts.push(sql`p.sex = ${criteria.sex}`);
  const hasMin = criteria.minAge !== undefined && criteria.minAge !== null;
  const hasMax = criteria.maxAge !== undefined && criteria.maxAge !== null;
  if (hasMin || hasMax) parts.push(atLeast(Math.max(criteria.minAge ?? 0, 0), on));
  if (hasMax) parts.push(sql`NOT ${atLeast((criteria.maxAge as number) + 1, on)}`);
  return parts.length === 0 ? sql<boolean>`1 = 1` : sql<boolean>`${sql.join(parts, sql` AND `)}`;
}
