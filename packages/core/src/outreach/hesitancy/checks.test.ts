import { describe, expect, it } from 'vitest';
import { isDomainError } from '../../errors/domain-error.ts';
import { checkHesitancyVisit, type VisitContext } from './checks.ts';
import { type HesitancyVisitInput, hesitancyVisitInput } from './schemas.ts';

const context: VisitContext = { today: '2026-11-20', earlierRefusals: 0, maxRefusals: 3, vaccinated: false };

const input = (over: Record<string, unknown> = {}): HesitancyVisitInput =>
  hesitancyVisitInput.parse({
    personId: '01900000-0000-7000-8000-000000000001',
    vaccineId: '01900000-0000-7000-8000-000000000002',
    visitedOn: '2026-11-10',
    reasons: ['rumours'],
    outcome: 'will_think',
    nextVisitOn: '2026-11-17',
    ...over,
  });

function refusal(visit: HesitancyVisitInput, ctx: VisitContext = context) {
  try {
    checkHesitancyVisit(visit, ctx);
  } catch (error) {
    if (isDomainError(error)) return { code: error.code, field: error.field };
    throw error;
  }
  return null;
}

describe('hesitancy visit checks', () => {
  it('accepts a visit with a later next visit', () => {
    expect(refusal(input())).toBeNull();
  });

  it('needs the words when the reason is other, and refuses words without it', () => {
    expect(refusal(input({ reasons: ['other'] }))).toEqual({
      code: 'hesitancy.other_reason_required',
      field: 'otherReason',
    });
    expect(refusal(input({ reasons: ['other'], otherReason: 'the priest said no' }))).toBeNull();
    expect(refusal(input({ otherReason: 'x' }))).toEqual({
      code: 'hesitancy.other_reason_without_other',
      field: 'otherReason',
    });
  });

  it('refuses a next visit on or before the visit, and a visit in the future', () => {
    expect(refusal(input({ nextVisitOn: '2026-11-10' }))).toEqual({
      code: 'hesitancy.next_visit_not_after',
      field: 'nextVisitOn',
    });
    expect(refusal(input({ nextVisitOn: '2026-11-01' }))?.code).toBe('hesitancy.next_visit_not_after');
    expect(refusal(input({ visitedOn: '2026-11-21', nextVisitOn: '2026-11-30' }))).toEqual({
      code: 'hesitancy.visit_in_future',
      field: 'visitedOn',
    });
  });

  it('needs a next visit unless the visit ends the follow-up', () => {
    const open = input({ nextVisitOn: undefined });
    expect(refusal(open)).toEqual({ code: 'hesitancy.next_visit_required', field: 'nextVisitOn' });
    expect(refusal(input({ nextVisitOn: undefined, outcome: 'agreed' }))?.code).toBe(
      'hesitancy.next_visit_required',
    );
    expect(refusal(input({ nextVisitOn: undefined, outcome: 'vaccinated_elsewhere' }))).toBeNull();
    const refused = input({ nextVisitOn: undefined, outcome: 'refused' });
    expect(refusal(refused, { ...context, earlierRefusals: 1 })?.code).toBe('hesitancy.next_visit_required');
    expect(refusal(refused, { ...context, earlierRefusals: 2 })).toBeNull();
    expect(refusal(open, { ...context, vaccinated: true })).toBeNull();
  });
});
