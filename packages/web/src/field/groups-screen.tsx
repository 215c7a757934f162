import { t } from '../i18n/i18n.ts';

export function GroupsScreen() {
  return <h1>{t('nav.groups')}</h1>;
}
