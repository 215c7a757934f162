import { DomainError } from '../../errors/domain-error.ts';
import type { VoucherStatus, VoucherView } from './schemas.ts';

/** A voucher's state on a day: used or cancelled for good, otherwise open until its expiry date has passed. */
export function voucherStatus(v: Pick<VoucherView, 'use' | 'cancellation' | 'expiresOn'>, today: string) {
  const status: VoucherStatus = v.cancellation
    ? 'cancelled'
    : v.use
      ? 'used'
      : v.expiresOn < today
        ? 'expired'
        : 'open';
  return status;
}

/**
 * Refuses a use the voucher cannot pay for: one already used or cancelled, a day outside its validity,
 * or more than it is worth. Amounts are minor units of the voucher's currency.
 */
export function checkVoucherUse(
  v: Pick<VoucherView, 'use' | 'cancellation' | 'issuedOn' | 'expiresOn' | 'valueMinor'>,
  use: { usedOn: string; amountMinor: number },
): void {
  if (v.use)
    throw new DomainError('voucher.already_used', { field: 'voucherId', params: { usedOn: v.use.usedOn } });
  if (v.cancellation) throw new DomainError('voucher.cancelled', { field: 'voucherId' });
  if (use.usedOn < v.issuedOn) {
    throw new DomainError('voucher.used_before_issue', { field: 'usedOn', params: { issuedOn: v.issuedOn } });
  }
  if (use.usedOn > v.expiresOn) {
    throw new DomainError('voucher.expired', { field: 'usedOn', params: { expiresOn: v.expiresOn } });
  }
  if (use.amountMinor > v.valueMinor) {
    throw new DomainError('voucher.amount_exceeds_value', {
      field: 'amountMinor',
      params: { amount: use.amountMinor, available: v.valueMinor },
    });
  }
}
