/**
 * Messages of the health pages: the five Panchasutra habits of a self-help group, the reason given for
 * each month's verdict, and the names and definitions of the savings-group ratios.
 */
export const healthEn = {
  'health.sutra.regular_meetings': 'Regular meetings',
  'health.sutra.regular_savings': 'Regular savings',
  'health.sutra.regular_lending': 'Regular lending among members',
  'health.sutra.timely_repayment': 'Timely repayment',
  'health.sutra.books_up_to_date': 'Books up to date',
  'health.reason.meetings_held':
    '{due, plural, =0 {No meeting was due in the month.} one {{held, number} of the # meeting due was held.} other {{held, number} of the # meetings due were held.}}',
  'health.reason.no_meetings_held': 'No meeting was held in the month.',
  'health.reason.savings_made':
    'Savings made at the meetings held: {saved} of {expected} (one per member per meeting), {percent}%; at least {threshold}% is needed.',
  'health.reason.loans_active':
    'Loans outstanding at month end: {outstanding}; loans given in the month: {disbursed}.',
  'health.reason.loans_overdue':
    '{overdue, plural, one {# loan was} other {# loans were}} more than 30 days overdue at month end.',
  'health.reason.instalments_on_time':
    '{due, plural, =0 {No loan instalment fell due in the month.} one {{paid, number} of the # instalment due was paid on time ({percent, number}%); at least {threshold, number}% is needed.} other {{paid, number} of the # instalments due were paid on time ({percent, number}%); at least {threshold, number}% is needed.}}',
  'health.reason.books_closed':
    '{held, plural, one {Books closed at {closed, number} of the # meeting held} other {Books closed at {closed, number} of the # meetings held}}; {late, plural, =0 {none was} one {# was} other {# were}} recorded more than {days} days after the meeting.',
  'health.ratio.attendance_rate': 'Attendance rate',
  'health.ratio.savings_per_member': 'Savings per member',
  'health.ratio.loan_fund_utilisation': 'Loan fund utilisation',
  'health.ratio.portfolio_at_risk_30': 'Portfolio at risk (over 30 days)',
  'health.ratio.return_on_savings': 'Return on savings',
  'health.ratio.drop_out_rate': 'Drop-out rate',
  'health.ratio_definition.attendance_rate':
    'Members present divided by members on the roll, summed over the period’s meetings.',
  'health.ratio_definition.savings_per_member':
    'The savings balance divided by the number of members, both at the end of the period.',
  'health.ratio_definition.loan_fund_utilisation':
    'Loan principal outstanding divided by the loan fund (cash + bank + loans outstanding), at the end of the period.',
  'health.ratio_definition.portfolio_at_risk_30':
    'Outstanding principal of the loans more than 30 days past due divided by all loan principal outstanding.',
  'health.ratio_definition.return_on_savings':
    'The period’s net surplus (income minus expenses) divided by its average savings balance.',
  'health.ratio_definition.drop_out_rate':
    'Members who left during the period divided by the members at its start.',
} as const;
