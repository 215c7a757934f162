import { currencyDigits, formatMoney, numberLocaleOf } from '@groundwork/core';
import { locale } from '../i18n/i18n.ts';
import { session } from '../session/session.ts';

/** The organisation's currency. */
export const currency = () => session.value?.organisation.currency ?? 'INR';

/** Minor units as money in the reader's language: ₹1,00,000.00. */
export const money = (minor: number) => formatMoney(minor, currency(), numberLocaleOf(locale.value));

/** The reader's locale for Intl formats. */
export const readerLocale = () => numberLocaleOf(locale.value);

/** A chart's figure in major units (12345.5) as money again. */
export const majorMoney = (major: number) => money(Math.round(major * 10 ** currencyDigits(currency())));
