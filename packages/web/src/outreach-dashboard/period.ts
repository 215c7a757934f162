/** A day as `YYYY-MM-DD` on the reader's own calendar (a coordinator works in her organisation's day). */
export function localDay(now: Date): string {
  const mm = String(now.getMonth() + 1).padStart(2, '0');
  const dd = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${mm}-${dd}`;
}

/** The twelve months up to and including today's: a year of trend, from the first of the earliest month. */
export function lastTwelveMonths(today: string): { from: string; to: string } {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const start = new Date(Date.UTC(year, month - 12, 1));
  return { from: start.toISOString().slice(0, 10), to: today };
}

/** The month before today's as DHIS2 names a period (`202611`): the last month that is over. */
export function lastMonthPeriod(today: string): string {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const start = new Date(Date.UTC(year, month - 2, 1));
  return `${start.getUTCFullYear()}${String(start.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** A month input's `YYYY-MM` as a DHIS2 period, and back. */
export const periodOfMonth = (month: string) => month.replace('-', '');
export const monthOfPeriod = (period: string) => `${period.slice(0, 4)}-${period.slice(4, 6)}`;
