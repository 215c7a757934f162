import { describe, expect, it } from 'vitest';
import { amountText, parseAmount } from './amounts.ts';

describe('parseAmount', () => {
  it('reads rupees in paise, with Indian grouping and Devanagari digits', () => {
    expect(parseAmount('1,00,000.50', 'INR', 'en-IN')).toEqual({ ok: true, value: 10_000_050 });
    expect(parseAmount('१००', 'INR', 'en-IN')).toEqual({ ok: true, value: 10_000 });
    expect(parseAmount(' 12.5 ', 'INR', 'hi-IN')).toEqual({ ok: true, value: 1250 });
  });

  it('reads francs CFA whole, with French spaces', () => {
    expect(parseAmount('1 500', 'XOF', 'fr')).toEqual({ ok: true, value: 1500 });
    expect(parseAmount('1\u202f500', 'XOF', 'fr')).toEqual({ ok: true, value: 1500 });
  });

  it('takes an empty box as nothing', () => {
    expect(parseAmount('', 'INR', 'en-IN')).toEqual({ ok: true, value: 0 });
  });

  it('refuses figures finer than the currency and text that is not a figure', () => {
    expect(parseAmount('12.505', 'INR', 'en-IN')).toEqual({ ok: false, problem: 'amount_too_fine' });
    expect(parseAmount('500,5', 'XOF', 'fr')).toEqual({ ok: false, problem: 'amount_too_fine' });
    expect(parseAmount('-5', 'INR', 'en-IN')).toEqual({ ok: false, problem: 'amount_invalid' });
    expect(parseAmount('12a', 'INR', 'en-IN')).toEqual({ ok: false, problem: 'amount_invalid' });
    expect(parseAmount('99999999999999', 'INR', 'en-IN')).toEqual({ ok: false, problem: 'amount_invalid' });
  });
});

describe('amountText', () => {
  it('writes minor units back as a plain figure to edit', () => {
    expect(amountText(10_000, 'INR', 'en-IN')).toBe('100');
    expect(amountText(10_050, 'INR', 'en-IN')).toBe('100.50');
    expect(amountText(1500, 'XOF', 'fr')).toBe('1500');
    expect(amountText(1250, 'EUR', 'fr')).toBe('12,50');
  });

  it('round-trips through parseAmount', () => {
    for (const minor of [1, 99, 10_050, 12_345_678]) {
      expect(parseAmount(amountText(minor, 'INR', 'en-IN'), 'INR', 'en-IN')).toEqual({
        ok: true,
        value: minor,
      });
      expect(parseAmount(amountText(minor, 'EUR', 'fr'), 'EUR', 'fr')).toEqual({ ok: true, value: minor });
    }
  });
});
