import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../shared/calendar.ts';
import { taskAgenda } from './agenda.ts';
import { type Task, type TaskKind, taskKinds } from './task.ts';

const task = (kind: TaskKind, dueOn: string, personId = 'p1', refId = 'r1'): Task => ({
  kind,
  personId,
  dueOn,
  refId,
});

describe('taskAgenda', () => {
  const today = '2026-12-01';

  it('puts what is late first, oldest first, then today, then the next days soonest first', () => {
    const agenda = taskAgenda(
      [
        task('home_visit', '2026-11-30'),
        task('dose', '2026-12-03'),
        task('dose', '2026-12-01', 'p2'),
        task('postnatal_visit', '2026-11-02'),
        task('hesitancy_follow_up', '2026-12-02'),
      ],
      today,
      7,
    );
    expect(agenda.overdue.map((t) => t.dueOn)).toEqual(['2026-11-02', '2026-11-30']);
    expect(agenda.dueToday.map((t) => t.personId)).toEqual(['p2']);
    expect(agenda.upcoming.map((t) => t.dueOn)).toEqual(['2026-12-02', '2026-12-03']);
    expect(agenda.upcomingUntil).toBe('2026-12-08');
  });

  it('leaves out what is due beyond the window, and counts the rest per kind', () => {
    const agenda = taskAgenda(
      [
        task('dose', '2026-11-01'),
        task('dose', '2026-11-20', 'p2'),
        task('dose', '2026-12-01', 'p3'),
        task('home_visit', '2026-12-08'),
        task('home_visit', '2026-12-09', 'p2'),
      ],
      today,
      7,
    );
    expect(agenda.countsByKind.dose).toEqual({ overdue: 2, dueToday: 1, upcoming: 0 });
    expect(agenda.countsByKind.home_visit).toEqual({ overdue: 0, dueToday: 0, upcoming: 1 });
    expect(agenda.countsByKind.postnatal_visit).toEqual({ overdue: 0, dueToday: 0, upcoming: 0 });
    expect(agenda.totals).toEqual({ overdue: 2, dueToday: 1, upcoming: 1 });
  });

  it('keeps a visit due through its window, and overdue only once the window has passed', () => {
    const visit: Task = { ...task('home_visit', '2026-11-16'), detail: { windowEndsOn: '2026-11-30' } };
    expect(taskAgenda([visit], '2026-11-20').dueToday).toEqual([visit]);
    expect(taskAgenda([visit], '2026-11-30').dueToday).toEqual([visit]);
    expect(taskAgenda([visit], today).overdue).toEqual([visit]);
    expect(taskAgenda([visit], '2026-11-10', 7).upcoming).toEqual([visit]);
  });

  it('with no upcoming days shows only overdue and today', () => {
    const agenda = taskAgenda([task('dose', '2026-12-02'), task('dose', '2026-12-01', 'p2')], today, 0);
    expect(agenda.upcoming).toEqual([]);
    expect(agenda.dueToday).toHaveLength(1);
  });

  it('keeps every task within the window exactly once, each in its right part', () => {
    const dates = fc.integer({ min: -60, max: 60 }).map((offset) => addDays(today, offset));
    const tasks = fc.array(
      fc.record({
        kind: fc.constantFrom(...taskKinds),
        personId: fc.constantFrom('a', 'b', 'c'),
        dueOn: dates,
        refId: fc.constantFrom('x', 'y'),
      }),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(tasks, fc.integer({ min: 0, max: 30 }), (list, days) => {
        const agenda = taskAgenda(list, today, days);
        const until = addDays(today, days);
        const kept = list.filter((t) => t.dueOn <= until);
        expect(agenda.overdue.length + agenda.dueToday.length + agenda.upcoming.length).toBe(kept.length);
        expect(agenda.overdue.every((t) => t.dueOn < today)).toBe(true);
        expect(agenda.dueToday.every((t) => t.dueOn === today)).toBe(true);
        expect(agenda.upcoming.every((t) => t.dueOn > today && t.dueOn <= until)).toBe(true);
        const sorted = (xs: Task[]) => xs.every((t, i) => i === 0 || xs[i - 1]!.dueOn <= t.dueOn);
        expect(sorted(agenda.overdue) && sorted(agenda.upcoming)).toBe(true);
        const counted = Object.values(agenda.countsByKind).reduce((n, c) => n + c.overdue, 0);
        expect(counted).toBe(agenda.overdue.length);
      }),
    );
  });
});
