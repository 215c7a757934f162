import { type Locale, numberLocaleOf, supportedLocales } from '@groundwork/core';
import { signal } from '@preact/signals';
import { IntlMessageFormat } from 'intl-messageformat';
import { en, type WebKey } from './catalogues/en.ts';
import { fr } from './catalogues/fr.ts';
import { hi } from './catalogues/hi.ts';
import { mr } from './catalogues/mr.ts';

export type { WebKey } from './catalogues/en.ts';
export type WebCatalogue = Record<WebKey, string>;

export const webCatalogues: Record<Locale, WebCatalogue> = { en, hi, mr, fr };
export const locales = supportedLocales;

/** Dates and messages: Indian English groups in lakhs; Marathi keeps Latin digits, as people write them. */
const intlLocale: Record<Locale, string> = { en: 'en-IN', hi: 'hi-IN', mr: 'mr-IN-u-nu-latn', fr: 'fr' };

export const locale = signal<Locale>('en');

const compiled = new Map<string, IntlMessageFormat>();

/** A message in the current language, with ICU plurals and numbers. */
export function t(key: WebKey, params: Record<string, string | number> = {}): string {
  const current = locale.value;
  const cacheKey = `${current}\u0000${key}`;
  let format = compiled.get(cacheKey);
  if (!format) {
    format = new IntlMessageFormat(webCatalogues[current][key], intlLocale[current]);
    compiled.set(cacheKey, format);
  }
  return String(format.format(params));
}

export function setLocale(next: Locale): void {
  locale.value = next;
  document.documentElement.lang = next;
}

/** Whole numbers grouped the reader's way (1,00,000 in India, 100 000 in French). */
export function formatNumber(value: number): string {
  return new Intl.NumberFormat(numberLocaleOf(locale.value)).format(value);
}

export function formatDate(iso: string): string {
  return new Intl.DateTimeFormat(intlLocale[locale.value], { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${iso.slice(0, 10)}T00:00:00Z`),
  );
}

export function formatDateTime(iso: string): string {
  return new Intl.DateTimeFormat(intlLocale[locale.value], {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso));
}
