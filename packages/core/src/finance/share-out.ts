import { DomainError } from '../errors/domain-error.ts';

/**
 * Splits `total` whole units in proportion to `weights` by the largest-remainder (Hamilton) method: each
 * part first gets the whole units of its exact quota total·w/W, then the units left over go one each to
 * the parts with the largest fractional remainders, the lower index first on a tie. The parts sum exactly
 * to `total` and each is within one unit of its exact quota. When every weight is 0 the total is split
 * equally by the same method. Integer arithmetic throughout (BigInt), so totals and weights up to 10¹²
 * and beyond are exact.
 */
export function allocateLargestRemainder(total: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(total) || total < 0) {
    throw new DomainError('request.invalid', { field: 'total', params: { total } });
  }
  if (weights.some((weight) => !Number.isSafeInteger(weight) || weight < 0)) {
    throw new DomainError('request.invalid', { field: 'weights' });
  }
  if (weights.length === 0) {
    if (total === 0) return [];
    throw new DomainError('request.invalid', { field: 'weights' });
  }
  const big = weights.map(BigInt);
  const sum = big.reduce((a, b) => a + b, 0n);
  const shares = sum === 0n ? big.map(() => 1n) : big;
  const weightSum = sum === 0n ? BigInt(shares.length) : sum;
  const bigTotal = BigInt(total);
  const parts = shares.map((weight) => (bigTotal * weight) / weightSum);
  const remainders = shares.map((weight) => (bigTotal * weight) % weightSum);
  let leftover = Number(bigTotal - parts.reduce((a, b) => a + b, 0n));
  const byRemainder = remainders
    .map((remainder, index) => ({ remainder, index }))
    .sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  for (const { index } of byRemainder) {
    if (leftover === 0) break;
    parts[index] = parts[index]! + 1n;
    leftover -= 1;
  }
  return parts.map(Number);
}

export interface ShareOutMember {
  personId: string;
  /** Her savings in the cycle, minor units. */
  savings: number;
  shares: number;
  /** What she still owes on her loans, minor units. */
  loanOutstanding: number;
}

export interface ShareOutInput {
  /** What can be distributed, minor units: cash + bank − social fund. */
  fund: number;
  rule: 'proportional' | 'equal';
  members: ShareOutMember[];
}

export interface ShareOutLine {
  personId: string;
  shares: number;
  savings: number;
  /** Her part of the value shared, before her loan is deducted. */
  gross: number;
  loanDeduction: number;
  /** What she is handed: gross − loanDeduction. */
  payout: number;
  /** gross − savings: her share of the profit, negative on a loss. */
  surplus: number;
}

export interface ShareOutPlan {
  fund: number;
  /** The value shared: fund + Σ loanOutstanding. */
  value: number;
  lines: ShareOutLine[];
}

/**
 * The share-out at the end of a savings group's cycle.
 *
 * Money still out on loan belongs to the group, so the value shared is V = fund + Σ loanOutstanding: the
 * loans come back as deductions rather than as cash. V is divided into gross shares by
 * allocateLargestRemainder, in proportion to each member's shares ('proportional') or equally ('equal').
 * Each borrower's outstanding loan is then deducted from her gross share, and she is paid the rest:
 * payout = gross − loanOutstanding. The payouts add up exactly to the fund.
 *
 * Refused: a negative fund (`shareout.negative_fund`), and a member whose loan is larger than her gross
 * share (`shareout.loan_exceeds_share`): the group must collect or write off that loan first.
 */
export function planShareOut(input: ShareOutInput): ShareOutPlan {
  const { fund, rule, members } = input;
  if (fund < 0) {
    throw new DomainError('shareout.negative_fund', { field: 'fund', params: { fund } });
  }
  if (members.some((member) => !Number.isSafeInteger(member.loanOutstanding) || member.loanOutstanding < 0)) {
    throw new DomainError('request.invalid', { field: 'members' });
  }
  const value = members.reduce((sum, member) => sum + member.loanOutstanding, fund);
  const weights = members.map((member) => (rule === 'proportional' ? member.shares : 1));
  const grosses = allocateLargestRemainder(value, weights);
  const lines = members.map((member, index): ShareOutLine => {
    const gross = grosses[index]!;
    if (member.loanOutstanding > gross) {
      throw new DomainError('shareout.loan_exceeds_share', {
        field: 'members',
        params: { outstanding: member.loanOutstanding, share: gross },
        details: { personId: member.personId },
      });
    }
    return {
      personId: member.personId,
      shares: member.shares,
      savings: member.savings,
      gross,
      loanDeduction: member.loanOutstanding,
      payout: gross - member.loanOutstanding,
      surplus: gross - member.savings,
    };
  });
  return { fund, value, lines };
}
