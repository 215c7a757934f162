import {
  type DomainError,
  type FieldIssue,
  hasMessage,
  isDomainError,
  type Locale,
  type MessageKey,
  translate,
} from '@groundwork/core';
import type { Output } from './output.ts';

export type MessageParams = Record<string, string | number>;

/**
 * A refusal the CLI words itself: a bad argument, an unknown organisation, a missing file. It carries its
 * catalogue message, worded in the output's language when printed; its `message` is the English.
 */
export class CliError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: MessageParams = {},
  ) {
    super(translate('en', key, params));
  }

  textIn(locale: Locale): string {
    return translate(locale, this.key, this.params);
  }
}

function message(locale: Locale, key: string, params: MessageParams): string {
  if (!hasMessage(key)) return key;
  try {
    return translate(locale, key, params);
  } catch {
    return key;
  }
}

/** Fields of a command payload are named as the options that filled them: timeZone is --time-zone. */
const optionName = (field: string) =>
  field.replace(/^payload\./, '').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

export function reasonText(issue: FieldIssue, locale: Locale): string {
  const text = message(locale, `validation.${issue.reason}`, issue.params ?? {});
  const detail = issue.reason === 'invalid' ? issue.params?.detail : undefined;
  return detail ? `${text} (${detail})` : text;
}

/** The error's own sentence, without the field it is about. */
export const errorSentence = (error: DomainError, locale: Locale): string =>
  message(locale, `error.${error.code}`, { field: error.field ?? '', ...error.params });

export function domainErrorText(error: DomainError, locale: Locale): string {
  const text = errorSentence(error, locale);
  if (error.issues.length > 0) {
    return `${text} ${error.issues.map((i) => `${optionName(i.field)}: ${reasonText(i, locale)}`).join('; ')}`;
  }
  return error.field ? `${text} (${optionName(error.field)})` : text;
}

type Command<T, A> = (target: T, args: A, output: Output) => Promise<number>;

/** Wraps a command so that every refusal becomes one plain line on stderr and exit code 1. */
export function command<T, A>(run: Command<T, A>): Command<T, A> {
  return async (target, args, output) => {
    try {
      return await run(target, args, output);
    } catch (error) {
      if (isDomainError(error)) output.err(domainErrorText(error, output.locale));
      else if (error instanceof CliError) output.err(error.textIn(output.locale));
      else throw error;
      return 1;
    }
  };
}
