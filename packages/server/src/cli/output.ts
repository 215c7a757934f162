import type { Locale } from '@groundwork/core';
import { cliLocale } from './locale.ts';

/** Where a command speaks, and in which language: data and results on stdout, errors and progress on stderr. */
export interface Output {
  locale: Locale;
  out(line: string): void;
  /** Text written as it is, for CSV. */
  raw(text: string): void;
  err(line: string): void;
}

export const processOutput: Output = {
  locale: cliLocale(),
  out: (line) => process.stdout.write(`${line}\n`),
  raw: (text) => process.stdout.write(text),
  err: (line) => process.stderr.write(`${line}\n`),
};
