import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from './i18n/i18n.ts';
import { LoginScreen } from './session/login-screen.tsx';
import { session } from './session/session.ts';

let loaded: ComponentType | undefined;
const loadApp = () => import('./app.tsx').then((m) => (loaded = m.App));

/** The sign-in screen comes with the first load; the app itself follows once someone is signed in. */
export function Root() {
  const [App, setApp] = useState<ComponentType | undefined>(() => loaded);
  const signedIn = Boolean(session.value);
  useEffect(() => {
    if (signedIn && !App) void loadApp().then((component) => setApp(() => component));
  }, [signedIn, App]);
  if (!signedIn) return <LoginScreen />;
  if (!App) return <p class="loading">{t('app.loading')}</p>;
  return <App />;
}
