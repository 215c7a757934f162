import { describe, expect, it } from 'vitest';
import { homeVisitStatus } from '../home-visits/rhythm.ts';
import { nextPostnatalTask, postnatalSchedule } from './postnatal.ts';

const home = {
  id: 'preg-1',
  personId: 'woman-1',
  deliveredOn: '2026-05-10',
  place: 'home',
  outcome: 'live_birth',
} as const;
const facility = { ...home, place: 'health_facility' } as const;

describe('postnatal contacts after a delivery', () => {
  it('asks for all four WHO contacts after a home birth, with their windows', () => {
    expect(postnatalSchedule(home, [])).toEqual([
      { contact: 'first_24_hours', dueOn: '2026-05-10', windowEndsOn: '2026-05-11', visitedOn: null },
      { contact: 'day_3', dueOn: '2026-05-12', windowEndsOn: '2026-05-13', visitedOn: null },
      { contact: 'days_7_14', dueOn: '2026-05-17', windowEndsOn: '2026-05-24', visitedOn: null },
      { contact: 'week_6', dueOn: '2026-06-21', windowEndsOn: '2026-06-27', visitedOn: null },
    ]);
  });

  it('leaves the first 24 hours to the facility after a facility birth, and asks nothing after a maternal death', () => {
    expect(postnatalSchedule(facility, []).map((c) => c.contact)).toEqual(['day_3', 'days_7_14', 'week_6']);
    expect(postnatalSchedule({ ...home, outcome: 'maternal_death' }, [])).toEqual([]);
    expect(nextPostnatalTask({ ...home, outcome: 'maternal_death' }, [], '2026-05-10')).toBeNull();
  });

  it('counts a late visit for the contact it was owed, and each contact once', () => {
    const schedule = postnatalSchedule(facility, ['2026-05-15', '2026-05-16', '2026-05-18', '2026-05-11']);
    expect(schedule.map((c) => [c.contact, c.visitedOn])).toEqual([
      ['day_3', '2026-05-15'],
      ['days_7_14', '2026-05-18'],
      ['week_6', null],
    ]);
  });

  it('gives the next contact as a task due on the first day of its window', () => {
    expect(nextPostnatalTask(facility, [], '2026-05-10')).toEqual({
      kind: 'postnatal_visit',
      personId: 'woman-1',
      dueOn: '2026-05-12',
      refId: 'preg-1',
      detail: { contact: 'day_3', windowEndsOn: '2026-05-13', day: 2 },
    });
    const missed = nextPostnatalTask(facility, [], '2026-05-15');
    expect(missed).toMatchObject({ dueOn: '2026-05-12', detail: { contact: 'day_3' } });
    if (!missed) throw new Error('a task was expected');
    expect(homeVisitStatus(missed, '2026-05-13')).toBe('due');
    expect(homeVisitStatus(missed, '2026-05-15')).toBe('overdue');
    expect(nextPostnatalTask(facility, [], '2026-05-17')).toMatchObject({ detail: { contact: 'days_7_14' } });
    expect(nextPostnatalTask(facility, ['2026-05-12', '2026-05-17'], '2026-05-17')).toMatchObject({
      dueOn: '2026-06-21',
      detail: { contact: 'week_6', day: 42 },
    });
  });

  it('ends with the six-week window', () => {
    expect(nextPostnatalTask(home, [], '2026-06-27')).toMatchObject({ detail: { contact: 'week_6' } });
    expect(nextPostnatalTask(home, [], '2026-06-28')).toBeNull();
    expect(nextPostnatalTask(home, ['2026-06-22'], '2026-06-23')).toBeNull();
  });
});
