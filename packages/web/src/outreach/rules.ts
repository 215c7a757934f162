import { DomainError } from '@groundwork/core';
import { locale, type WebKey } from '../i18n/i18n.ts';

/** A form checked on the phone: the command to queue, or what is wrong with which field. */
export type Checked<F extends string> =
  | { ok: true; payload: Record<string, unknown> }
  | { ok: false; errors: Partial<Record<F, WebKey>>; rule?: DomainError };

/** A schema issue's field: the first step of its path, when the form has a message for it. */
const firstField =
  <F extends string>(messages: Partial<Record<F, WebKey>>) =>
  (path: readonly PropertyKey[]): F | undefined =>
    typeof path[0] === 'string' && path[0] in messages ? (path[0] as F) : undefined;

/** The schema's refusals as the form's words, the first one per field. */
export function schemaErrors<F extends string>(
  issues: readonly { path: readonly PropertyKey[] }[],
  messages: Partial<Record<F, WebKey>>,
  fieldOf: (path: readonly PropertyKey[]) => F | undefined = firstField(messages),
): Partial<Record<F, WebKey>> {
  const errors: Partial<Record<F, WebKey>> = {};
  for (const issue of issues) {
    const field = fieldOf(issue.path);
    const key = field ? messages[field] : undefined;
    if (field && key) errors[field] ??= key;
  }
  return errors;
}

/** Runs a core rule; its refusal comes back as the error itself instead of a throw. */
export function broken(check: () => void): DomainError | null {
  try {
    check();
    return null;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
}

export interface Refusal {
  code: string;
  field: string | undefined;
  message: string;
}

/** A core rule's refusal in the reader's language, worded as the server words it. */
export async function refusalText(error: DomainError): Promise<Refusal> {
  const { domainMessage } = await import('./domain-message.ts');
  return { code: error.code, field: error.field, message: domainMessage(error, locale.value) };
}
