import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domain-error.ts';
import { numberLocaleOf } from '../i18n/locales.ts';
import { currencyDigits, formatAmount, formatMoney, toMinorUnits } from './money.ts';

describe('currencyDigits', () => {
  it('knows the minor unit of each currency', () => {
    expect(currencyDigits('INR')).toBe(2);
    expect(currencyDigits('EUR')).toBe(2);
    expect(currencyDigits('XOF')).toBe(0);
    expect(currencyDigits('JPY')).toBe(0);
  });
});

describe('toMinorUnits', () => {
  it('reads rupees as paise and francs as francs', () => {
    expect(toMinorUnits('12.50', 'INR')).toBe(1250);
    expect(toMinorUnits('12.5', 'INR')).toBe(1250);
    expect(toMinorUnits('0.05', 'INR')).toBe(5);
    expect(toMinorUnits('500', 'XOF')).toBe(500);
    expect(toMinorUnits(' 1000 ', 'INR')).toBe(100000);
    expect(toMinorUnits('-3.10', 'INR')).toBe(-310);
    expect(toMinorUnits('0', 'INR')).toBe(0);
  });

  it('reads numbers without floating-point error', () => {
    expect(toMinorUnits(0.29, 'INR')).toBe(29);
    expect(toMinorUnits(1.15, 'INR')).toBe(115);
    expect(toMinorUnits(19.99, 'INR')).toBe(1999);
    expect(toMinorUnits('1.25e3', 'INR')).toBe(125000);
  });

  it('accepts trailing zeros beyond the minor unit', () => {
    expect(toMinorUnits('12.500', 'INR')).toBe(1250);
    expect(toMinorUnits('500.0', 'XOF')).toBe(500);
  });

  it('refuses a figure finer than the minor unit', () => {
    const error = catchError(() => toMinorUnits('12.505', 'INR'));
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({
      code: 'finance.currency_digits',
      field: 'amount',
      params: { amount: '12.505', currency: 'INR' },
    });
    expect(() => toMinorUnits('500.5', 'XOF')).toThrow('finance.currency_digits');
    expect(() => toMinorUnits(0.001, 'INR')).toThrow('finance.currency_digits');
    expect(() => toMinorUnits(1e-7, 'INR')).toThrow('finance.currency_digits');
    expect(() => toMinorUnits(0.1 + 0.2, 'INR')).toThrow('finance.currency_digits');
  });

  it('refuses text that is not a number, and amounts beyond safe integers', () => {
    for (const bad of ['', '.', 'abc', '1,000', '12.5.0', '--1']) {
      expect(() => toMinorUnits(bad, 'INR')).toThrow('request.invalid');
    }
    expect(() => toMinorUnits(Number.NaN, 'INR')).toThrow('request.invalid');
    expect(() => toMinorUnits('100000000000000000', 'INR')).toThrow('request.invalid');
    expect(() => toMinorUnits(1e21, 'XOF')).toThrow('request.invalid');
  });

  it('reads back every amount it formats as plain decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), (paise) => {
        const sign = paise < 0 ? '-' : '';
        const abs = Math.abs(paise);
        const text = `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
        expect(toMinorUnits(text, 'INR')).toBe(paise);
      }),
      { numRuns: 200 },
    );
  });
});

describe('money in each language', () => {
  it('groups rupees in lakhs for English, Hindi and Marathi readers, with Latin digits', () => {
    for (const locale of ['en', 'hi', 'mr'] as const) {
      expect(formatMoney(11_237_000, 'INR', numberLocaleOf(locale)), locale).toBe('₹1,12,370.00');
    }
  });

  it('writes francs CFA without decimals for French readers', () => {
    expect(formatMoney(50_000, 'XOF', numberLocaleOf('fr'))).toMatch(/^50\s000\sF\u202fCFA$/);
  });
});

describe('formatMoney and formatAmount', () => {
  it('groups rupees in lakhs in en-IN and hi-IN', () => {
    expect(formatMoney(10_000_000, 'INR', 'en-IN')).toContain('1,00,000.00');
    expect(formatMoney(10_000_000, 'INR', 'en-IN')).toContain('₹');
    expect(formatMoney(1_234_567_850, 'INR', 'hi-IN')).toContain('1,23,45,678.50');
    expect(formatAmount(10_000_000, 'INR', 'en-IN')).toBe('1,00,000.00');
  });

  it('writes XOF without decimals in French', () => {
    const text = formatMoney(1_234_567, 'XOF', 'fr');
    expect(text).toContain('CFA');
    expect(text).not.toMatch(/[.,]\d/);
    expect(formatAmount(1_234_567, 'XOF', 'fr').replace(/\s/g, ' ')).toBe('1 234 567');
  });

  it('writes Marathi with Latin digits when asked, Devanagari digits otherwise', () => {
    const latin = formatMoney(12_345_650, 'INR', 'mr-IN-u-nu-latn');
    expect(latin).toMatch(/1.*2.*3.*4.*5.*6.*5.*0/);
    expect(latin).not.toMatch(/[०-९]/);
    expect(formatMoney(12_345_650, 'INR', 'mr-IN')).toMatch(/[०-९]/);
  });

  it('keeps the sign and drops only the symbol', () => {
    expect(formatMoney(-125_050, 'INR', 'en-IN')).toBe('-₹1,250.50');
    expect(formatAmount(-125_050, 'INR', 'en-IN')).toBe('-1,250.50');
    expect(formatAmount(-1250, 'EUR', 'fr').replace(/\s/g, ' ')).toBe('-12,50');
  });
});

function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}
