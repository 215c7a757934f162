import { intlLocaleOf, type Locale } from '@groundwork/core';
import type { Database } from '../db/database.ts';
import { type LearnProgress, type LearnScale, learnScale, loadLearn } from '../demo/learn.ts';
import { loadDemo } from '../demo/load.ts';
import { hasOrganisations, printDemoLogins } from './demo-logins.ts';
import { CliError, command } from './errors.ts';

export interface DemoArgs {
  /** demo: the three demo organisations (the default); learn: the generated five-year dataset. */
  scale?: 'demo' | 'learn';
  /** The size of the learn dataset; the command line always loads the full one. */
  learn?: LearnScale;
}

/** Progress goes to stderr at most this often, and once at the end. */
const progressEveryMs = 5_000;

/** A progress line without words, so it reads the same in every language: `12% 29,000/241,686 3:25`. */
export function progressLine(p: LearnProgress, locale: Locale): string {
  const number = new Intl.NumberFormat(intlLocaleOf(locale));
  const percent = Math.floor((100 * p.meetings) / Math.max(1, p.totalMeetings));
  const seconds = Math.round(p.elapsedMs / 1000);
  const clock = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  return `${String(percent).padStart(3)}% ${number.format(p.meetings)}/${number.format(p.totalMeetings)} ${clock}`;
}

export const demo = command(async (database: Database, args: DemoArgs, output) => {
  if (await hasOrganisations(database)) {
    throw new CliError('cli.demo.not_empty');
  }
  if (args.scale !== 'learn') {
    printDemoLogins(output, await loadDemo(database));
    return 0;
  }
  let printedAt = Number.NEGATIVE_INFINITY;
  const logins = await loadLearn(database, args.learn ?? learnScale, (p) => {
    const done = p.meetings === p.totalMeetings;
    if (!done && p.elapsedMs - printedAt < progressEveryMs) return;
    printedAt = p.elapsedMs;
    output.err(progressLine(p, output.locale));
  });
  printDemoLogins(output, logins);
  return 0;
});
