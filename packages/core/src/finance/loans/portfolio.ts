import type { LoanPosition } from './position.ts';

/**
 * Portfolio at risk over `days` (PAR30 by default): the principal still outstanding on loans with an
 * instalment more than `days` days past due, as a share of the principal outstanding on all loans.
 * Written-off loans are left out of both. The whole outstanding principal of a late loan counts as at
 * risk, not only its late instalments. The ratio is 0 when nothing is outstanding.
 */
export function portfolioAtRisk(
  positions: LoanPosition[],
  days = 30,
): { atRisk: number; outstanding: number; ratio: number } {
  let atRisk = 0;
  let outstanding = 0;
  for (const position of positions) {
    if (position.status === 'written_off') continue;
    outstanding += position.principalOutstanding;
    if (position.daysPastDue > days) atRisk += position.principalOutstanding;
  }
  return { atRisk, outstanding, ratio: outstanding === 0 ? 0 : atRisk / outstanding };
}
