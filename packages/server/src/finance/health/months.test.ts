import { cadences, dueMeetingDates, type MeetingCadence, weekdays } from '@groundwork/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, dueMeetingCounts, lastDayOf, monthSoFar, monthsFrom } from './months.ts';

const isoDate = fc
  .integer({ min: Date.UTC(2019, 0, 1) / 86_400_000, max: Date.UTC(2027, 11, 31) / 86_400_000 })
  .map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10));

const cadence: fc.Arbitrary<MeetingCadence> = fc.record({
  cadence: fc.constantFrom(...cadences),
  meetingWeekday: fc.option(fc.constantFrom(...weekdays)),
  meetingDayOfMonth: fc.option(fc.integer({ min: 1, max: 28 })),
  formedOn: isoDate,
});

const span = fc
  .tuple(isoDate, fc.integer({ min: -3, max: 70 }))
  .map(([from, days]) => ({ from, to: addDays(from, days) }));

describe('months', () => {
  it('steps over months and years, and finds the last day of each', () => {
    expect(addMonths('2024-11', 3)).toBe('2025-02');
    expect(addMonths('2025-01', -1)).toBe('2024-12');
    expect(lastDayOf('2024-02')).toBe('2024-02-29');
    expect(lastDayOf('2025-12')).toBe('2025-12-31');
    expect(monthsFrom('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(monthsFrom('2025-03', '2025-02')).toEqual([]);
    expect(monthSoFar('2025-03', '2025-03-12')).toEqual({ from: '2025-03-01', to: '2025-03-12' });
    expect(monthSoFar('2025-02', '2025-03-12')).toEqual({ from: '2025-02-01', to: '2025-02-28' });
  });

  it('counts the Mondays of a month for a weekly group, none before it was formed', () => {
    const weekly: MeetingCadence = { cadence: 'weekly', meetingWeekday: 'monday', formedOn: '2025-01-06' };
    const months = ['2024-12', '2025-01', '2025-02', '2025-03'].map((m) => monthSoFar(m, '2025-03-10'));
    expect(dueMeetingCounts(weekly, months)).toEqual([0, 4, 4, 2]);
  });

  it('counts exactly the due dates the cadence gives, in any spans', () => {
    fc.assert(
      fc.property(cadence, fc.array(span, { minLength: 1, maxLength: 6 }), (c, spans) => {
        const expected = spans.map((s) => dueMeetingDates(c, s.from, s.to).length);
        expect(dueMeetingCounts(c, spans)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
