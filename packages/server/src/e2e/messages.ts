import { IntlMessageFormat } from 'intl-messageformat';
import { en, type WebKey } from '../../../web/src/i18n/catalogues/en.ts';
import { mr } from '../../../web/src/i18n/catalogues/mr.ts';

const catalogues = { en, mr };
export type ReaderLocale = keyof typeof catalogues;
/** As the app formats its messages: Indian English, and Marathi with Latin digits. */
const intlLocale = { en: 'en-IN', mr: 'mr-IN-u-nu-latn' };

/** The field app's words, from its own catalogues, so that the tests read what a reader reads. */
export function message(
  locale: ReaderLocale,
  key: WebKey,
  params: Record<string, string | number> = {},
): string {
  return String(new IntlMessageFormat(catalogues[locale][key], intlLocale[locale]).format(params));
}
