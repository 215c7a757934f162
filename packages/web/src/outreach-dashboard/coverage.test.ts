import { type CoverageFigures, coverageWithShares } from '@groundwork/core';
import { describe, expect, it } from 'vitest';
import { type CoverageReport, chosenCoverage, coverageBars, percentOfBps, sexAgeRows } from './coverage.ts';

const figures = (target: number, atLeastOneDose: number, fullyVaccinated: number): CoverageFigures =>
  coverageWithShares({ target, atLeastOneDose, fullyVaccinated });

const report: CoverageReport = {
  report: 'coverage',
  area: { id: 'a', name: 'Dharavi' },
  drive: null,
  asOf: '2026-03-10',
  agesOn: '2026-03-10',
  targetCount: 7,
  vaccines: [
    {
      vaccine: { id: 'v1', name: 'Measles', code: 'MR', dosesInSeries: 2 },
      total: figures(7, 4, 1),
      bySexAndAge: [
        { sex: 'female', ageBand: '0-4', ...figures(3, 2, 1) },
        { sex: 'female', ageBand: '18-44', ...figures(1, 0, 0) },
        { sex: 'male', ageBand: '0-4', ...figures(3, 2, 0) },
      ],
      areas: [
        { areaId: 'a', name: 'Dharavi', own: true, ...figures(1, 0, 0) },
        { areaId: 'b', name: 'Kumbharwada', own: false, ...figures(6, 4, 1) },
        { areaId: 'c', name: 'Matunga', own: false, ...figures(0, 0, 0) },
      ],
    },
    {
      vaccine: { id: 'v2', name: 'Polio', code: 'OPV', dosesInSeries: 3 },
      total: figures(7, 0, 0),
      bySexAndAge: [],
      areas: [],
    },
  ],
};

const names = { whole: (n: string) => `All of ${n}`, own: (n: string) => `${n} itself` };

describe('the coverage chart', () => {
  it('reads basis points as percentages, and no target as no share at all', () => {
    expect(percentOfBps(5714)).toBe(57.14);
    expect(percentOfBps(10_000)).toBe(100);
    expect(percentOfBps(null)).toBeNull();
  });

  it('draws the whole place first, then each sub-area, as shares of its own target', () => {
    const bars = coverageBars(report, report.vaccines[0]!, names);
    expect(bars.labels).toEqual(['All of Dharavi', 'Dharavi itself', 'Kumbharwada', 'Matunga']);
    // 4 of 7 is 57.14 %, 1 of 7 is 14.29 %, 4 of 6 is 66.67 %: the server's rounding, not the chart's.
    expect(bars.atLeastOneDose).toEqual([57.14, 0, 66.67, null]);
    expect(bars.fullyVaccinated).toEqual([14.29, 0, 16.67, null]);
    expect(bars.targets).toEqual([7, 1, 6, 0]);
  });

  it('lists the sex and age breakdown in the server’s order with each share', () => {
    const rows = sexAgeRows(report.vaccines[0]!.bySexAndAge);
    expect(rows.map((r) => [r.sex, r.ageBand, r.atLeastOneDosePercent, r.fullyVaccinatedPercent])).toEqual([
      ['female', '0-4', 66.67, 33.33],
      ['female', '18-44', 0, 0],
      ['male', '0-4', 66.67, 0],
    ]);
  });

  it('shows the vaccine chosen, or the first when the choice is not in the report', () => {
    expect(chosenCoverage(report, 'v2')?.vaccine.name).toBe('Polio');
    expect(chosenCoverage(report, 'gone')?.vaccine.name).toBe('Measles');
    expect(chosenCoverage({ ...report, vaccines: [] }, '')).toBeUndefined();
  });
});
