import { type DomainError, type FieldIssue, hasMessage, isDomainError, translate } from '@groundwork/core';
import type { Output } from './output.ts';

/** A refusal the CLI words itself: a bad argument, an unknown organisation, a missing file. */
export class CliError extends Error {}

function message(key: string, params: Record<string, string | number>): string {
  if (!hasMessage(key)) return key;
  try {
    return translate('en', key, params);
  } catch {
    return key;
  }
}

/** Fields of a command payload are named as the options that filled them: timeZone is --time-zone. */
const optionName = (field: string) =>
  field.replace(/^payload\./, '').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

export function reasonText(issue: FieldIssue): string {
  const text = message(`validation.${issue.reason}`, issue.params ?? {});
  const detail = issue.reason === 'invalid' ? issue.params?.detail : undefined;
  return detail ? `${text} (${detail})` : text;
}

/** The error's own sentence, without the field it is about. */
export const errorSentence = (error: DomainError): string =>
  message(`error.${error.code}`, { field: error.field ?? '', ...error.params });

export function domainErrorText(error: DomainError): string {
  const text = errorSentence(error);
  if (error.issues.length > 0) {
    return `${text} ${error.issues.map((i) => `${optionName(i.field)}: ${reasonText(i)}`).join('; ')}`;
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
      if (isDomainError(error)) output.err(domainErrorText(error));
      else if (error instanceof CliError) output.err(error.message);
      else throw error;
      return 1;
    }
  };
}
