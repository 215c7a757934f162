import type { ErrorKind } from '../errors/domain-error.ts';

/** Why the books refuse a movement of money. State-dependent refusals are conflicts; bad figures are invalid. */
export const financeErrorCodes = {
  'finance.not_member': 'invalid',
  'finance.no_books': 'invalid',
  'finance.currency_digits': 'invalid',
  'ledger.unbalanced': 'invalid',
  'ledger.account_not_in_chart': 'invalid',
  'bank.account_not_in_group': 'invalid',
  'cash.insufficient': 'conflict',
  'saving.exceeds_balance': 'conflict',
  'saving.not_whole_shares': 'invalid',
  'loan.not_active': 'conflict',
  'loan.overpayment': 'conflict',
  'loan.over_cap': 'conflict',
  'loan.over_funds': 'conflict',
  'loan.not_in_group': 'invalid',
  'fine.exceeds_due': 'conflict',
  'external_loan.overpayment': 'conflict',
  'meeting.before_formed': 'invalid',
  'meeting.in_future': 'invalid',
  'meeting.closed': 'conflict',
  'meeting.already_held': 'conflict',
  'meeting.attendance_incomplete': 'invalid',
  'meeting.duplicate_person': 'invalid',
  'entry.already_reversed': 'conflict',
  'entry.not_reversible': 'conflict',
  'cycle.already_open': 'conflict',
  'cycle.none_open': 'conflict',
  'cycle.dates_order': 'invalid',
  'shareout.loan_exceeds_share': 'conflict',
  'shareout.negative_fund': 'conflict',
  'report.date_range': 'invalid',
} as const satisfies Record<string, ErrorKind>;

/** Params of the finance messages that are money in minor units, shown formatted in the reader's language. */
export const moneyParams: ReadonlySet<string> = new Set([
  'amount',
  'available',
  'balance',
  'cap',
  'difference',
  'due',
  'outstanding',
  'payoff',
  'share',
  'sharePrice',
]);
