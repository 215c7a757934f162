import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDomainError } from '../../errors/domain-error.ts';
import { isUnderFiveOn } from '../home-visits/age.ts';
import { checkVoucherUse, voucherStatus } from './eligibility.ts';

const noBirth = { birthDate: null, birthYear: null };

function refusal(run: () => void): string | undefined {
  try {
    run();
  } catch (error) {
    if (isDomainError(error)) return error.code;
    throw error;
  }
  return undefined;
}

describe('voucher eligibility', () => {
  it('counts a child as under five up to the day before her fifth birthday', () => {
    const birth = { birthDate: '2021-12-02', birthYear: 2021 };
    expect(isUnderFiveOn('2026-12-01', birth)).toBe(true);
    expect(isUnderFiveOn('2026-12-02', birth)).toBe(false);
    expect(isUnderFiveOn('2021-12-01', birth)).toBe(false);
    expect(isUnderFiveOn('2026-02-28', { birthDate: '2024-02-29', birthYear: 2024 })).toBe(true);
  });

  // A voucher once gave a child known only by her birth year the benefit of the doubt to the end of the
  // year she turned five, while her follow-up plan took her as born on 1 July. They now share one rule,
  // the standard mid-year estimate, so a child is not under five for one and five for the other.
  it('takes a child known only by her birth year as born on 1 July, as her follow-up plan does', () => {
    expect(isUnderFiveOn('2026-06-30', { birthDate: null, birthYear: 2021 })).toBe(true);
    expect(isUnderFiveOn('2026-07-01', { birthDate: null, birthYear: 2021 })).toBe(false);
    expect(isUnderFiveOn('2026-12-31', { birthDate: null, birthYear: 2021 })).toBe(false);
    expect(isUnderFiveOn('2026-03-01', { birthDate: null, birthYear: 2026 })).toBe(true);
    expect(isUnderFiveOn('2026-12-31', { birthDate: null, birthYear: 2027 })).toBe(false);
    expect(isUnderFiveOn('2026-06-01', { birthDate: null, birthYear: 2020 })).toBe(false);
    expect(isUnderFiveOn('2026-06-01', noBirth)).toBeNull();
  });

  it('never counts a six-year-old, however the birth is recorded', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }),
        (date) => {
          const on = date.toISOString().slice(0, 10);
          fc.pre(!on.endsWith('-02-29'));
          const year = Number(on.slice(0, 4));
          expect(isUnderFiveOn(on, { birthDate: `${year - 6}${on.slice(4)}`, birthYear: null })).toBe(false);
          expect(isUnderFiveOn(on, { birthDate: null, birthYear: year - 6 })).toBe(false);
        },
      ),
    );
  });
});

describe('voucher use and status', () => {
  const voucher = {
    use: null,
    cancellation: null,
    issuedOn: '2026-10-01',
    expiresOn: '2026-10-31',
    valueMinor: 50_000,
  };

  it('pays once, within its dates, up to its value', () => {
    expect(
      refusal(() => checkVoucherUse(voucher, { usedOn: '2026-10-31', amountMinor: 50_000 })),
    ).toBeUndefined();
    expect(refusal(() => checkVoucherUse(voucher, { usedOn: '2026-11-01', amountMinor: 100 }))).toBe(
      'voucher.expired',
    );
    expect(refusal(() => checkVoucherUse(voucher, { usedOn: '2026-09-30', amountMinor: 100 }))).toBe(
      'voucher.used_before_issue',
    );
    expect(refusal(() => checkVoucherUse(voucher, { usedOn: '2026-10-10', amountMinor: 50_001 }))).toBe(
      'voucher.amount_exceeds_value',
    );
    const used = {
      ...voucher,
      use: { usedOn: '2026-10-05', facility: 'PHC', amountMinor: 100, usedBy: 'u' },
    };
    expect(refusal(() => checkVoucherUse(used, { usedOn: '2026-10-10', amountMinor: 100 }))).toBe(
      'voucher.already_used',
    );
  });

  it('is open until its expiry date has passed, unless used or cancelled', () => {
    expect(voucherStatus(voucher, '2026-10-31')).toBe('open');
    expect(voucherStatus(voucher, '2026-11-01')).toBe('expired');
    const cancellation = { reason: 'duplicate', cancelledBy: 'u', cancelledAt: '2026-10-02T00:00:00Z' };
    expect(voucherStatus({ ...voucher, cancellation }, '2026-10-05')).toBe('cancelled');
  });
});
