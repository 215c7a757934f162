import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domain-error.ts';
import { allocateLargestRemainder, planShareOut, type ShareOutMember } from './share-out.ts';

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

function member(personId: string, shares: number, savings: number, loanOutstanding = 0): ShareOutMember {
  return { personId, shares, savings, loanOutstanding };
}

describe('allocateLargestRemainder', () => {
  it('gives the leftover units to the largest remainders, the lower index on a tie', () => {
    expect(allocateLargestRemainder(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(allocateLargestRemainder(100, [1, 2, 3])).toEqual([17, 33, 50]);
    expect(allocateLargestRemainder(7, [5, 3, 2])).toEqual([4, 2, 1]);
    expect(allocateLargestRemainder(0, [3, 4])).toEqual([0, 0]);
  });

  it('splits equally when every weight is 0', () => {
    expect(allocateLargestRemainder(11, [0, 0, 0])).toEqual([4, 4, 3]);
  });

  it('is exact for totals and weights of 10^12', () => {
    const parts = allocateLargestRemainder(1e12, [1e12, 1e12 - 1, 1]);
    expect(sum(parts)).toBe(1e12);
    // quotas 500000000000, 499999999999.5 and 0.5: the tied remainders give the unit to the lower index
    expect(parts).toEqual([500_000_000_000, 500_000_000_000, 0]);
  });

  it('refuses a negative or fractional total, a bad weight, or no one to give a positive total to', () => {
    expect(() => allocateLargestRemainder(-1, [1])).toThrow(DomainError);
    expect(() => allocateLargestRemainder(1.5, [1])).toThrow(DomainError);
    expect(() => allocateLargestRemainder(1, [-1, 2])).toThrow(DomainError);
    expect(() => allocateLargestRemainder(1, [])).toThrow(DomainError);
    expect(allocateLargestRemainder(0, [])).toEqual([]);
  });

  it('sums to the total, each part within one unit of its exact quota', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }),
        fc.array(fc.integer({ min: 0, max: 1e12 }), { minLength: 1, maxLength: 30 }),
        (total, weights) => {
          const parts = allocateLargestRemainder(total, weights);
          expect(sum(parts)).toBe(total);
          const used = weights.every((w) => w === 0) ? weights.map(() => 1) : weights;
          const weightSum = BigInt(sum(used));
          used.forEach((weight, index) => {
            // |part − total·w/W| < 1, compared as |part·W − total·w| < W
            const gap = BigInt(parts[index]!) * weightSum - BigInt(total) * BigInt(weight);
            expect(gap < weightSum && -gap < weightSum).toBe(true);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('planShareOut', () => {
  it('shares the fund and the loans coming back in proportion to shares', () => {
    const plan = planShareOut({
      fund: 80_000,
      rule: 'proportional',
      members: [member('awa', 10, 50_000, 20_000), member('mariam', 5, 25_000), member('fanta', 5, 25_000)],
    });
    expect(plan.value).toBe(100_000);
    expect(plan.lines).toEqual([
      {
        personId: 'awa',
        shares: 10,
        savings: 50_000,
        gross: 50_000,
        loanDeduction: 20_000,
        payout: 30_000,
        surplus: 0,
      },
      {
        personId: 'mariam',
        shares: 5,
        savings: 25_000,
        gross: 25_000,
        loanDeduction: 0,
        payout: 25_000,
        surplus: 0,
      },
      {
        personId: 'fanta',
        shares: 5,
        savings: 25_000,
        gross: 25_000,
        loanDeduction: 0,
        payout: 25_000,
        surplus: 0,
      },
    ]);
  });

  it('shows the profit and the loss of each member as surplus', () => {
    const profit = planShareOut({
      fund: 1_000,
      rule: 'proportional',
      members: [member('a', 1, 300), member('b', 2, 600)],
    });
    expect(profit.lines.map((line) => [line.gross, line.surplus])).toEqual([
      [333, 33],
      [667, 67],
    ]);
    const loss = planShareOut({
      fund: 800,
      rule: 'proportional',
      members: [member('a', 1, 450), member('b', 1, 450)],
    });
    expect(loss.lines.map((line) => line.surplus)).toEqual([-50, -50]);
  });

  it('splits equally under the equal rule whatever the shares', () => {
    const plan = planShareOut({
      fund: 1_001,
      rule: 'equal',
      members: [member('a', 10, 0), member('b', 1, 0)],
    });
    expect(plan.lines.map((line) => line.gross)).toEqual([501, 500]);
  });

  it('refuses a loan larger than the member’s share', () => {
    const run = () =>
      planShareOut({
        fund: 1_000,
        rule: 'proportional',
        members: [member('a', 1, 500), member('b', 1, 500, 2_000)],
      });
    expect(run).toThrow(DomainError);
    try {
      run();
    } catch (error) {
      expect(error).toMatchObject({
        code: 'shareout.loan_exceeds_share',
        field: 'members',
        params: { outstanding: 2_000, share: 1_500 },
        details: { personId: 'b' },
      });
    }
  });

  it('refuses a negative fund', () => {
    expect(() => planShareOut({ fund: -1, rule: 'equal', members: [member('a', 1, 0)] })).toThrow(
      'shareout.negative_fund',
    );
  });

  /** Shares, and for each member a loan no larger than floor(fund·w/W), so her gross always covers it. */
  const coveredPlan = (rule: 'proportional' | 'equal') =>
    fc
      .record({
        fund: fc.integer({ min: 0, max: 1e9 }),
        people: fc.array(
          fc.record({
            shares: fc.integer({ min: 0, max: 1000 }),
            savings: fc.integer({ min: 0, max: 1e9 }),
            loanPerMille: fc.integer({ min: 0, max: 1000 }),
          }),
          { minLength: 1, maxLength: 25 },
        ),
      })
      .map(({ fund, people }) => {
        const weights = people.map((person) => (rule === 'proportional' ? person.shares : 1));
        const floors = allocateLargestRemainder(fund, weights).map((part) => Math.max(part - 1, 0));
        return {
          fund,
          rule,
          members: people.map((person, index) =>
            member(
              `p${index}`,
              person.shares,
              person.savings,
              Math.floor((floors[index]! * person.loanPerMille) / 1000),
            ),
          ),
        };
      });

  it('pays out exactly the fund, shares out exactly the value, never a negative payout', () => {
    fc.assert(
      fc.property(fc.oneof(coveredPlan('proportional'), coveredPlan('equal')), (input) => {
        const plan = planShareOut(input);
        expect(sum(plan.lines.map((line) => line.payout))).toBe(input.fund);
        expect(sum(plan.lines.map((line) => line.gross))).toBe(plan.value);
        expect(plan.value).toBe(input.fund + sum(input.members.map((m) => m.loanOutstanding)));
        for (const line of plan.lines) {
          expect(line.payout).toBeGreaterThanOrEqual(0);
          expect(line.payout).toBe(line.gross - line.loanDeduction);
          expect(line.surplus).toBe(line.gross - line.savings);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('never gives a member with more shares less than one with fewer', () => {
    fc.assert(
      fc.property(coveredPlan('proportional'), (input) => {
        const plan = planShareOut(input);
        for (const a of plan.lines) {
          for (const b of plan.lines) {
            if (a.shares > b.shares) expect(a.gross).toBeGreaterThanOrEqual(b.gross);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('either refuses because some loan exceeds its share, or pays out exactly the fund', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e6 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 1e6 })), {
          minLength: 1,
          maxLength: 10,
        }),
        (fund, people) => {
          const members = people.map(([shares, loan], index) => member(`p${index}`, shares, 0, loan));
          const value = fund + sum(members.map((m) => m.loanOutstanding));
          const grosses = allocateLargestRemainder(
            value,
            members.map((m) => m.shares),
          );
          const exceeds = members.some((m, index) => m.loanOutstanding > grosses[index]!);
          const run = () => planShareOut({ fund, rule: 'proportional', members });
          if (exceeds) {
            expect(run).toThrow('shareout.loan_exceeds_share');
          } else {
            expect(sum(run().lines.map((line) => line.payout))).toBe(fund);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
