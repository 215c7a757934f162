import { describe, expect, it } from 'vitest';
import { lakshmi, today } from '../fixtures.ts';
import { emptyHomeVisit, gramsOf, homeVisitPayload, severeMuac } from './home-visit-form.ts';

const context = { id: '0190a1b2-0000-7000-8000-00000000ad01', personId: lakshmi.id, today, plans: [] };

describe('the home visit form', () => {
  it('reads the weight as scales show it, in kilograms with a point or a comma', () => {
    expect(gramsOf('8.4')).toBe(8400);
    expect(gramsOf('8,45')).toBe(8450);
    expect(gramsOf('eight')).toBeNaN();
  });

  it('warns of severe acute malnutrition under 115 mm, before anything is saved', () => {
    expect(severeMuac('114')).toBe(true);
    expect(severeMuac('115')).toBe(false);
    expect(severeMuac('')).toBe(false);
  });

  it('queues what was measured, seen and advised, and the referral', () => {
    const checked = homeVisitPayload(
      {
        ...emptyHomeVisit(today),
        weightKg: '8.4',
        muacMm: '110',
        oedema: 'no',
        dangerSigns: ['fever'],
        advice: ['nutrition'],
        referralTo: 'PHC Satpur',
        referralReason: 'SAM',
      },
      context,
    );
    expect(checked).toEqual({
      ok: true,
      payload: {
        id: '0190a1b2-0000-7000-8000-00000000ad01',
        personId: lakshmi.id,
        visitedOn: today,
        observations: { weightGrams: 8400, muacMm: 110, oedema: false, dangerSigns: ['fever'] },
        advice: ['nutrition'],
        referral: { to: 'PHC Satpur', reason: 'SAM' },
      },
    });
  });

  it('refuses a weight typed in grams, a referral without its reason and a visit in the future', () => {
    const rule = homeVisitPayload({ ...emptyHomeVisit(today), weightKg: '8400' }, context);
    expect(rule.ok ? null : rule.rule?.code).toBe('home_visit.weight_out_of_range');
    expect(homeVisitPayload({ ...emptyHomeVisit(today), referralTo: 'PHC' }, context)).toEqual({
      ok: false,
      errors: { referralReason: 'outreach.home.error.referral_reason' },
    });
    const later = homeVisitPayload({ ...emptyHomeVisit('2026-04-01') }, context);
    expect(later.ok ? null : later.rule?.code).toBe('home_visit.in_future');
  });
});
