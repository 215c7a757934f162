import { DomainError } from '../errors/domain-error.ts';

/**
 * Money in the books is always an integer count of the currency's minor unit: paise for INR (2 digits),
 * francs for XOF (0 digits). This module turns typed amounts into minor units and minor units back into
 * text for people to read.
 */

const digitsCache = new Map<string, number>();

/** How many digits the currency's minor unit has, as Intl (ISO 4217) knows it: INR 2, EUR 2, XOF 0, JPY 0. */
export function currencyDigits(currency: string): number {
  let digits = digitsCache.get(currency);
  if (digits === undefined) {
    digits =
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      0;
    digitsCache.set(currency, digits);
  }
  return digits;
}

const decimalPattern = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/**
 * An amount in major units ('12.50' rupees, '500' francs) as integer minor units (1250 paise, 500 francs).
 * The decimal text is read digit by digit, so no floating-point rounding creeps in; a number is read from
 * its shortest decimal form. Trailing zeros are fine ('12.500' INR is 1250 paise), but a figure finer than
 * the minor unit ('12.505' INR, '500.5' XOF) is refused with `finance.currency_digits`.
 */
export function toMinorUnits(major: string | number, currency: string): number {
  const text = typeof major === 'number' ? String(major) : major.trim();
  const match = decimalPattern.exec(text);
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = match ?? [];
  if (!match || whole + fraction === '') {
    throw new DomainError('request.invalid', { field: 'amount', params: { amount: String(major) } });
  }
  const significant = (whole + fraction).replace(/^0+/, '');
  const leadingZeros = whole.length + fraction.length - significant.length;
  const pointAt = Math.max(whole.length - leadingZeros + Number(exponent) + currencyDigits(currency), 0);
  if (/[1-9]/.test(significant.slice(pointAt))) {
    throw new DomainError('finance.currency_digits', {
      field: 'amount',
      params: { amount: String(major), currency },
    });
  }
  if (significant === '') return 0;
  const magnitude =
    pointAt > 16 ? Number.POSITIVE_INFINITY : Number(significant.padEnd(pointAt, '0').slice(0, pointAt));
  if (!Number.isSafeInteger(magnitude)) {
    throw new DomainError('request.invalid', { field: 'amount', params: { amount: String(major) } });
  }
  return sign === '-' ? -magnitude : magnitude;
}

const formatters = new Map<string, Intl.NumberFormat>();

function currencyFormatter(currency: string, locale: string): Intl.NumberFormat {
  const key = `${locale}|${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: 'currency', currency });
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * Minor units as major units in floating point, for Intl only. Exact for every amount below about 7·10¹⁵
 * minor units, far beyond any group's books.
 */
function majorValue(minor: number, currency: string): number {
  return minor / 10 ** currencyDigits(currency);
}

/**
 * An amount as people write it in their locale (a BCP 47 tag): 'en-IN' groups in lakhs (₹1,00,000.00),
 * 'mr-IN' writes Devanagari digits unless asked for Latin ones ('mr-IN-u-nu-latn'), 'fr' writes XOF
 * without decimals (1 234 F CFA).
 */
export function formatMoney(minor: number, currency: string, locale: string): string {
  return currencyFormatter(currency, locale).format(majorValue(minor, currency));
}

/** The same figure as formatMoney without the currency symbol, for columns of a table: '1,00,000.00'. */
export function formatAmount(minor: number, currency: string, locale: string): string {
  return currencyFormatter(currency, locale)
    .formatToParts(majorValue(minor, currency))
    .filter((part) => part.type !== 'currency' && !(part.type === 'literal' && part.value.trim() === ''))
    .map((part) => part.value)
    .join('')
    .trim();
}
