import { type MeetingCadence, nextDueMeeting } from '@groundwork/core';

/** Calendar arithmetic on ISO dates and 'YYYY-MM' months, in UTC day numbers. */

const msPerDay = 86_400_000;

/** Days since 1970-01-01 of an ISO date. */
export const dayOf = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / msPerDay;
export const isoOf = (day: number): string => new Date(day * msPerDay).toISOString().slice(0, 10);
export const addDays = (iso: string, days: number): string => isoOf(dayOf(iso) + days);

/** The month `count` months after `month` (before, when negative). */
export function addMonths(month: string, count: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + count;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export const firstDayOf = (month: string): string => `${month}-01`;
export const lastDayOf = (month: string): string => addDays(firstDayOf(addMonths(month, 1)), -1);

/** The months from `from` to `to`, both included; none when `to` is before `from`. */
export function monthsFrom(from: string, to: string): string[] {
  const months: string[] = [];
  for (let month = from; month <= to; month = addMonths(month, 1)) months.push(month);
  return months;
}

/** A span of days, both ends included; empty when `to` is before `from`. */
export interface DaySpan {
  from: string;
  to: string;
}

/**
 * A month as far as it has gone: the whole month once it is over, the days up to `today` while it runs.
 * Figures "at month end" are taken on the span's last day.
 */
export function monthSoFar(month: string, today: string): DaySpan {
  const last = lastDayOf(month);
  return { from: firstDayOf(month), to: last < today ? last : today };
}

/**
 * How many meetings fall due in each span: the same number as `dueMeetingDates(c, from, to).length`, but
 * found by arithmetic, so that a summary of a thousand groups over five years costs microseconds per group.
 * The first due date on or after the earliest span is asked of the cadence once; from there weekly and
 * fortnightly meetings fall every 7 or 14 days, and monthly ones on that same day of every month.
 */
export function dueMeetingCounts(c: MeetingCadence, spans: readonly DaySpan[]): number[] {
  if (spans.length === 0) return [];
  const earliest = spans.map((span) => span.from).sort()[0]!;
  const first = dayOf(nextDueMeeting(c, addDays(earliest, -1)));
  const count =
    c.cadence === 'monthly' ? monthlyCount(first) : steppedCount(first, c.cadence === 'weekly' ? 7 : 14);
  return spans.map((span) => {
    const from = Math.max(dayOf(span.from), first);
    const to = dayOf(span.to);
    return to < from ? 0 : count(from, to);
  });
}

function steppedCount(first: number, step: number) {
  return (from: number, to: number) => Math.floor((to - first) / step) - Math.ceil((from - first) / step) + 1;
}

function monthlyCount(first: number) {
  const dayOfMonth = new Date(first * msPerDay).getUTCDate();
  return (from: number, to: number) => {
    const start = new Date(from * msPerDay);
    const end = new Date(to * msPerDay);
    let n = 0;
    for (
      let index = start.getUTCFullYear() * 12 + start.getUTCMonth();
      index <= end.getUTCFullYear() * 12 + end.getUTCMonth();
      index += 1
    ) {
      const due = Date.UTC(Math.floor(index / 12), index % 12, dayOfMonth) / msPerDay;
      if (due >= from && due <= to) n += 1;
    }
    return n;
  };
}
