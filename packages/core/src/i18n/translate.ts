import { IntlMessageFormat } from 'intl-messageformat';
import { en, type MessageKey } from './catalogues/en.ts';
import { fr } from './catalogues/fr.ts';
import { hi } from './catalogues/hi.ts';
import { mr } from './catalogues/mr.ts';
import { intlLocaleOf, type Locale } from './locales.ts';

export type { MessageKey } from './catalogues/en.ts';
export type Catalogue = Record<MessageKey, string>;

export const catalogues: Record<Locale, Catalogue> = { en, hi, mr, fr };

const compiled = new Map<string, IntlMessageFormat>();

export function hasMessage(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

/** Formats a catalogue message for a locale with ICU plurals and Intl number formatting. */
export function translate(
  locale: Locale,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  const cacheKey = `${locale}\u0000${key}`;
  let format = compiled.get(cacheKey);
  if (!format) {
    format = new IntlMessageFormat(catalogues[locale][key], intlLocaleOf(locale));
    compiled.set(cacheKey, format);
  }
  return String(format.format(params));
}
