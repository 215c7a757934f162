import type { ComponentChildren } from 'preact';
import { useLocation } from 'preact-iso';
import { t } from '../i18n/i18n.ts';
import { mayOpen, routes } from '../routes.tsx';
import { isCoordinator, session } from '../session/session.ts';
import { AccountMenu } from './account-menu.tsx';
import { SyncStatus } from './sync-status.tsx';

export function Layout({ children }: { children: ComponentChildren }) {
  const { path } = useLocation();
  return (
    <>
      <a class="skip" href="#main">
        {t('app.skip_to_content')}
      </a>
      <header class="bar">
        <a class="brand" href="/">
          {t('app.name')}
        </a>
        <span class="org">{session.value?.organisation.name}</span>
        <AccountMenu />
      </header>
      <nav aria-label={t('nav.menu')} class="nav">
        {routes
          .filter((r) => r.nav && mayOpen(r, session.value?.user.role ?? '', isCoordinator.value))
          .map((r) => (
            <a key={r.path} href={r.path} aria-current={r.path === path ? 'page' : undefined}>
              {t(r.nav!)}
            </a>
          ))}
      </nav>
      <SyncStatus />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
