import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../shared/calendar.ts';
import type { HesitancyOutcome } from '../hesitancy/schemas.ts';
import { nextHomeVisitTask } from '../home-visits/rhythm.ts';
import { taskAgenda } from './agenda.ts';
import { type DueTasksInput, dueTasks, type TaskDose } from './due.ts';
import { taskStatus } from './task.ts';

const covid = { id: 'vac-covid', dosesInSeries: 2, minIntervalDays: 28 };
const measles = { id: 'vac-mr', dosesInSeries: 1, minIntervalDays: 0 };

function records(overrides: Partial<DueTasksInput> = {}): DueTasksInput {
  return {
    person: { id: 'sunita' },
    doses: [],
    hesitancyVisits: [],
    plans: [],
    homeVisits: [],
    pregnancies: [],
    vaccines: [covid, measles],
    maxRefusals: 3,
    ...overrides,
  };
}

const dose = (doseNumber: number, givenOn: string, voidedAt: string | null = null): TaskDose => ({
  vaccineId: covid.id,
  doseNumber,
  givenOn,
  voidedAt,
});

let visitSeq = 0;
const visit = (visitedOn: string, outcome: HesitancyOutcome, nextVisitOn: string | null) => ({
  id: `visit-${String(++visitSeq).padStart(3, '0')}`,
  vaccineId: covid.id,
  visitedOn,
  outcome,
  nextVisitOn,
});

describe('dueTasks: doses', () => {
  it('makes dose 2 due 28 days after dose 1: due on that day, overdue the day after', () => {
    const tasks = dueTasks(records({ doses: [dose(1, '2026-11-03')] }), '2026-11-20');
    expect(tasks).toEqual([
      { kind: 'dose', personId: 'sunita', dueOn: '2026-12-01', refId: covid.id, detail: { doseNumber: 2 } },
    ]);
    const [task] = tasks;
    expect(taskStatus(task!, '2026-11-30')).toBe('upcoming');
    expect(taskStatus(task!, '2026-12-01')).toBe('due');
    expect(taskStatus(task!, '2026-12-02')).toBe('overdue');
    expect(taskAgenda(tasks, '2026-12-01').dueToday).toHaveLength(1);
    expect(taskAgenda(tasks, '2026-12-02').overdue).toHaveLength(1);
  });

  it('asks for nothing once the series is complete, and again when a dose of it is voided', () => {
    const complete = [dose(1, '2026-11-03'), dose(2, '2026-12-05')];
    expect(dueTasks(records({ doses: complete }), '2026-12-10')).toEqual([]);
    const voided = [dose(1, '2026-11-03'), dose(2, '2026-12-05', '2026-12-06T10:00:00Z')];
    expect(dueTasks(records({ doses: voided }), '2026-12-10')).toMatchObject([
      { kind: 'dose', dueOn: '2026-12-01', detail: { doseNumber: 2 } },
    ]);
  });

  it('asks for no first dose: someone not yet vaccinated is followed up as hesitant', () => {
    expect(dueTasks(records(), '2026-12-10')).toEqual([]);
  });
});

describe('dueTasks: hesitancy follow-up', () => {
  it('is due on the date the last visit set', () => {
    const visits = [
      visit('2026-11-01', 'will_think', '2026-11-15'),
      visit('2026-11-15', 'will_think', '2026-11-29'),
    ];
    expect(dueTasks(records({ hesitancyVisits: visits }), '2026-11-20')).toEqual([
      {
        kind: 'hesitancy_follow_up',
        personId: 'sunita',
        dueOn: '2026-11-29',
        refId: covid.id,
        detail: { visitNumber: 3 },
      },
    ]);
  });

  it('ends once she is vaccinated: a vaccinated person has no follow-up, only her next dose', () => {
    const visits = [visit('2026-11-01', 'agreed', '2026-11-10')];
    const tasks = dueTasks(
      records({ hesitancyVisits: visits, doses: [dose(1, '2026-11-03')] }),
      '2026-11-20',
    );
    expect(tasks.map((t) => t.kind)).toEqual(['dose']);
  });

  it('ends after the set number of refusals, and comes back when the organisation allows more', () => {
    const visits = [
      visit('2026-10-01', 'refused', '2026-10-15'),
      visit('2026-10-15', 'refused', '2026-11-01'),
      visit('2026-11-01', 'refused', null),
    ];
    expect(dueTasks(records({ hesitancyVisits: visits }), '2026-11-20')).toEqual([]);
    expect(dueTasks(records({ hesitancyVisits: visits, maxRefusals: 4 }), '2026-11-20')).toMatchObject([
      { kind: 'hesitancy_follow_up', dueOn: '2026-11-01', detail: { visitNumber: 4 } },
    ]);
  });
});

describe('dueTasks: home visits', () => {
  const plan = {
    id: 'plan-child',
    kind: 'child_under_five' as const,
    startsOn: '2026-11-10',
    endsOn: '2030-05-01',
    endedOn: null,
  };

  it('owes a child a visit in the half-month the plan starts in, overdue once that half has passed', () => {
    const [task] = dueTasks(records({ plans: [plan] }), '2026-11-12');
    expect(task).toMatchObject({ kind: 'home_visit', refId: plan.id, dueOn: '2026-11-10' });
    expect(taskStatus(task!, '2026-11-15')).toBe('due');
    const [late] = dueTasks(records({ plans: [plan] }), '2026-11-16');
    expect(taskStatus(late!, '2026-11-16')).toBe('overdue');
    expect(taskAgenda([late!], '2026-11-16').overdue).toHaveLength(1);
  });

  it('moves to the next half once visited, and counts only visits made under the plan', () => {
    const homeVisits = [
      { planId: plan.id, visitedOn: '2026-11-12' },
      { planId: null, visitedOn: '2026-11-18' },
    ];
    expect(dueTasks(records({ plans: [plan], homeVisits }), '2026-11-20')).toMatchObject([
      { kind: 'home_visit', dueOn: '2026-11-16' },
    ]);
  });

  // The server reads only a plan's latest visit up to the day (a child has dozens); this holds that to the
  // answer the whole history gives, as the phone computes it.
  it('home visits: the latest visit decides', () => {
    const offset = fc.integer({ min: 0, max: 400 });
    fc.assert(
      fc.property(
        fc.constantFrom('child_under_five' as const, 'pregnancy' as const),
        offset,
        fc.array(offset, { maxLength: 30 }),
        offset,
        fc.option(offset, { nil: null }),
        (kind, start, visitOffsets, todayOffset, endOffset) => {
          const startsOn = addDays('2025-01-01', start);
          const endedOn = endOffset === null ? null : addDays(startsOn, endOffset);
          const today = addDays(startsOn, todayOffset);
          const schedule = { id: 'p', personId: 'x', kind, startsOn, endsOn: null, endedOn };
          const dates = visitOffsets
            .map((o) => addDays(startsOn, o))
            .filter((d) => endedOn === null || d <= endedOn);
          const latest = dates
            .filter((d) => d <= today)
            .sort()
            .at(-1);
          expect(nextHomeVisitTask(schedule, latest ? [latest] : [], today)).toEqual(
            nextHomeVisitTask(schedule, dates, today),
          );
        },
      ),
    );
  });

  it('owes nothing once the plan has ended', () => {
    const ended = { ...plan, endedOn: '2026-11-11' };
    expect(dueTasks(records({ plans: [ended] }), '2026-11-20')).toEqual([]);
  });
});

describe('dueTasks: postnatal visits', () => {
  const pregnancy = (place: 'health_facility' | 'home') => ({
    id: 'preg-1',
    delivery: { deliveredOn: '2026-11-20', place, outcome: 'live_birth' as const },
    postnatalVisits: [] as { visitedOn: string }[],
  });

  it('after a home birth, owes the first-day contact at once', () => {
    expect(dueTasks(records({ pregnancies: [pregnancy('home')] }), '2026-11-20')).toMatchObject([
      { kind: 'postnatal_visit', refId: 'preg-1', dueOn: '2026-11-20' },
    ]);
  });

  it('after a facility birth, the first contact owed at home is on day 3', () => {
    expect(dueTasks(records({ pregnancies: [pregnancy('health_facility')] }), '2026-11-20')).toMatchObject([
      { kind: 'postnatal_visit', dueOn: '2026-11-22' },
    ]);
  });

  it('owes nothing for a pregnancy not yet delivered', () => {
    expect(
      dueTasks(
        records({ pregnancies: [{ id: 'preg-2', delivery: null, postnatalVisits: [] }] }),
        '2026-11-20',
      ),
    ).toEqual([]);
  });
});

describe('dueTasks: all together', () => {
  it('gives every task of the person, each by its own rule', () => {
    const input = records({
      doses: [dose(1, '2026-11-03')],
      hesitancyVisits: [{ ...visit('2026-11-01', 'will_think', '2026-11-25'), vaccineId: measles.id }],
      plans: [{ id: 'plan-p', kind: 'pregnancy', startsOn: '2026-11-01', endsOn: null, endedOn: null }],
    });
    const kinds = dueTasks(input, '2026-11-20').map((t) => `${t.kind}:${t.dueOn}`);
    expect(kinds.sort()).toEqual([
      'dose:2026-12-01',
      'hesitancy_follow_up:2026-11-25',
      'home_visit:2026-11-01',
    ]);
  });
});
