export const supportedLocales = ['en', 'hi', 'mr', 'fr'] as const;
export type Locale = (typeof supportedLocales)[number];

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
