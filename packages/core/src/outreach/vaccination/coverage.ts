import { sexes } from '../../people/schemas.ts';
import { type AgeBand, ageBands } from './age.ts';

/**
 * Coverage of one vaccine in a target population. Definitions:
 * - target: the people of the population (each counted once);
 * - atLeastOneDose: those of the target with at least one dose of the vaccine that counts (not voided,
 *   given on or before the report's date);
 * - fullyVaccinated: those with every dose of the series, i.e. as many distinct dose numbers as
 *   `dosesInSeries` (a dose beyond the series cannot be recorded, so this is "all of them");
 * - shares: each count over the target in basis points (1 = 0.01 %), rounded to the nearest basis point,
 *   halves upward, in integer arithmetic so that every machine and both databases give the same figure;
 *   null when the target is empty. A share of one cell is computed from its own counts, never by adding
 *   rounded shares, so rows need not add up to the total's share.
 */
export interface CoverageCount {
  target: number;
  atLeastOneDose: number;
  fullyVaccinated: number;
}

export interface CoverageFigures extends CoverageCount {
  atLeastOneDoseShare: number | null;
  fullyVaccinatedShare: number | null;
}

export interface CoverageCell extends CoverageFigures {
  sex: string;
  ageBand: AgeBand;
}

/**
 * A person of the target: her sex, her age band at the reference date, and her doses of the vaccine; or,
 * with `people`, that many people alike in all three (as a database returns them, counted).
 */
export interface CoveredPerson {
  sex: string;
  ageBand: AgeBand;
  /** Distinct dose numbers of the vaccine she has that count. */
  doses: number;
  people?: number;
}

/** `part / whole` in basis points, rounded half up; null for an empty whole. */
export function coverageShare(part: number, whole: number): number | null {
  if (whole === 0) return null;
  return Math.floor((part * 20_000 + whole) / (2 * whole));
}

export const emptyCoverageCount = (): CoverageCount => ({ target: 0, atLeastOneDose: 0, fullyVaccinated: 0 });

/** Adds people of the target with the same number of doses (one person unless told) to a count. */
export function countCovered(count: CoverageCount, doses: number, dosesInSeries: number, people = 1): void {
  count.target += people;
  if (doses >= 1) count.atLeastOneDose += people;
  if (doses >= dosesInSeries) count.fullyVaccinated += people;
}

export function coverageWithShares(count: CoverageCount): CoverageFigures {
  return {
    ...count,
    atLeastOneDoseShare: coverageShare(count.atLeastOneDose, count.target),
    fullyVaccinatedShare: coverageShare(count.fullyVaccinated, count.target),
  };
}

export interface Coverage {
  total: CoverageFigures;
  /** One cell per sex and age band that has anyone in the target, sexes and bands in their usual order. */
  bySexAndAge: CoverageCell[];
}

export function coverageOf(people: Iterable<CoveredPerson>, dosesInSeries: number): Coverage {
  const total = emptyCoverageCount();
  const cells = new Map<string, CoverageCount>();
  for (const person of people) {
    const alike = person.people ?? 1;
    countCovered(total, person.doses, dosesInSeries, alike);
    const key = `${person.sex}|${person.ageBand}`;
    let cell = cells.get(key);
    if (!cell) {
      cell = emptyCoverageCount();
      cells.set(key, cell);
    }
    countCovered(cell, person.doses, dosesInSeries, alike);
  }
  const order = [...sexes, ...[...cells.keys()].map((k) => k.split('|')[0] as string)];
  const sexOrder = [...new Set(order)];
  const bySexAndAge: CoverageCell[] = [];
  for (const sex of sexOrder) {
    for (const ageBand of ageBands) {
      const cell = cells.get(`${sex}|${ageBand}`);
      if (cell && cell.target > 0) bySexAndAge.push({ sex, ageBand, ...coverageWithShares(cell) });
    }
  }
  return { total: coverageWithShares(total), bySexAndAge };
}
