import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closesFollowUp, type FollowUpVisit, followUpState, hesitancyFollowUpTask } from './follow-up.ts';
import { hesitancyOutcomes } from './schemas.ts';

const visit = (n: number, outcome: FollowUpVisit['outcome'], nextVisitOn: string | null = null) => ({
  id: `0190000${n}-0000-7000-8000-000000000000`,
  visitedOn: `2026-0${n}-10`,
  outcome,
  nextVisitOn,
});

const subject = (visits: FollowUpVisit[], vaccinated = false, maxRefusals = 3) => ({
  personId: 'p1',
  vaccineId: 'v1',
  visits,
  vaccinated,
  maxRefusals,
});

describe('hesitancy follow-up list', () => {
  it('is nobody’s list before a first visit', () => {
    expect(hesitancyFollowUpTask(subject([]))).toBeNull();
    expect(followUpState([], false, 3).onList).toBe(false);
  });

  it('gives the next visit on the date the last visit set, numbered after the visits so far', () => {
    const visits = [visit(1, 'will_think', '2026-02-01'), visit(2, 'refused', '2026-03-05')];
    expect(hesitancyFollowUpTask(subject(visits))).toEqual({
      kind: 'hesitancy_follow_up',
      personId: 'p1',
      dueOn: '2026-03-05',
      refId: 'v1',
      detail: { visitNumber: 3 },
    });
  });

  it('takes the latest visit by date, whatever order the visits arrived in', () => {
    const visits = [visit(3, 'will_think', '2026-04-01'), visit(1, 'will_think', '2026-02-01')];
    expect(hesitancyFollowUpTask(subject(visits))?.dueOn).toBe('2026-04-01');
  });

  it('keeps her on the list after she agreed, until a dose is recorded', () => {
    const visits = [visit(1, 'agreed', '2026-01-20')];
    expect(hesitancyFollowUpTask(subject(visits))?.dueOn).toBe('2026-01-20');
    expect(hesitancyFollowUpTask(subject(visits, true))).toBeNull();
    expect(followUpState(visits, true, 3).ended).toBe('vaccinated');
  });

  it('takes her off when a visit finds her vaccinated elsewhere', () => {
    const visits = [visit(1, 'will_think', '2026-02-01'), visit(2, 'vaccinated_elsewhere')];
    expect(hesitancyFollowUpTask(subject(visits))).toBeNull();
    expect(followUpState(visits, false, 3).ended).toBe('vaccinated_elsewhere');
  });

  it('takes her off after the set number of refusals, and brings her back when the setting is raised', () => {
    const visits = [
      visit(1, 'refused', '2026-02-01'),
      visit(2, 'refused', '2026-03-01'),
      visit(3, 'refused', null),
    ];
    expect(hesitancyFollowUpTask(subject(visits.slice(0, 2)))?.detail).toEqual({ visitNumber: 3 });
    expect(hesitancyFollowUpTask(subject(visits))).toBeNull();
    expect(followUpState(visits, false, 3)).toMatchObject({ ended: 'refused', refusals: 3, visits: 3 });
    // Allowed a fourth try: due at once, from the day of the last visit, since it set no date.
    expect(hesitancyFollowUpTask(subject(visits, false, 4))).toMatchObject({
      dueOn: '2026-03-10',
      detail: { visitNumber: 4 },
    });
    expect(hesitancyFollowUpTask(subject(visits.slice(0, 2), false, 2))).toBeNull();
  });

  it('says which outcome of a new visit ends the follow-up', () => {
    expect(closesFollowUp('vaccinated_elsewhere', 0, 3)).toBe(true);
    expect(closesFollowUp('refused', 1, 3)).toBe(false);
    expect(closesFollowUp('refused', 2, 3)).toBe(true);
    expect(closesFollowUp('agreed', 5, 3)).toBe(false);
    expect(closesFollowUp('will_think', 2, 3)).toBe(false);
  });

  it('holds for any visits: on the list exactly when visited, not vaccinated, and under the refusals', () => {
    const visitArb = fc.record({
      id: fc.uuid(),
      visitedOn: fc
        .date({ min: new Date('2025-01-01'), max: new Date('2027-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
      outcome: fc.constantFrom(...hesitancyOutcomes),
      nextVisitOn: fc.constant('2028-01-01'),
    });
    fc.assert(
      fc.property(
        fc.array(visitArb, { maxLength: 8 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 5 }),
        (visits, vaccinated, max) => {
          const task = hesitancyFollowUpTask(subject(visits, vaccinated, max));
          const refusals = visits.filter((v) => v.outcome === 'refused').length;
          const elsewhere = visits.some((v) => v.outcome === 'vaccinated_elsewhere');
          const expected = visits.length > 0 && !vaccinated && !elsewhere && refusals < max;
          expect(task !== null).toBe(expected);
          if (task) expect(task.detail).toEqual({ visitNumber: visits.length + 1 });
        },
      ),
    );
  });
});
