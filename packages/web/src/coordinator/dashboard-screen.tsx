import { t } from '../i18n/i18n.ts';

export function DashboardScreen() {
  return <h1>{t('nav.dashboard')}</h1>;
}
