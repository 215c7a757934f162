import { z } from 'zod';
import { DomainError } from '../../errors/domain-error.ts';
import { dateSchema } from '../../shared/dates.ts';

/**
 * How the interest of a loan is worked out.
 * - `flat`: interest on the whole principal for every period, whatever has been repaid.
 * - `declining_equal_instalment`: interest on the balance still owed; every instalment is the same
 *   amount (an annuity), so the principal part grows as the interest part shrinks.
 * - `declining_equal_principal`: interest on the balance still owed; the same principal every time,
 *   so the instalments shrink.
 */
export const loanMethods = ['flat', 'declining_equal_instalment', 'declining_equal_principal'] as const;
export type LoanMethod = (typeof loanMethods)[number];
export const loanFrequencies = ['weekly', 'fortnightly', 'monthly'] as const;
export type LoanFrequency = (typeof loanFrequencies)[number];

/**
 * What was agreed when the loan was given. The rate is per period (one period is one step of
 * `frequency`), in basis points: 200 is 2% a period. Grace periods only delay the first due date:
 * no interest is charged for them.
 */
export interface LoanTerms {
  /** Minor units (paise, francs), at least 1. */
  principal: number;
  /** Interest per period in basis points, 0..10000. */
  rateBps: number;
  method: LoanMethod;
  /** Number of instalments, 1..260. */
  instalments: number;
  frequency: LoanFrequency;
  /** Periods after disbursement before the first instalment is due, 0..52. */
  gracePeriods: number;
  disbursedOn: string;
}

/** The terms as a schema, without the disbursement date, for commands and forms to embed. */
export const loanTermsSchema = z.strictObject({
  principal: z.number().int().min(1).max(1_000_000_000_000),
  rateBps: z.number().int().min(0).max(10_000),
  method: z.enum(loanMethods),
  instalments: z.number().int().min(1).max(260),
  frequency: z.enum(loanFrequencies),
  gracePeriods: z.number().int().min(0).max(52),
});

/** One line of the repayment schedule, in minor units. */
export interface Instalment {
  number: number;
  dueOn: string;
  principal: number;
  interest: number;
}

const dayMs = 86_400_000;
const daysPerPeriod = { weekly: 7, fortnightly: 14 } as const;

function parseDate(date: string): { year: number; month: number; day: number } {
  const parsed = dateSchema.safeParse(date);
  if (!parsed.success) throw new DomainError('request.invalid', { field: 'date' });
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

/**
 * The date `periods` periods after `date`. A week is 7 days and a fortnight 14. A month is the same
 * day of the month, counted from `date` itself and clamped to the last day of a shorter month:
 * 31 January + 1 month is 28 (or 29) February, + 2 months is 31 March.
 */
export function addPeriods(date: string, frequency: LoanFrequency, periods: number): string {
  const { year, month, day } = parseDate(date);
  if (!Number.isInteger(periods)) throw new DomainError('request.invalid', { field: 'periods' });
  if (frequency !== 'monthly') {
    return new Date(Date.UTC(year, month - 1, day) + periods * daysPerPeriod[frequency] * dayMs)
      .toISOString()
      .slice(0, 10);
  }
  const lastDay = new Date(Date.UTC(year, month - 1 + periods + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month - 1 + periods, Math.min(day, lastDay))).toISOString().slice(0, 10);
}

/** a / b rounded to the nearest integer, halves up, for non-negative integers. Exact at any size. */
export function roundDiv(a: bigint, b: bigint): bigint {
  const quotient = a / b;
  return (a - quotient * b) * 2n >= b ? quotient + 1n : quotient;
}

/** One period's interest on a balance: balance × rate / 10000, rounded half up to the minor unit. */
function interestOn(balance: number, rateBps: number): number {
  return Number(roundDiv(BigInt(balance) * BigInt(rateBps), 10_000n));
}

/**
 * Flat: the interest of every period is charged on the whole principal, so the total interest is
 * principal × rate × instalments / 10000 (rounded half up). Each instalment carries an equal share of
 * principal and of interest, rounded down; what the rounding leaves goes on the last instalment.
 */
function flatParts(terms: LoanTerms): { principal: number; interest: number }[] {
  const n = terms.instalments;
  const totalInterest = Number(
    roundDiv(BigInt(terms.principal) * BigInt(terms.rateBps) * BigInt(n), 10_000n),
  );
  const principal = Math.floor(terms.principal / n);
  const interest = Math.floor(totalInterest / n);
  return Array.from({ length: n }, (_, i) =>
    i < n - 1
      ? { principal, interest }
      : { principal: terms.principal - principal * (n - 1), interest: totalInterest - interest * (n - 1) },
  );
}

/**
 * Declining balance, equal principal: every instalment repays principal / n (rounded down, the
 * remainder on the last) and the interest of the balance owed before it.
 */
function equalPrincipalParts(terms: LoanTerms): { principal: number; interest: number }[] {
  const n = terms.instalments;
  const share = Math.floor(terms.principal / n);
  let balance = terms.principal;
  return Array.from({ length: n }, (_, i) => {
    const principal = i < n - 1 ? share : balance;
    const interest = interestOn(balance, terms.rateBps);
    balance -= principal;
    return { principal, interest };
  });
}

/**
 * Declining balance, equal instalments (an annuity): every instalment is the same amount
 * A = P·r / (1 − (1 + r)^−n), rounded to the minor unit. Of each, the interest is that of the balance
 * owed before it and the rest repays principal (never less than nothing, never more than the
 * balance). The last instalment repays whatever balance is left, so the principal is repaid exactly.
 * At a zero rate this is the same as equal principal.
 */
function equalInstalmentParts(terms: LoanTerms): { principal: number; interest: number }[] {
  if (terms.rateBps === 0) return equalPrincipalParts(terms);
  const n = terms.instalments;
  const r = terms.rateBps / 10_000;
  const amount = Math.round((terms.principal * r) / -Math.expm1(-n * Math.log1p(r)));
  let balance = terms.principal;
  return Array.from({ length: n }, (_, i) => {
    const interest = interestOn(balance, terms.rateBps);
    const principal = i < n - 1 ? Math.min(balance, Math.max(0, amount - interest)) : balance;
    balance -= principal;
    return { principal, interest };
  });
}

const partsByMethod = {
  flat: flatParts,
  declining_equal_instalment: equalInstalmentParts,
  declining_equal_principal: equalPrincipalParts,
} as const;

/**
 * The repayment schedule of a loan. Instalment k (from 1) is due `gracePeriods + k` periods after
 * disbursement; the grace periods carry no interest. Amounts are whole minor units and the
 * principals add up exactly to the principal lent.
 */
export function loanSchedule(terms: LoanTerms): Instalment[] {
  const { disbursedOn, ...rest } = terms;
  const parsed = loanTermsSchema.safeParse(rest);
  if (!parsed.success) {
    throw new DomainError('request.invalid', { field: parsed.error.issues[0]?.path.join('.') ?? 'terms' });
  }
  return partsByMethod[terms.method](terms).map((parts, i) => ({
    number: i + 1,
    dueOn: addPeriods(disbursedOn, terms.frequency, terms.gracePeriods + i + 1),
    ...parts,
  }));
}

/** What the schedule asks for in all: principal, interest and the two together. */
export function scheduleTotals(schedule: Instalment[]): {
  principal: number;
  interest: number;
  total: number;
} {
  let principal = 0;
  let interest = 0;
  for (const instalment of schedule) {
    principal += instalment.principal;
    interest += instalment.interest;
  }
  return { principal, interest, total: principal + interest };
}
