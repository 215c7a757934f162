import { describe, expect, it } from 'vitest';
import { portfolioAtRisk } from './portfolio.ts';
import { type LoanPosition, loanPosition } from './position.ts';
import { loanSchedule } from './schedule.ts';

// 12,000 over 4 months at no interest, the first instalment due 1 February 2026.
const schedule = loanSchedule({
  principal: 12_000,
  rateBps: 0,
  method: 'flat',
  instalments: 4,
  frequency: 'monthly',
  gracePeriods: 0,
  disbursedOn: '2026-01-01',
});

/** A loan on 1 April 2026 whose repayments have covered `paid` of the principal since `paidOn`. */
function loan(paid: number, paidOn = '2026-02-01', writtenOffOn?: string): LoanPosition {
  const repayments = paid > 0 ? [{ paidOn, penalty: 0, interest: 0, principal: paid }] : [];
  return loanPosition(
    schedule,
    { repayments, penaltiesLevied: [], penaltiesWaived: [], writtenOffOn },
    '2026-04-01',
  );
}

describe('portfolioAtRisk', () => {
  it('is zero when nothing is outstanding', () => {
    expect(portfolioAtRisk([])).toEqual({ atRisk: 0, outstanding: 0, ratio: 0 });
  });

  it('counts the whole outstanding principal of loans more than the given days late', () => {
    const late59 = loan(0); // instalment of 1 February unpaid on 1 April: 59 days, 12,000 outstanding
    const late31 = loan(3_000); // instalment of 1 March unpaid: 31 days, 9,000 outstanding
    const current = loan(6_000); // paid up to March: 0 days, 6,000 outstanding
    const writtenOff = loan(0, '2026-02-01', '2026-03-15');
    expect([late59.daysPastDue, late31.daysPastDue, current.daysPastDue]).toEqual([59, 31, 0]);
    const positions = [late59, late31, current, writtenOff];
    // (12,000 + 9,000) / (12,000 + 9,000 + 6,000) = 21,000 / 27,000; the written-off loan is left out.
    expect(portfolioAtRisk(positions)).toEqual({
      atRisk: 21_000,
      outstanding: 27_000,
      ratio: 21_000 / 27_000,
    });
    expect(portfolioAtRisk(positions, 31)).toEqual({
      atRisk: 12_000,
      outstanding: 27_000,
      ratio: 12_000 / 27_000,
    });
    expect(portfolioAtRisk(positions, 90)).toEqual({ atRisk: 0, outstanding: 27_000, ratio: 0 });
  });

  it('leaves out repaid loans, which have nothing outstanding', () => {
    expect(portfolioAtRisk([loan(12_000), loan(0)])).toEqual({
      atRisk: 12_000,
      outstanding: 12_000,
      ratio: 1,
    });
  });
});
