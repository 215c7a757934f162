import { DomainError } from '../../errors/domain-error.ts';
import type { VoucherStatus, VoucherView } from './schemas.ts';

/** The same day `years` later; 29 February becomes 1 March in a year without one. */
function yearsAfter(date: string, years: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.toISOString().slice(0, 10);
}

/**
 * Whether a child is under five on a date: before her fifth birthday, and born by then. With only
 * her birth year she gets the benefit of the doubt up to the end of the year she turns five; recording
 * her birth date makes it exact. Null when neither is known.
 */
export function isUnderFiveOn(
  on: string,
  birth: { birthDate: string | null; birthYear: number | null },
): boolean | null {
  if (birth.birthDate) return birth.birthDate <= on && on < yearsAfter(birth.birthDate, 5);
  if (birth.birthYear !== null) {
    const year = Number(on.slice(0, 4));
    return year >= birth.birthYear && year <= birth.birthYear + 5;
  }
  return null;
}

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
