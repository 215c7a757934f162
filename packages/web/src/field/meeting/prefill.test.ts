import { describe, expect, it } from 'vitest';
import { newDraft, newFine, nextStatus } from './draft.ts';
import { shgContext } from './fixtures.ts';
import { defaultRateBps, loanCap, parsePercent, percentText } from './loan-terms.ts';
import { localToday, takenDates } from './pending.ts';
import { fineSuggestions } from './prefill.ts';

describe('attendance', () => {
  it('goes round every status with one tap each', () => {
    const seen = [nextStatus(undefined)];
    for (let i = 0; i < 5; i++) seen.push(nextStatus(seen.at(-1)));
    expect(seen).toEqual(['present', 'absent', 'excused', 'late', 'represented', 'present']);
  });
});

describe('fineSuggestions', () => {
  it('suggests the rule’s fines for absent and late members, once', () => {
    const ctx = shgContext('INR');
    const [asha, meena, sunita] = ctx.members.map((m) => m.personId) as [string, string, string];
    const draft = {
      ...newDraft(ctx.group.id, '2025-01-29'),
      attendance: { [asha]: 'present', [meena]: 'late', [sunita]: 'absent' } as const,
    };
    const ids = [asha, meena, sunita];
    expect(fineSuggestions(draft, ctx.group.rules, ids)).toEqual([
      { personId: meena, reason: 'late', amount: 500 },
      { personId: sunita, reason: 'absence', amount: 1_000 },
    ]);
    const fined = { ...draft, fines: [newFine(sunita, 'absence', '10')] };
    expect(fineSuggestions(fined, ctx.group.rules, ids)).toEqual([
      { personId: meena, reason: 'late', amount: 500 },
    ]);
  });
});

describe('loan terms', () => {
  it('turns the monthly rate into a rate per period as the server does', () => {
    expect(defaultRateBps(200, 'monthly')).toBe(200);
    expect(defaultRateBps(200, 'fortnightly')).toBe(92);
    expect(defaultRateBps(200, 'weekly')).toBe(46);
    expect(percentText(46)).toBe('0.46');
    expect(percentText(200)).toBe('2');
    expect(percentText(150)).toBe('1.5');
    expect(parsePercent('0.46')).toBe(46);
    expect(parsePercent('1.5')).toBe(150);
    expect(parsePercent('101')).toBeUndefined();
    expect(parsePercent('0.125')).toBeUndefined();
  });

  it('caps a loan at a multiple of her savings and an amount, whichever is less', () => {
    const rules = shgContext('XOF').group.rules;
    expect(loanCap(rules, 4_100)).toBe(8_200);
    expect(loanCap(rules, 50_000)).toBe(20_000);
    expect(
      loanCap({ ...rules, loanCapMultipleOfSavings: undefined, loanCapAmount: undefined }, 100),
    ).toBeUndefined();
  });
});

describe('dates', () => {
  it('counts days already held and meetings waiting to be sent, not refused ones', () => {
    const item = (heldOn: string, status: 'pending' | 'rejected') => ({
      id: heldOn,
      type: 'meeting.record',
      at: '',
      payload: { heldOn },
      status,
      attempts: 0,
    });
    expect([
      ...takenDates(['2025-01-01'], [item('2025-01-08', 'pending'), item('2025-01-15', 'rejected')]),
    ]).toEqual(['2025-01-01', '2025-01-08']);
  });

  it('takes today from the phone’s calendar', () => {
    expect(localToday(new Date(2025, 0, 5, 23, 30))).toBe('2025-01-05');
  });
});
