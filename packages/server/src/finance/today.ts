import { DomainError } from '@groundwork/core';
import type { CommandContext } from '../commands/context.ts';

const formats = new Map<string, Intl.DateTimeFormat>();

/** Today's date in a time zone, as YYYY-MM-DD. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone });
    formats.set(timeZone, format);
  }
  return format.format(now);
}

/** Today's date where the organisation works, so that a meeting held this evening in Bamako is not "in the future". */
export function orgToday(ctx: Pick<CommandContext, 'now' | 'org'>): string {
  // Every time zone is a whole number of minutes from UTC, so the date cannot change within a UTC minute.
  const key = `${ctx.org.timeZone}\u0000${ctx.now.slice(0, 16)}`;
  if (key !== last.key) last = { key, today: todayIn(ctx.org.timeZone, new Date(ctx.now)) };
  return last.today;
}

/** Commands arrive in the same minute as the one before, so the last answer is usually the next one too. */
let last = { key: '', today: '' };

/** An entry's date lies between the day it can first happen (the group formed, the loan given) and today. */
export function checkEntryDate(
  ctx: Pick<CommandContext, 'now' | 'org'>,
  date: string,
  earliest: string,
  field: string,
): void {
  if (date < earliest)
    throw new DomainError('meeting.before_formed', { field, params: { formedOn: earliest } });
  if (date > orgToday(ctx)) throw new DomainError('meeting.in_future', { field });
}
