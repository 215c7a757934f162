import type {
  AgeBand,
  CoverageCell,
  CoverageFigures,
  CoverageReport,
  VaccineCoverage,
} from '@groundwork/core';

/** The coverage report as `GET /api/outreach/coverage` answers it: the server's own types, from core. */
export type { AreaCoverage, CoverageReport, VaccineCoverage } from '@groundwork/core';

/** A share the server gives in basis points (1 = 0.01 %) as a percentage: 6667 is 66.67. */
export function percentOfBps(bps: number | null): number | null {
  return bps === null ? null : bps / 100;
}

export interface CoverageBars {
  labels: string[];
  atLeastOneDose: (number | null)[];
  fullyVaccinated: (number | null)[];
  targets: number[];
}

/** How the bars are named: the whole place, a sub-area, and the people of the place in none of its sub-areas. */
export interface CoverageNames {
  whole(name: string): string;
  own(name: string): string;
}

/**
 * The bars of the coverage chart, as shares of each target: the whole place first, then each direct
 * sub-area (with the people of the place in none of them, when there are any).
 */
export function coverageBars(
  report: CoverageReport,
  coverage: VaccineCoverage,
  names: CoverageNames,
): CoverageBars {
  const rows: { label: string; figures: CoverageFigures }[] = [
    { label: names.whole(report.area.name), figures: coverage.total },
    ...coverage.areas.map((a) => ({
      label: a.own ? names.own(a.name) : a.name,
      figures: a as CoverageFigures,
    })),
  ];
  return {
    labels: rows.map((r) => r.label),
    atLeastOneDose: rows.map((r) => percentOfBps(r.figures.atLeastOneDoseShare)),
    fullyVaccinated: rows.map((r) => percentOfBps(r.figures.fullyVaccinatedShare)),
    targets: rows.map((r) => r.figures.target),
  };
}

export interface SexAgeRow {
  sex: string;
  ageBand: AgeBand;
  target: number;
  atLeastOneDose: number;
  fullyVaccinated: number;
  atLeastOneDosePercent: number | null;
  fullyVaccinatedPercent: number | null;
}

/** The sex × age-band breakdown as table rows, in the server's order (sexes, then bands, youngest first). */
export function sexAgeRows(cells: readonly CoverageCell[]): SexAgeRow[] {
  return cells.map((c) => ({
    sex: c.sex,
    ageBand: c.ageBand,
    target: c.target,
    atLeastOneDose: c.atLeastOneDose,
    fullyVaccinated: c.fullyVaccinated,
    atLeastOneDosePercent: percentOfBps(c.atLeastOneDoseShare),
    fullyVaccinatedPercent: percentOfBps(c.fullyVaccinatedShare),
  }));
}

/** The vaccine shown: the one chosen if the report has it, else the first. */
export function chosenCoverage(report: CoverageReport, vaccineId: string): VaccineCoverage | undefined {
  return report.vaccines.find((v) => v.vaccine.id === vaccineId) ?? report.vaccines[0];
}
