import { describe, expect, it } from 'vitest';
import { lastMonthPeriod, lastTwelveMonths, localDay, monthOfPeriod, periodOfMonth } from './period.ts';

describe('the periods the screen asks for', () => {
  it('takes the reader’s own day, not the UTC one', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });

  it('covers the twelve months up to today, across a new year', () => {
    expect(lastTwelveMonths('2026-03-15')).toEqual({ from: '2025-04-01', to: '2026-03-15' });
    expect(lastTwelveMonths('2026-12-31')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('offers last month for DHIS2, in its own format', () => {
    expect(lastMonthPeriod('2026-03-15')).toBe('202602');
    expect(lastMonthPeriod('2026-01-01')).toBe('202512');
    expect(periodOfMonth('2026-11')).toBe('202611');
    expect(monthOfPeriod('202611')).toBe('2026-11');
  });
});
