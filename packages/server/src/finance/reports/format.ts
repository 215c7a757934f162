import { currencyDigits, intlLocaleOf, type Locale, numberLocaleOf } from '@groundwork/core';

/** An integer with an implied decimal point `digits` places from the right: (1250, 2) is "12.50". */
function withPoint(value: number, digits: number): string {
  const sign = value < 0 ? '-' : '';
  const text = String(Math.abs(value));
  if (digits === 0) return sign + text;
  const padded = text.padStart(digits + 1, '0');
  return `${sign}${padded.slice(0, -digits)}.${padded.slice(-digits)}`;
}

/**
 * Minor units as a plain decimal in major units, for spreadsheets: 1250 paise is "12.50", 500 francs
 * "500", -5 paise "-0.05". Worked out on the integer digits, so no floating point creeps in.
 */
export function majorUnits(minor: number, currency: string): string {
  return withPoint(minor, currencyDigits(currency));
}

/** A rate in basis points as a percentage for spreadsheets: 200 is "2", 46 is "0.46", 250 is "2.5". */
export function percentText(bps: number): string {
  return withPoint(bps, 2).replace(/\.?0+$/, '');
}

const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

/** A `YYYY-MM-DD` date as the reader writes it ('13 Jan 2025', '13 janv. 2025'), read as a calendar day in UTC. */
export function formatDate(iso: string, locale: Locale): string {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocaleOf(locale), { dateStyle: 'medium', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  return format.format(new Date(`${iso}T00:00:00Z`));
}

/** A rate in basis points as the reader writes a percentage: '2%', '0,46 %'. */
export function formatPercent(bps: number, locale: Locale): string {
  return new Intl.NumberFormat(numberLocaleOf(locale), { style: 'percent', maximumFractionDigits: 2 }).format(
    bps / 10_000,
  );
}

/** The day after a date, in UTC. */
export function nextDay(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** Today's date where the organisation works. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(now);
}
