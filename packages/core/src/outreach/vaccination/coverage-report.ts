import type { CoverageCell, CoverageFigures } from './coverage.ts';
import type { DriveView } from './schemas.ts';

/** `GET /api/outreach/coverage` answers these: the server builds them, the dashboard reads them. */
export interface AreaCoverage extends CoverageFigures {
  areaId: string;
  name: string;
  /** True for the row of people placed in the report's own area rather than in one beneath it. */
  own: boolean;
}

export interface VaccineCoverage {
  vaccine: { id: string; name: string; code: string; dosesInSeries: number };
  total: CoverageFigures;
  bySexAndAge: CoverageCell[];
  areas: AreaCoverage[];
}

export interface CoverageReport {
  report: 'coverage';
  area: { id: string; name: string };
  drive: DriveView | null;
  /** Doses count when given on or before this date. */
  asOf: string;
  /** Ages (for the drive's criteria and the age bands) are counted on this date: a drive's first day, else asOf. */
  agesOn: string;
  targetCount: number;
  vaccines: VaccineCoverage[];
}
