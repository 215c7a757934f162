import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dueMeetingDates, type MeetingCadence, monthsBetween, nextDueMeeting } from './cadence.ts';

// 2024-01-03 is a Wednesday; 2024 is a leap year.
const weekly: MeetingCadence = { cadence: 'weekly', formedOn: '2024-01-03' };

describe('weekly meetings', () => {
  it('fall on the weekday the group was formed, from the day it was formed', () => {
    expect(dueMeetingDates(weekly, '2023-12-01', '2024-01-31')).toEqual([
      '2024-01-03',
      '2024-01-10',
      '2024-01-17',
      '2024-01-24',
      '2024-01-31',
    ]);
  });

  it('fall on the meeting weekday, the first one on or after formation', () => {
    const sundays: MeetingCadence = { ...weekly, meetingWeekday: 'sunday' };
    expect(dueMeetingDates(sundays, '2024-01-01', '2024-01-21')).toEqual([
      '2024-01-07',
      '2024-01-14',
      '2024-01-21',
    ]);
    const wednesdays: MeetingCadence = { ...weekly, meetingWeekday: 'wednesday' };
    expect(dueMeetingDates(wednesdays, '2024-01-03', '2024-01-03')).toEqual(['2024-01-03']);
  });

  it('cross the end of February in a leap year', () => {
    const thursdays: MeetingCadence = { ...weekly, meetingWeekday: 'thursday' };
    expect(dueMeetingDates(thursdays, '2024-02-20', '2024-03-10')).toEqual([
      '2024-02-22',
      '2024-02-29',
      '2024-03-07',
    ]);
  });

  it('treat a null weekday as the default', () => {
    expect(dueMeetingDates({ ...weekly, meetingWeekday: null }, '2024-01-01', '2024-01-12')).toEqual([
      '2024-01-03',
      '2024-01-10',
    ]);
  });
});

describe('fortnightly meetings', () => {
  const fortnightly: MeetingCadence = {
    cadence: 'fortnightly',
    meetingWeekday: 'friday',
    formedOn: '2024-01-03',
  };

  it('are 14 days apart from the first meeting weekday on or after formation', () => {
    expect(dueMeetingDates(fortnightly, '2024-01-01', '2024-02-29')).toEqual([
      '2024-01-05',
      '2024-01-19',
      '2024-02-02',
      '2024-02-16',
    ]);
  });

  it('keep their rhythm when the range starts between two meetings', () => {
    expect(dueMeetingDates(fortnightly, '2024-01-06', '2024-01-31')).toEqual(['2024-01-19']);
    expect(dueMeetingDates(fortnightly, '2024-01-20', '2024-02-02')).toEqual(['2024-02-02']);
  });
});

describe('monthly meetings', () => {
  it('fall on the day of formation by default, from the month of formation', () => {
    const monthly: MeetingCadence = { cadence: 'monthly', formedOn: '2024-01-15' };
    expect(dueMeetingDates(monthly, '2024-01-01', '2024-04-30')).toEqual([
      '2024-01-15',
      '2024-02-15',
      '2024-03-15',
      '2024-04-15',
    ]);
  });

  it('cap the default day at 28 so every month has it', () => {
    const monthly: MeetingCadence = { cadence: 'monthly', formedOn: '2024-01-31' };
    expect(dueMeetingDates(monthly, '2024-01-01', '2024-03-31')).toEqual(['2024-02-28', '2024-03-28']);
  });

  it('start the month after formation when the meeting day has passed', () => {
    const monthly: MeetingCadence = { cadence: 'monthly', meetingDayOfMonth: 5, formedOn: '2024-12-20' };
    expect(dueMeetingDates(monthly, '2024-12-01', '2025-02-05')).toEqual(['2025-01-05', '2025-02-05']);
  });

  it('include the day of formation itself when it is the meeting day', () => {
    const monthly: MeetingCadence = { cadence: 'monthly', meetingDayOfMonth: 10, formedOn: '2024-02-10' };
    expect(dueMeetingDates(monthly, '2024-02-10', '2024-02-10')).toEqual(['2024-02-10']);
    expect(dueMeetingDates(monthly, '2024-02-11', '2024-03-09')).toEqual([]);
  });

  it('refuses a meeting day beyond 28', () => {
    expect(() =>
      dueMeetingDates(
        { cadence: 'monthly', meetingDayOfMonth: 31, formedOn: '2024-01-01' },
        '2024-01-01',
        '2024-02-01',
      ),
    ).toThrow('request.invalid');
  });
});

describe('dueMeetingDates', () => {
  it('has nothing due before formation or in an empty range', () => {
    expect(dueMeetingDates(weekly, '2023-01-01', '2024-01-02')).toEqual([]);
    expect(dueMeetingDates(weekly, '2024-02-01', '2024-01-01')).toEqual([]);
  });

  it('refuses dates that are not calendar dates', () => {
    expect(() => dueMeetingDates(weekly, '2023-02-29', '2024-01-02')).toThrow('request.invalid');
    expect(() => dueMeetingDates(weekly, '2024-1-01', '2024-01-02')).toThrow('request.invalid');
    expect(() => dueMeetingDates({ ...weekly, formedOn: 'soon' }, '2024-01-01', '2024-01-02')).toThrow(
      'request.invalid',
    );
  });

  it('lists five years of weekly meetings, starting no earlier than the group', () => {
    expect(dueMeetingDates(weekly, '2024-01-01', '2028-12-31')).toHaveLength(261);
    expect(dueMeetingDates(weekly, '2024-01-01', '2028-12-31').at(-1)).toBe('2028-12-27');
    expect(dueMeetingDates(weekly, '1000-01-01', '2028-12-31')).toHaveLength(261);
  });

  const cadence = fc.record({
    cadence: fc.constantFrom('weekly' as const, 'fortnightly' as const, 'monthly' as const),
    meetingWeekday: fc.constantFrom(null, 'monday' as const, 'friday' as const, 'sunday' as const),
    meetingDayOfMonth: fc.option(fc.integer({ min: 1, max: 28 })),
    formedOn: fc.integer({ min: 19_000, max: 21_000 }).map(isoOf),
  });

  it('agrees with nextDueMeeting: each due date is the next one after the one before', () => {
    fc.assert(
      fc.property(
        cadence,
        fc.integer({ min: 18_900, max: 21_000 }),
        fc.integer({ min: 0, max: 400 }),
        (c, from, span) => {
          const dates = dueMeetingDates(c, isoOf(from), isoOf(from + span));
          const dayBefore = isoOf(from - 1);
          let after = dayBefore;
          for (const date of dates) {
            expect(date >= c.formedOn).toBe(true);
            expect(nextDueMeeting(c, after)).toBe(date);
            after = date;
          }
          expect(nextDueMeeting(c, after) > isoOf(from + span)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('nextDueMeeting', () => {
  it('is strictly after the given day', () => {
    expect(nextDueMeeting(weekly, '2024-01-03')).toBe('2024-01-10');
    expect(nextDueMeeting(weekly, '2024-01-02')).toBe('2024-01-03');
    expect(nextDueMeeting(weekly, '2020-06-01')).toBe('2024-01-03');
    const monthly: MeetingCadence = { cadence: 'monthly', meetingDayOfMonth: 28, formedOn: '2023-05-01' };
    expect(nextDueMeeting(monthly, '2024-02-28')).toBe('2024-03-28');
    expect(nextDueMeeting(monthly, '2024-12-28')).toBe('2025-01-28');
  });
});

describe('monthsBetween', () => {
  it('lists the months of both ends and those between', () => {
    expect(monthsBetween('2023-11-30', '2024-02-01')).toEqual(['2023-11', '2023-12', '2024-01', '2024-02']);
    expect(monthsBetween('2024-02-29', '2024-02-01')).toEqual(['2024-02']);
    expect(monthsBetween('2024-03-01', '2024-02-29')).toEqual([]);
  });
});

function isoOf(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}
