import type { CommandContext } from '../commands/context.ts';

/** Today's date where the organisation works, so that a meeting held this evening in Bamako is not "in the future". */
export function orgToday(ctx: Pick<CommandContext, 'now' | 'org'>): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ctx.org.timeZone }).format(new Date(ctx.now));
}
