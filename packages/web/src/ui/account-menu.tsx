import { type Locale, supportedLocales } from '@groundwork/core';
import { useState } from 'preact/hooks';
import { locale, t, type WebKey } from '../i18n/i18n.ts';
import { chooseLocale, logOut } from '../session/session.ts';
import { outboxItems, pendingCount } from '../sync/outbox.ts';

const languageNames: Record<Locale, WebKey> = {
  en: 'language.en',
  hi: 'language.hi',
  mr: 'language.mr',
  fr: 'language.fr',
};

export function AccountMenu() {
  const [confirming, setConfirming] = useState(false);
  const pending = pendingCount(outboxItems.value);
  return (
    <div class="account">
      <label>
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
      {confirming ? (
        <div role="alert" class="confirm">
          <p>{t('account.logout_pending', { count: pending })}</p>
          <button type="button" class="danger" onClick={() => logOut()}>
            {t('account.logout_anyway')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('app.back')}
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => (pending > 0 ? setConfirming(true) : logOut())}>
          {t('account.logout')}
        </button>
      )}
    </div>
  );
}
