import { describe, expect, it } from 'vitest';
import { addDays, byMeetingDue, localToday, matchesSearch, meetingDue } from './schedule.ts';

/** Tuesdays: 2025-01-07 was a Tuesday. */
const weekly = { cadence: 'weekly' as const, meetingWeekday: 'tuesday' as const, formedOn: '2024-06-04' };

describe('meetingDue', () => {
  it('is today when the due day is today and nothing is recorded for it', () => {
    expect(meetingDue(weekly, '2025-01-07', null, '2025-01-14')).toEqual({
      state: 'today',
      due: '2025-01-14',
      missed: 0,
    });
  });

  it('is upcoming once today’s meeting is recorded', () => {
    expect(meetingDue(weekly, '2025-01-14', null, '2025-01-14')).toMatchObject({
      state: 'upcoming',
      due: '2025-01-21',
    });
  });

  it('counts a meeting held a day early or a few days late as that week’s', () => {
    expect(meetingDue(weekly, '2025-01-13', null, '2025-01-15').due).toBe('2025-01-21');
    expect(meetingDue(weekly, '2025-01-17', null, '2025-01-18').due).toBe('2025-01-21');
  });

  it('is overdue when due meetings went unrecorded, with how many', () => {
    expect(meetingDue(weekly, '2025-01-07', null, '2025-01-29')).toEqual({
      state: 'overdue',
      due: '2025-01-14',
      missed: 3,
    });
  });

  it('starts from the day the group was formed when it has no meeting yet', () => {
    expect(meetingDue(weekly, null, null, '2024-06-01')).toMatchObject({
      state: 'upcoming',
      due: '2024-06-04',
    });
  });

  it('follows monthly cadences', () => {
    const monthly = { cadence: 'monthly' as const, meetingDayOfMonth: 5, formedOn: '2024-01-05' };
    expect(meetingDue(monthly, '2025-01-05', null, '2025-01-20')).toMatchObject({
      state: 'upcoming',
      due: '2025-02-05',
    });
  });

  it('falls back to the server’s next date when the cadence is unusable', () => {
    const broken = { cadence: 'monthly' as const, meetingDayOfMonth: 31, formedOn: '2024-01-05' };
    expect(meetingDue(broken, null, '2025-02-05', '2025-01-20')).toEqual({
      state: 'upcoming',
      due: '2025-02-05',
      missed: 0,
    });
    expect(meetingDue(broken, null, null, '2025-01-20').state).toBe('unknown');
  });
});

describe('byMeetingDue', () => {
  it('puts today’s meetings first, then overdue ones, then the next by date, then unknown', () => {
    const groups = [
      { name: 'Later', due: { state: 'upcoming' as const, due: '2025-02-01', missed: 0 } },
      { name: 'Unknown', due: { state: 'unknown' as const, due: null, missed: 0 } },
      { name: 'Sooner', due: { state: 'upcoming' as const, due: '2025-01-20', missed: 0 } },
      { name: 'Late', due: { state: 'overdue' as const, due: '2025-01-07', missed: 2 } },
      { name: 'Today', due: { state: 'today' as const, due: '2025-01-14', missed: 0 } },
    ];
    expect(groups.sort(byMeetingDue).map((g) => g.name)).toEqual([
      'Today',
      'Late',
      'Sooner',
      'Later',
      'Unknown',
    ]);
  });
});

describe('matchesSearch', () => {
  it('ignores case and Latin accents, and matches the area too', () => {
    expect(matchesSearch('segou', 'Groupe Benkadi', 'Ségou')).toBe(true);
    expect(matchesSearch('JYOTI', 'Jyoti Mahila Bachat Gat', null)).toBe(true);
    expect(matchesSearch('सखी', 'सखी महिला बचत गट', null)).toBe(true);
    expect(matchesSearch('xyz', 'Jyoti', 'Nashik')).toBe(false);
    expect(matchesSearch('  ', 'Jyoti', null)).toBe(true);
  });
});

describe('dates', () => {
  it('adds days across months and gives the phone’s calendar day', () => {
    expect(addDays('2025-01-30', 3)).toBe('2025-02-02');
    expect(localToday(new Date(2025, 0, 7, 6, 30))).toBe('2025-01-07');
  });
});
