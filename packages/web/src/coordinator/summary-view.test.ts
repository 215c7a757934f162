import { describe, expect, it } from 'vitest';
import { type FinanceSummary, monthLabel, percent, seriesOf, toMajorNumber } from './summary-view.ts';

const summary: FinanceSummary = {
  asOf: '2025-03-10',
  currency: 'INR',
  groups: { total: 4, active: 3, byGrade: { A: 1, B: 2, C: 0 } },
  months: [
    {
      month: '2025-02',
      savings: 150050,
      loansOutstanding: 0,
      meetingsHeld: 4,
      meetingsDue: 4,
      attendanceRate: 0.9,
    },
    {
      month: '2025-03',
      savings: 200000,
      loansOutstanding: 50000,
      meetingsHeld: 1,
      meetingsDue: 2,
      attendanceRate: null,
    },
  ],
  par30: { atRisk: 0, outstanding: 50000, ratio: 0 },
  totals: {
    members: 30,
    savings: 200000,
    loansOutstanding: 50000,
    meetingsHeld: 5,
    meetingsDue: 6,
    attendanceRate: 0.9,
  },
};

describe('the dashboard series', () => {
  it('turns minor units into major ones by the currency’s digits', () => {
    expect(toMajorNumber(150050, 'INR')).toBe(1500.5);
    expect(toMajorNumber(1500, 'XOF')).toBe(1500);
  });

  it('gives percentages, and none where no meeting was held', () => {
    expect(percent(0.9123)).toBe(91.2);
    expect(percent(null)).toBeNull();
  });

  it('draws each month', () => {
    expect(seriesOf(summary)).toEqual({
      months: ['2025-02', '2025-03'],
      savings: [1500.5, 2000],
      loans: [0, 500],
      attendance: [90, null],
      held: [4, 1],
      due: [4, 2],
      grades: [1, 2, 0],
    });
  });

  it('names months in the reader’s language', () => {
    expect(monthLabel('2025-03', 'en-IN')).toBe('Mar 2025');
    expect(monthLabel('2025-03', 'fr')).toMatch(/mars 2025/);
  });
});
