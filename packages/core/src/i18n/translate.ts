import { IntlMessageFormat } from 'intl-messageformat';
import { en, type MessageKey } from './catalogues/en.ts';
import { fr } from './catalogues/fr.ts';
import { hi } from './catalogues/hi.ts';
import { mr } from './catalogues/mr.ts';
import type { Locale } from './locales.ts';

export type { MessageKey } from './catalogues/en.ts';
export type Catalogue = Record<MessageKey, string>;

export const catalogues: Record<Locale, Catalogue> = { en, hi, mr, fr };

/** Indian English groups digits in lakhs; Marathi messages keep the Latin digits people read on phones and notes. */
const intlLocale: Record<Locale, string> = { en: 'en-IN', hi: 'hi-IN', mr: 'mr-IN-u-nu-latn', fr: 'fr' };

/** The Intl locale for dates and messages in the reader's language. */
export const intlLocaleOf = (locale: Locale): string => intlLocale[locale];

/**
 * The Intl locale for numbers and money. Node's CLDR data groups Marathi digits in thousands
 * (₹11,237,000.00), but Marathi passbooks and bank slips group them in lakhs, as Indian English does
 * (₹1,12,37,000.00), so Marathi figures are written with the Indian English number rules.
 */
const numberLocale: Record<Locale, string> = { en: 'en-IN', hi: 'hi-IN', mr: 'en-IN', fr: 'fr' };
export const numberLocaleOf = (locale: Locale): string => numberLocale[locale];

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
    format = new IntlMessageFormat(catalogues[locale][key], intlLocale[locale]);
    compiled.set(cacheKey, format);
  }
  return String(format.format(params));
}
