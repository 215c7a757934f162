import { DomainError } from '@groundwork/core';
import { locale } from '../i18n/i18n.ts';

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
