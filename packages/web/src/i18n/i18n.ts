import { type Locale, numberLocaleOf, supportedLocales } from '@groundwork/core';
import { signal } from '@preact/signals';
import { IntlMessageFormat } from 'intl-messageformat';
import type { WebKey } from './catalogues/en.ts';
import { shell as en } from './catalogues/shell/en.ts';
import { shell as fr } from './catalogues/shell/fr.ts';
import { shell as hi } from './catalogues/shell/hi.ts';
import { shell as mr } from './catalogues/shell/mr.ts';

export type { WebKey } from './catalogues/en.ts';
export type WebCatalogue = Record<WebKey, string>;

export const locales = supportedLocales;

/**
 * The words loaded so far. The sign-in screen needs only the shell's, in every language, so the first
 * load on a slow phone carries those alone; the app's part adds the rest when it loads.
 */
const messages: Record<Locale, Partial<WebCatalogue>> = { en, hi, mr, fr };

export function addMessages(more: Record<Locale, Partial<WebCatalogue>>): void {
  for (const l of supportedLocales) Object.assign(messages[l], more[l]);
}

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
    format = new IntlMessageFormat(messages[current][key] ?? messages.en[key] ?? key, intlLocale[current]);
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
