import { DomainError } from '../errors/domain-error.ts';
import type { cadences, weekdays } from '../groups/schemas.ts';

/**
 * When a group's meetings fall due. Nothing is due before the group was formed.
 * - weekly: every `meetingWeekday` (by default the weekday of `formedOn`) on or after `formedOn`;
 * - fortnightly: every 14 days, starting with the first `meetingWeekday` on or after `formedOn`;
 * - monthly: day `meetingDayOfMonth` of each month (by default the day of `formedOn`, capped at 28), the
 *   first one on or after `formedOn`.
 * Dates are computed by arithmetic on day numbers and months, never by scanning day by day.
 */
export interface MeetingCadence {
  cadence: (typeof cadences)[number];
  meetingWeekday?: (typeof weekdays)[number] | null;
  /** 1..28, so that every month has the day. */
  meetingDayOfMonth?: number | null;
  formedOn: string;
}

const weekdayNumbers = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
} as const satisfies Record<(typeof weekdays)[number], number>;
const msPerDay = 86_400_000;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** Days since 1970-01-01 (UTC) of an ISO date; refuses text that is not a real calendar date. */
function dayNumber(iso: string, field: string): number {
  const ms = isoDate.test(iso) ? Date.parse(`${iso}T00:00:00Z`) : Number.NaN;
  if (Number.isNaN(ms) || toIso(ms / msPerDay) !== iso) {
    throw new DomainError('request.invalid', { field, params: { date: iso } });
  }
  return ms / msPerDay;
}

function toIso(day: number): string {
  return new Date(day * msPerDay).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday; 1970-01-01 was a Thursday. */
function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** A month counted from year 0: year·12 + (month − 1). */
function monthIndexOf(day: number): number {
  const date = new Date(day * msPerDay);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

function dayInMonth(monthIndex: number, dayOfMonth: number): number {
  return Date.UTC(Math.floor(monthIndex / 12), monthIndex % 12, dayOfMonth) / msPerDay;
}

/** A cadence as its first due day on or after a given day, and the due day after a due day. */
interface Schedule {
  firstOnOrAfter(day: number): number;
  next(day: number): number;
}

function scheduleOf(c: MeetingCadence): Schedule {
  const formed = dayNumber(c.formedOn, 'formedOn');
  if (c.cadence === 'monthly') {
    const dayOfMonth = c.meetingDayOfMonth ?? Math.min(new Date(formed * msPerDay).getUTCDate(), 28);
    if (!Number.isInteger(dayOfMonth) || dayOfMonth < 1 || dayOfMonth > 28) {
      throw new DomainError('request.invalid', { field: 'meetingDayOfMonth', params: { day: dayOfMonth } });
    }
    return {
      firstOnOrAfter(day) {
        const start = Math.max(day, formed);
        const inMonth = dayInMonth(monthIndexOf(start), dayOfMonth);
        return inMonth >= start ? inMonth : dayInMonth(monthIndexOf(start) + 1, dayOfMonth);
      },
      next: (day) => dayInMonth(monthIndexOf(day) + 1, dayOfMonth),
    };
  }
  const weekday = c.meetingWeekday ? weekdayNumbers[c.meetingWeekday] : weekdayOf(formed);
  const first = formed + ((weekday - weekdayOf(formed) + 7) % 7);
  const step = c.cadence === 'weekly' ? 7 : 14;
  return {
    firstOnOrAfter(day) {
      const start = Math.max(day, first);
      return first + Math.ceil((start - first) / step) * step;
    },
    next: (day) => day + step,
  };
}

/** The due meeting dates from `from` to `to`, both included, in order. */
export function dueMeetingDates(c: MeetingCadence, from: string, to: string): string[] {
  const schedule = scheduleOf(c);
  const last = dayNumber(to, 'to');
  const dates: string[] = [];
  for (let day = schedule.firstOnOrAfter(dayNumber(from, 'from')); day <= last; day = schedule.next(day)) {
    dates.push(toIso(day));
  }
  return dates;
}

/** The first due meeting date strictly after `after`. */
export function nextDueMeeting(c: MeetingCadence, after: string): string {
  return toIso(scheduleOf(c).firstOnOrAfter(dayNumber(after, 'after') + 1));
}

/** The months ('YYYY-MM') from the month of `from` to the month of `to`, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const last = monthIndexOf(dayNumber(to, 'to'));
  const months: string[] = [];
  for (let month = monthIndexOf(dayNumber(from, 'from')); month <= last; month += 1) {
    const year = String(Math.floor(month / 12)).padStart(4, '0');
    months.push(`${year}-${String((month % 12) + 1).padStart(2, '0')}`);
  }
  return months;
}
