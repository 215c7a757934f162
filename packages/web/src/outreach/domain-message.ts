import { type DomainError, hasMessage, type Locale, translate } from '@groundwork/core';

/**
 * The server's own words for a rule the phone checks before queueing: the same catalogue and the same
 * parameters the API's problem response uses, so a dose refused here reads exactly as the server would
 * refuse it. Imported only when a check fails, so that the core catalogues stay out of the first load.
 */
export function domainMessage(error: DomainError, locale: Locale): string {
  const key = `error.${error.code}`;
  return hasMessage(key) ? translate(locale, key, error.params) : error.code;
}
