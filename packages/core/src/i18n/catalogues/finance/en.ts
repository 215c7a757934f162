/** Messages of the group books: meetings, savings, loans, fines, share-out. */
export const financeEn = {
  'error.finance.not_member': 'This person is not a current member of the group.',
  'error.finance.no_books': 'A group of this kind keeps no savings or loan books.',
  'error.finance.currency_digits':
    'The amount {amount} has more decimals than {currency} allows; send it in whole minor units.',
  'error.ledger.unbalanced': 'The entry does not balance: its debits and credits differ by {difference}.',
  'error.ledger.account_not_in_chart': 'This group’s books have no {account} account.',
  'error.bank.account_not_in_group': 'This bank account does not belong to the group.',
  'error.cash.insufficient': 'The group holds only {available} in {account}; {amount} cannot be paid out.',
  'error.saving.exceeds_balance': 'She has saved only {balance}; {amount} cannot be withdrawn.',
  'error.saving.not_whole_shares': 'Savings must be a whole number of shares of {sharePrice}.',
  'error.loan.not_active': 'This loan is already {status}; nothing more can be paid on it.',
  'error.loan.overpayment': 'Only {payoff} is left to pay on this loan; {amount} is too much.',
  'error.loan.over_cap': 'The group’s rules allow her a loan of at most {cap}; {amount} is more.',
  'error.loan.over_funds': 'The group has only {available} to lend (cash and bank); {amount} is more.',
  'error.loan.not_in_group': 'This loan belongs to another group.',
  'error.fine.exceeds_due': 'She owes only {due} in fines; {amount} is more.',
  'error.external_loan.overpayment': 'Only {outstanding} is owed on this loan; {amount} is more.',
  'error.meeting.before_formed': 'The meeting is dated before the group was formed on {formedOn}.',
  'error.meeting.in_future': 'The meeting is dated in the future.',
  'error.meeting.closed': 'This meeting is closed. Record a correction instead.',
  'error.meeting.already_held': 'A meeting of this group is already recorded on {date}.',
  'error.meeting.attendance_incomplete':
    'Attendance is missing for {count, plural, one {# member} other {# members}}.',
  'error.meeting.duplicate_person': 'The same member appears twice in {field}.',
  'error.entry.already_reversed': 'This entry has already been reversed.',
  'error.entry.not_reversible': 'This entry cannot be reversed; record a new entry instead.',
  'error.entry.reversal_overdraws':
    'Reversing this entry would leave the cash box, a bank account, her savings or her fines below zero. Reverse the later entries that rest on it first.',
  'error.cycle.already_open': 'A savings cycle is already open; share out before starting another.',
  'error.cycle.none_open': 'No savings cycle is open.',
  'error.cycle.dates_order': 'The planned end must come after the start.',
  'error.shareout.loan_exceeds_share':
    'Her outstanding loan of {outstanding} is more than her share of {share}; collect or write it off first.',
  'error.shareout.negative_fund': 'Cash and bank are less than the social fund; there is nothing to share.',
  'error.report.date_range': 'The start date must not be after the end date.',
} as const;
