import { formatMoney, numberLocaleOf } from '@groundwork/core';
import { locale } from '../i18n/i18n.ts';

/** An amount in minor units, the reader's way: ₹1,12,370.00 in India, 12 500 F CFA in Mali. */
export function money(minor: number, currency: string): string {
  return formatMoney(minor, currency, numberLocaleOf(locale.value));
}

export interface Named {
  givenName?: unknown;
  familyName?: unknown;
}

/** Her name as people say it: given name, then family name when there is one. */
export function fullName(person: Named | undefined): string {
  if (!person) return '';
  return [person.givenName, person.familyName].filter((part) => typeof part === 'string' && part).join(' ');
}
