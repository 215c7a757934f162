/**
 * Calendar arithmetic on `YYYY-MM-DD` dates, read as days in UTC so that no time zone or daylight
 * saving shift can move a date by one. The one place outreach (and anything else) moves dates.
 */
const dayMs = 86_400_000;

const toTime = (date: string): number => Date.parse(`${date}T00:00:00Z`);
const fromTime = (time: number): string => new Date(time).toISOString().slice(0, 10);

export function addDays(date: string, days: number): string {
  return fromTime(toTime(date) + days * dayMs);
}

/** Whole days from `from` to `to` (negative when `to` comes first). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toTime(to) - toTime(from)) / dayMs);
}

export function lastDayOfMonth(date: string): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return fromTime(Date.UTC(year, month, 0));
}

/** The same day `months` later, or the month's last day when it has fewer days (31 January + 1 → 28 or 29 February). */
export function addMonths(date: string, months: number): string {
  const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const start = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
  const day = Math.min(Number(date.slice(8, 10)), Number(lastDayOfMonth(start).slice(8, 10)));
  return `${start.slice(0, 8)}${String(day).padStart(2, '0')}`;
}

export const monthOf = (date: string): string => date.slice(0, 7);

export const firstOfMonth = (date: string): string => `${date.slice(0, 7)}-01`;

/**
 * The same day `years` later. A 29 February with no match that year falls on 1 March, as birthdays of
 * leap-day children are commonly counted in law (the day after 28 February).
 */
export function addYears(date: string, years: number): string {
  const year = Number(date.slice(0, 4)) + years;
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const shifted = new Date(Date.UTC(year, month - 1, day));
  if (shifted.getUTCMonth() !== month - 1) return fromTime(Date.UTC(year, month - 1, 28) + dayMs);
  return fromTime(shifted.getTime());
}

export const earliest = (a: string, b: string | null): string => (b !== null && b < a ? b : a);
