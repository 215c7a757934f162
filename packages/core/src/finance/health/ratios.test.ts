import { describe, expect, it } from 'vitest';
import { type RatioInputs, ratioKeys, savingsGroupRatios } from './index.ts';

const year: RatioInputs = {
  memberMeetingsPresent: 540,
  memberMeetings: 600,
  savingsBalance: 1_000_000,
  members: 15,
  loansOutstandingPrincipal: 600_000,
  loanFund: 1_200_000,
  parPrincipal: 30_000,
  netSurplus: 90_000,
  averageSavings: 750_000,
  membersAtStart: 20,
  membersLeft: 5,
};

function values(inputs: RatioInputs): Record<string, number | null> {
  return Object.fromEntries(savingsGroupRatios(inputs).map((ratio) => [ratio.key, ratio.value]));
}

describe('savingsGroupRatios', () => {
  it('computes each ratio from hand-checked figures', () => {
    expect(values(year)).toEqual({
      attendance_rate: 0.9, // 540 / 600
      savings_per_member: 66_667, // 1,000,000 / 15 = 66,666.67, rounded
      loan_fund_utilisation: 0.5, // 600,000 / 1,200,000
      portfolio_at_risk_30: 0.05, // 30,000 / 600,000
      return_on_savings: 0.12, // 90,000 / 750,000
      drop_out_rate: 0.25, // 5 / 20
    });
  });

  it('returns the ratios in order, each with an English definition', () => {
    const ratios = savingsGroupRatios(year);
    expect(ratios.map((ratio) => ratio.key)).toEqual([...ratioKeys]);
    for (const ratio of ratios) expect(ratio.definition).toMatch(/^[A-Z].+\.$/);
  });

  it('has no value where the denominator is 0', () => {
    const empty: RatioInputs = {
      memberMeetingsPresent: 0,
      memberMeetings: 0,
      savingsBalance: 0,
      members: 0,
      loansOutstandingPrincipal: 0,
      loanFund: 0,
      parPrincipal: 0,
      netSurplus: 0,
      averageSavings: 0,
      membersAtStart: 0,
      membersLeft: 0,
    };
    expect(Object.values(values(empty))).toEqual([null, null, null, null, null, null]);
    expect(values({ ...year, loansOutstandingPrincipal: 0, parPrincipal: 0 })).toMatchObject({
      loan_fund_utilisation: 0,
      portfolio_at_risk_30: null,
    });
  });

  it('shows a loss as a negative return on savings', () => {
    expect(values({ ...year, netSurplus: -15_000 }).return_on_savings).toBe(-0.02);
  });
});
