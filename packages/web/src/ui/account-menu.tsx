import { useState } from 'preact/hooks';
import { t } from '../i18n/i18n.ts';
import { logOut } from '../session/session.ts';
import { outboxItems, pendingCount } from '../sync/outbox.ts';
import { LanguageSelect } from './language-select.tsx';

export function AccountMenu() {
  const [confirming, setConfirming] = useState(false);
  const pending = pendingCount(outboxItems.value);
  return (
    <div class="account">
      <LanguageSelect />
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
