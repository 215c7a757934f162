/** Messages of subsidised-care vouchers. */
export const vouchersEn = {
  'error.voucher.id_taken': 'This id is already used by another voucher; send a new one.',
  'error.voucher.expiry_order': 'A voucher must expire after the day it is issued ({issuedOn}).',
  'error.voucher.issued_in_future': 'A voucher cannot be issued on a day still to come.',
  'error.voucher.currency_mismatch':
    'The organisation keeps its money in {orgCurrency}; a voucher in {currency} cannot be issued.',
  'error.voucher.reason_required':
    'A least-access voucher needs the reason she has the least access to care.',
  'error.voucher.birth_unknown':
    'Her birth date or birth year is not recorded, so she cannot be found under five. Record it first.',
  'error.voucher.not_under_five':
    'This child is not under five on {issuedOn}, so the voucher cannot be issued.',
  'error.voucher.not_pregnant':
    'No current pregnancy is recorded for this woman. Register the pregnancy before issuing the voucher.',
  'error.voucher.already_used': 'This voucher was already used on {usedOn}; it can be used once only.',
  'error.voucher.cancelled': 'This voucher was cancelled; it can no longer be used or cancelled.',
  'error.voucher.used_before_issue': 'A voucher cannot be used before the day it was issued ({issuedOn}).',
  'error.voucher.used_in_future': 'A voucher cannot be recorded as used on a day still to come.',
  'error.voucher.expired': 'This voucher expired on {expiresOn}; it can no longer be used.',
  'error.voucher.amount_exceeds_value': 'This voucher is worth {available}; {amount} is more than that.',
  'vouchers.report.title': 'Subsidised-care vouchers',
  'vouchers.column.month': 'Month issued',
  'vouchers.column.category': 'Category',
  'vouchers.column.issued': 'Issued',
  'vouchers.column.used': 'Used',
  'vouchers.column.expired': 'Expired unused',
  'vouchers.column.cancelled': 'Cancelled',
  'vouchers.column.value_issued': 'Value issued (not cancelled)',
  'vouchers.column.value_used': 'Value used',
  'vouchers.category.child_under_five': 'Child under five',
  'vouchers.category.pregnant_woman': 'Pregnant woman',
  'vouchers.category.least_access': 'Least access',
  'vouchers.total': 'Total',
  'vouchers.all_categories': 'All categories',
  'vouchers.note.cohort':
    'Vouchers are counted in the month they were issued. Expired means not used and past its expiry date on {date}.',
  'vouchers.empty': 'No voucher was issued in this period.',
} as const;
