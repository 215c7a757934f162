import type { CommandContext } from '../commands/context.ts';

/** Today's date in a time zone, as YYYY-MM-DD. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(now);
}

/** Today's date where the organisation works, so that a meeting held this evening in Bamako is not "in the future". */
export function orgToday(ctx: Pick<CommandContext, 'now' | 'org'>): string {
  return todayIn(ctx.org.timeZone, new Date(ctx.now));
}
