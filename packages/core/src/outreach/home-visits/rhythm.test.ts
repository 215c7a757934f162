import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../shared/calendar.ts';
import {
  dueVisits,
  homeVisitStatus,
  nextHomeVisitTask,
  type PlanSchedule,
  planWindows,
  windowAround,
} from './rhythm.ts';

const child = (over: Partial<PlanSchedule> = {}): PlanSchedule => ({
  id: 'plan-1',
  personId: 'child-1',
  kind: 'child_under_five',
  startsOn: '2026-03-10',
  endsOn: '2029-04-19',
  endedOn: null,
  ...over,
});
const pregnancy = (over: Partial<PlanSchedule> = {}): PlanSchedule => ({
  ...child(),
  kind: 'pregnancy',
  endsOn: null,
  startsOn: '2026-01-20',
  ...over,
});

describe('the twice-a-month rhythm of a child plan', () => {
  it('splits each month into the 1st–15th and the 16th to its last day', () => {
    expect(windowAround('child_under_five', '2026-02-15')).toEqual({ from: '2026-02-01', to: '2026-02-15' });
    expect(windowAround('child_under_five', '2026-02-16')).toEqual({ from: '2026-02-16', to: '2026-02-28' });
    expect(windowAround('child_under_five', '2028-02-20')).toEqual({ from: '2028-02-16', to: '2028-02-29' });
    expect(windowAround('child_under_five', '2026-12-31')).toEqual({ from: '2026-12-16', to: '2026-12-31' });
  });

  it('opens its first window on the start day and marks each half visited, due or overdue', () => {
    const windows = planWindows(child(), ['2026-03-12', '2026-04-02', '2026-04-03'], '2026-04-20');
    expect(windows).toEqual([
      { from: '2026-03-10', to: '2026-03-15', visitedOn: '2026-03-12', state: 'visited' },
      { from: '2026-03-16', to: '2026-03-31', visitedOn: null, state: 'overdue' },
      { from: '2026-04-01', to: '2026-04-15', visitedOn: '2026-04-02', state: 'visited' },
      { from: '2026-04-16', to: '2026-04-30', visitedOn: null, state: 'due' },
    ]);
    expect(dueVisits(child(), ['2026-03-12', '2026-04-02'], '2026-04-20').map((w) => w.from)).toEqual([
      '2026-03-16',
      '2026-04-16',
    ]);
  });

  it('is due on the first day of a half and overdue only once the half has passed', () => {
    const task = nextHomeVisitTask(child(), ['2026-03-12'], '2026-03-16');
    expect(task).toEqual({
      kind: 'home_visit',
      personId: 'child-1',
      dueOn: '2026-03-16',
      refId: 'plan-1',
      detail: { planKind: 'child_under_five', windowEndsOn: '2026-03-31', missedWindows: 0 },
    });
    if (!task) throw new Error('a task was expected');
    expect(homeVisitStatus(task, '2026-03-15')).toBe('upcoming');
    expect(homeVisitStatus(task, '2026-03-16')).toBe('due');
    expect(homeVisitStatus(task, '2026-03-31')).toBe('due');
    expect(homeVisitStatus(task, '2026-04-01')).toBe('overdue');
  });

  it('owes one visit after a gap, counting the halves missed, and moves on once she is seen', () => {
    const owed = nextHomeVisitTask(child(), ['2026-03-12'], '2026-04-20');
    expect(owed).toMatchObject({ dueOn: '2026-03-16', detail: { missedWindows: 2 } });
    const seen = nextHomeVisitTask(child(), ['2026-03-12', '2026-04-20'], '2026-04-20');
    expect(seen).toMatchObject({
      dueOn: '2026-05-01',
      detail: { windowEndsOn: '2026-05-15', missedWindows: 0 },
    });
  });

  it('stops at the end of the plan: the last window is cut to its last day, then nothing is due', () => {
    const ending = child({ startsOn: '2029-03-01', endsOn: '2029-04-19' });
    const windows = planWindows(ending, [], '2029-06-01');
    expect(windows.at(-1)).toEqual({
      from: '2029-04-16',
      to: '2029-04-19',
      visitedOn: null,
      state: 'overdue',
    });
    expect(windows).toHaveLength(4);
    expect(nextHomeVisitTask(ending, ['2029-04-17'], '2029-04-18')).toBeNull();
    expect(nextHomeVisitTask(ending, [], '2029-04-20')).toBeNull();
    expect(nextHomeVisitTask(child({ endedOn: '2026-05-02' }), [], '2026-05-03')).toBeNull();
  });

  it('counts a visit only in the window that holds it: two in one half do not cover the next', () => {
    const task = nextHomeVisitTask(child(), ['2026-03-10', '2026-03-14'], '2026-03-20');
    expect(task?.dueOn).toBe('2026-03-16');
  });

  it('covers every day of the plan with exactly one window (property)', () => {
    const day = fc.integer({ min: 0, max: 1500 }).map((n) => addDays('2025-01-01', n));
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 400 }), fc.boolean(), (start, length, monthly) => {
        const plan = (monthly ? pregnancy : child)({ startsOn: start, endsOn: null, endedOn: null });
        const asOf = addDays(start, length);
        const windows = planWindows(plan, [], asOf);
        expect(windows[0]?.from).toBe(start);
        for (let i = 1; i < windows.length; i += 1) {
          expect(windows[i]?.from).toBe(addDays(windows[i - 1]?.to ?? '', 1));
        }
        const last = windows.at(-1);
        expect(last && last.from <= asOf && last.to >= asOf).toBe(true);
        expect(windows.filter((w) => w.state === 'due')).toHaveLength(1);
      }),
    );
  });
});

describe('the monthly rhythm of a pregnancy plan', () => {
  it('expects one visit in each calendar month, from the month she was registered', () => {
    const windows = planWindows(pregnancy(), ['2026-01-25', '2026-03-03'], '2026-04-02');
    expect(windows.map((w) => [w.from, w.to, w.state])).toEqual([
      ['2026-01-20', '2026-01-31', 'visited'],
      ['2026-02-01', '2026-02-28', 'overdue'],
      ['2026-03-01', '2026-03-31', 'visited'],
      ['2026-04-01', '2026-04-30', 'due'],
    ]);
    expect(nextHomeVisitTask(pregnancy(), ['2026-01-25'], '2026-01-30')).toMatchObject({
      dueOn: '2026-02-01',
      detail: { planKind: 'pregnancy', windowEndsOn: '2026-02-28' },
    });
  });

  it('ends with the delivery that ended the plan', () => {
    const delivered = pregnancy({ endedOn: '2026-03-05' });
    expect(planWindows(delivered, [], '2026-06-01').at(-1)).toMatchObject({
      from: '2026-03-01',
      to: '2026-03-05',
    });
    expect(nextHomeVisitTask(delivered, [], '2026-03-06')).toBeNull();
  });
});
