import { currencyDigits, isDomainError, toMinorUnits } from '@groundwork/core';

export type AmountProblem = 'amount_invalid' | 'amount_too_fine';
export type Parsed<T, P extends string> = { ok: true; value: T } | { ok: false; problem: P };

/** The largest amount a command takes, in minor units. */
const largestAmount = 1_000_000_000_000;
const devanagariDigits = /[०-९]/g;

/** The decimal and grouping marks of a number locale: '.' and ',' in India, ',' and a thin space in French. */
function separators(numberLocale: string): { decimal: string; group: string } {
  const parts = new Intl.NumberFormat(numberLocale).formatToParts(12345.6);
  return {
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    group: parts.find((p) => p.type === 'group')?.value ?? ',',
  };
}

/**
 * A figure as people type it, in plain decimal text: Devanagari digits become Latin ones, spaces and the
 * locale's grouping marks go, and the locale's decimal mark becomes '.' ('1,00,000.50', '12,5' in French).
 */
export function normaliseFigure(text: string, numberLocale: string): string {
  const { decimal, group } = separators(numberLocale);
  let plain = text
    .trim()
    .replace(devanagariDigits, (d) => String(d.charCodeAt(0) - 0x0966))
    .replace(/[\s\u00a0\u202f]/g, '');
  if (group !== decimal) plain = plain.split(group).join('');
  if (decimal !== '.') plain = plain.replace(decimal, '.');
  return plain;
}

/** What someone typed as an amount in minor units; an empty box is 0, nothing to record. */
export function parseAmount(
  text: string,
  currency: string,
  numberLocale: string,
): Parsed<number, AmountProblem> {
  const plain = normaliseFigure(text, numberLocale);
  if (plain === '') return { ok: true, value: 0 };
  if (!/^\d*(\.\d*)?$/.test(plain)) return { ok: false, problem: 'amount_invalid' };
  try {
    const value = toMinorUnits(plain, currency);
    return value <= largestAmount ? { ok: true, value } : { ok: false, problem: 'amount_invalid' };
  } catch (error) {
    if (isDomainError(error) && error.code === 'finance.currency_digits') {
      return { ok: false, problem: 'amount_too_fine' };
    }
    return { ok: false, problem: 'amount_invalid' };
  }
}

/** Minor units as text to put in an input box: no grouping, decimals only when there are some ('100', '12.50'). */
export function amountText(minor: number, currency: string, numberLocale: string): string {
  const digits = currencyDigits(currency);
  const whole = minor % 10 ** digits === 0;
  return new Intl.NumberFormat(numberLocale, {
    useGrouping: false,
    minimumFractionDigits: whole ? 0 : digits,
    maximumFractionDigits: digits,
  }).format(minor / 10 ** digits);
}
