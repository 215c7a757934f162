import { describe, expect, it } from 'vitest';
import { dose, lakshmi, tcv, today } from '../fixtures.ts';
import { emptyVisit, type HesitancyValues, visitPayload } from './hesitancy-form.ts';

const id = '0190a1b2-0000-7000-8000-00000000ac01';
const context = { id, personId: lakshmi.id, today, maxRefusals: 2, visits: [], doses: [] };
const visit = (over: Partial<HesitancyValues>): HesitancyValues => ({
  ...emptyVisit(today, tcv.id),
  ...over,
});
const rule = (values: HesitancyValues, more = {}) => {
  const checked = visitPayload(values, { ...context, ...more });
  return checked.ok ? 'ok' : (checked.rule?.code ?? Object.values(checked.errors)[0]);
};

describe('the hesitancy visit form', () => {
  it('queues the reasons, the counselling and the outcome with the next visit', () => {
    const checked = visitPayload(
      visit({
        reasons: ['rumours', 'other'],
        otherReason: ' Husband away ',
        messages: ['safety'],
        outcome: 'will_think',
        nextVisitOn: '2026-03-27',
      }),
      context,
    );
    expect(checked).toEqual({
      ok: true,
      payload: {
        id,
        personId: lakshmi.id,
        vaccineId: tcv.id,
        visitedOn: today,
        reasons: ['rumours', 'other'],
        otherReason: 'Husband away',
        counselling: { messages: ['safety'] },
        outcome: 'will_think',
        nextVisitOn: '2026-03-27',
      },
    });
  });

  it('needs the words of "other", an outcome, and a next visit after this one', () => {
    expect(rule(visit({ reasons: ['other'], outcome: 'agreed', nextVisitOn: '2026-03-27' }))).toBe(
      'hesitancy.other_reason_required',
    );
    expect(rule(visit({}))).toBe('outreach.hesitancy.error.outcome');
    expect(rule(visit({ outcome: 'agreed', nextVisitOn: today }))).toBe('hesitancy.next_visit_not_after');
    expect(rule(visit({ outcome: 'agreed' }))).toBe('hesitancy.next_visit_required');
  });

  it('needs no next visit once the follow-up ends: vaccinated elsewhere, the last refusal, or a dose here', () => {
    expect(rule(visit({ outcome: 'vaccinated_elsewhere' }))).toBe('ok');
    const refusedBefore = [
      {
        ...visit({}),
        id: 'v-1',
        personId: lakshmi.id,
        outcome: 'refused' as const,
        otherReason: null,
        counselling: { messages: [], notes: null },
        nextVisitOn: '2026-03-15',
        recordedBy: '',
        recordedAt: '',
      },
    ];
    expect(rule(visit({ outcome: 'refused' }))).toBe('hesitancy.next_visit_required');
    expect(rule(visit({ outcome: 'refused' }), { visits: refusedBefore })).toBe('ok');
    expect(rule(visit({ outcome: 'agreed' }), { doses: [dose(1, '2026-03-01')] })).toBe('ok');
  });
});
