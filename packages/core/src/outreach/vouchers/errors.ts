import type { ErrorKind } from '../../errors/domain-error.ts';

/** Why a voucher is not issued, used or cancelled. Eligibility and bad figures are invalid; state is a conflict. */
export const vouchersErrorCodes = {
  'voucher.id_taken': 'conflict',
  'voucher.expiry_order': 'invalid',
  'voucher.issued_in_future': 'invalid',
  'voucher.currency_mismatch': 'invalid',
  'voucher.reason_required': 'invalid',
  'voucher.birth_unknown': 'invalid',
  'voucher.not_under_five': 'invalid',
  'voucher.not_pregnant': 'invalid',
  'voucher.already_used': 'conflict',
  'voucher.cancelled': 'conflict',
  'voucher.used_before_issue': 'invalid',
  'voucher.used_in_future': 'invalid',
  'voucher.expired': 'conflict',
  'voucher.amount_exceeds_value': 'invalid',
} as const satisfies Record<string, ErrorKind>;
