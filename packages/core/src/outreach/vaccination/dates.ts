const day = 86_400_000;

/** A `YYYY-MM-DD` date moved by whole days, counted on the calendar (UTC), so no time zone shifts it. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * day).toISOString().slice(0, 10);
}
