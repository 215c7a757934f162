import { type Locale, supportedLocales } from '@groundwork/core';
import { locale, t, type WebKey } from '../i18n/i18n.ts';
import { chooseLocale } from '../session/session.ts';

const languageNames: Record<Locale, WebKey> = {
  en: 'language.en',
  hi: 'language.hi',
  mr: 'language.mr',
  fr: 'language.fr',
};

export function LanguageSelect() {
  return (
    <label class="language">
      <span class="visually-hidden">{t('account.language')}</span>
      <select
        value={locale.value}
        onChange={(e) => chooseLocale((e.target as HTMLSelectElement).value as Locale)}
      >
        {supportedLocales.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(languageNames[l])}
          </option>
        ))}
      </select>
    </label>
  );
}
