import type { CoverageReport } from '@groundwork/core';
import { type Kysely, sql } from 'kysely';
import type { Tables } from '../../db/schema.ts';

export interface RawCell {
  vaccine_id: string;
  sex: string;
  band: string;
  target: number;
  at_least_one: number;
  fully: number;
}

/**
 * The same counts in one hand-written query: the area's subtree by a recursive CTE, each person's doses
 * that count per vaccine, and her age band from text comparisons of her birth date with the date that
 * many years before the reference date (or of her birth year with the year), which is `ageInYearsOn`.
 */
export async function rawCoverage(db: Kysely<Tables>, orgId: string, areaId: string, on: string) {
  const year = Number(on.slice(0, 4));
  const monthDay = on.slice(4);
  const before = (years: number) => `${String(year - years).padStart(4, '0')}${monthDay}`;
  const { rows } = await sql<RawCell>`
    WITH RECURSIVE sub(id) AS (
      SELECT ${areaId}
      UNION SELECT a.id FROM areas a JOIN sub ON a.parent_id = sub.id WHERE a.org_id = ${orgId}
    ),
    counted AS (
      SELECT person_id, vaccine_id, count(*) AS n FROM doses
      WHERE org_id = ${orgId} AND voided_at IS NULL AND given_on <= ${on}
      GROUP BY person_id, vaccine_id
    ),
    target AS (
      SELECT p.id, p.sex, CASE
        WHEN p.birth_date IS NOT NULL THEN CASE
          WHEN p.birth_date > ${before(5)} THEN '0-4' WHEN p.birth_date > ${before(18)} THEN '5-17'
          WHEN p.birth_date > ${before(45)} THEN '18-44' WHEN p.birth_date > ${before(60)} THEN '45-59'
          ELSE '60+' END
        WHEN p.birth_year IS NOT NULL THEN CASE
          WHEN p.birth_year > ${year - 5} THEN '0-4' WHEN p.birth_year > ${year - 18} THEN '5-17'
          WHEN p.birth_year > ${year - 45} THEN '18-44' WHEN p.birth_year > ${year - 60} THEN '45-59'
          ELSE '60+' END
        ELSE 'unknown' END AS band
      FROM people p WHERE p.org_id = ${orgId} AND p.area_id IN (SELECT id FROM sub)
    )
    SELECT v.id AS vaccine_id, t.sex, t.band, count(*) AS target,
      sum(CASE WHEN c.n >= 1 THEN 1 ELSE 0 END) AS at_least_one,
      sum(CASE WHEN c.n >= v.doses_in_series THEN 1 ELSE 0 END) AS fully
    FROM target t CROSS JOIN vaccines v
    LEFT JOIN counted c ON c.person_id = t.id AND c.vaccine_id = v.id
    WHERE v.org_id = ${orgId}
    GROUP BY v.id, t.sex, t.band`.execute(db);
  return rows.map((r) => ({
    ...r,
    target: Number(r.target),
    at_least_one: Number(r.at_least_one),
    fully: Number(r.fully),
  }));
}

/** Fails the run if the report and the raw query disagree anywhere: a fast wrong answer means nothing. */
export function checkAgreement(report: CoverageReport, raw: RawCell[]) {
  const fromReport = report.vaccines.flatMap((v) =>
    v.bySexAndAge.map(
      (c) => `${v.vaccine.id}|${c.sex}|${c.ageBand}|${c.target}|${c.atLeastOneDose}|${c.fullyVaccinated}`,
    ),
  );
  const fromRaw = raw.map(
    (r) => `${r.vaccine_id}|${r.sex}|${r.band}|${r.target}|${r.at_least_one}|${r.fully}`,
  );
  const sorted = (list: string[]) => [...list].sort().join('\n');
  if (sorted(fromReport) !== sorted(fromRaw)) {
    throw new Error(
      `coverage bench: the report and the raw query disagree\n${sorted(fromReport)}\n---\n${sorted(fromRaw)}`,
    );
  }
}
