export { portfolioAtRisk } from './portfolio.ts';
export type {
  InstalmentPosition,
  LoanHistory,
  LoanPosition,
  LoanStatus,
  RepaymentSplit,
} from './position.ts';
export { allocateRepayment, loanPosition } from './position.ts';
export type { Instalment, LoanFrequency, LoanMethod, LoanTerms } from './schedule.ts';
export {
  addPeriods,
  loanFrequencies,
  loanMethods,
  loanSchedule,
  loanTermsSchema,
  roundDiv,
  scheduleTotals,
} from './schedule.ts';
