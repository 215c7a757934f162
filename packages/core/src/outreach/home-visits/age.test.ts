import { describe, expect, it } from 'vitest';
import { checkChildPlan, childPlanSpan } from './age.ts';

describe('the end of a child’s under-five follow-up', () => {
  it('ends on her fifth birthday: the day before it is her last day followed', () => {
    expect(childPlanSpan({ birthDate: '2024-04-20', birthYear: 2024 })).toEqual({
      bornOn: '2024-04-20',
      estimated: false,
      fifthBirthday: '2029-04-20',
      endsOn: '2029-04-19',
    });
  });

  it('counts a leap-day child’s fifth birthday on 1 March', () => {
    expect(childPlanSpan({ birthDate: '2024-02-29', birthYear: 2024 })).toMatchObject({
      fifthBirthday: '2029-03-01',
      endsOn: '2029-02-28',
    });
  });

  it('takes 1 July of the birth year when that is all there is, and says it is an estimate', () => {
    expect(childPlanSpan({ birthDate: null, birthYear: 2023 })).toEqual({
      bornOn: '2023-07-01',
      estimated: true,
      fifthBirthday: '2028-07-01',
      endsOn: '2028-06-30',
    });
    expect(childPlanSpan({ birthDate: null, birthYear: null })).toBeNull();
  });

  it('allows a plan for a child born by the start and not yet five on it', () => {
    expect(checkChildPlan({ birthDate: '2024-04-20', birthYear: 2024 }, '2029-04-19')).toMatchObject({
      ok: true,
    });
    expect(checkChildPlan({ birthDate: '2024-04-20', birthYear: 2024 }, '2029-04-20')).toMatchObject({
      ok: false,
      reason: 'not_under_five',
    });
    expect(checkChildPlan({ birthDate: '2026-05-02', birthYear: 2026 }, '2026-05-01')).toMatchObject({
      ok: false,
      reason: 'born_after_start',
    });
    expect(checkChildPlan({ birthDate: null, birthYear: 2026 }, '2026-03-01')).toMatchObject({ ok: true });
    expect(checkChildPlan({ birthDate: null, birthYear: 2027 }, '2026-12-31')).toMatchObject({
      ok: false,
      reason: 'born_after_start',
    });
    expect(checkChildPlan({ birthDate: null, birthYear: 2021 }, '2026-07-01')).toMatchObject({
      ok: false,
      reason: 'not_under_five',
    });
    expect(checkChildPlan({ birthDate: null, birthYear: null }, '2026-07-01')).toMatchObject({
      ok: false,
      reason: 'birth_unknown',
    });
  });
});
