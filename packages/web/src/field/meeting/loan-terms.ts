import { type Instalment, type LoanFrequency, loanSchedule } from '@groundwork/core';
import type { MeetingRules } from './group-data.ts';

const periodsPerMonth: Record<LoanFrequency, number> = { monthly: 1, fortnightly: 26 / 12, weekly: 52 / 12 };

/** The constitution's monthly rate per period of the loan, as the server works it out: 2% a month is 0.46% a week. */
export const defaultRateBps = (monthlyBps: number, frequency: LoanFrequency): number =>
  Math.round(monthlyBps / periodsPerMonth[frequency]);

/** Basis points as the percent people type and read: 46 is '0.46'. */
export const percentText = (bps: number): string => (bps / 100).toFixed(2).replace(/\.?0+$/, '');

/** A percent typed in plain decimal text ('2', '0.46') as basis points, at most 100% and two decimals. */
export function parsePercent(plain: string): number | undefined {
  const match = /^(\d{1,3})(?:\.(\d{0,2}))?$/.exec(plain);
  if (!match) return undefined;
  const bps = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return bps <= 10_000 ? bps : undefined;
}

/** A count of instalments typed, 1 to 260. */
export function parseInstalments(plain: string): number | undefined {
  if (!/^\d{1,3}$/.test(plain)) return undefined;
  const n = Number(plain);
  return n >= 1 && n <= 260 ? n : undefined;
}

/**
 * The largest loan the constitution allows her: a multiple of her savings (counting what she saves at this
 * meeting, which the server books before any loan) and a fixed amount, the smaller of the two.
 */
export function loanCap(rules: MeetingRules, savings: number): number | undefined {
  const caps: number[] = [];
  if (rules.loanCapMultipleOfSavings !== undefined)
    caps.push(Math.floor(savings * rules.loanCapMultipleOfSavings));
  if (rules.loanCapAmount !== undefined) caps.push(rules.loanCapAmount);
  return caps.length > 0 ? Math.min(...caps) : undefined;
}

export interface Preview {
  schedule: Instalment[];
  interest: number;
  total: number;
}

/** The repayment schedule the loan would have, disbursed at the meeting. */
export function previewSchedule(terms: {
  principal: number;
  rateBps: number;
  method: Parameters<typeof loanSchedule>[0]['method'];
  instalments: number;
  frequency: LoanFrequency;
  disbursedOn: string;
}): Preview {
  const schedule = loanSchedule({ ...terms, gracePeriods: 0 });
  const interest = schedule.reduce((sum, row) => sum + row.interest, 0);
  return { schedule, interest, total: terms.principal + interest };
}
