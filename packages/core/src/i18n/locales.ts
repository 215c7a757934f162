export const supportedLocales = ['en', 'hi', 'mr', 'fr'] as const;
export type Locale = (typeof supportedLocales)[number];

/**
 * Indian English groups digits in lakhs; Marathi messages keep the Latin digits people read on
 * phones and notes. These live apart from the catalogues, so that a screen formatting a number does
 * not load every message of every language.
 */
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

export function isLocale(value: string): value is Locale {
  return (supportedLocales as readonly string[]).includes(value);
}

/** Picks the best supported locale from an Accept-Language header, falling back to English. */
export function localeFromAcceptLanguage(header: string | undefined): Locale | undefined {
  if (!header) return undefined;
  const wanted = header
    .split(',')
    .map((part) => {
      const [tag = '', q] = part.trim().split(';q=');
      return { tag: tag.toLowerCase().split('-')[0] ?? '', q: q === undefined ? 1 : Number(q) };
    })
    .filter((w) => w.tag && Number.isFinite(w.q))
    .sort((a, b) => b.q - a.q);
  return wanted.map((w) => w.tag).find(isLocale);
}
