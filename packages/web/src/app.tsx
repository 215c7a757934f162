import { useEffect } from 'preact/hooks';
import { ErrorBoundary, LocationProvider, Route, Router } from 'preact-iso';
import './i18n/app-messages.ts';
import { t } from './i18n/i18n.ts';
import { mayOpen, routes } from './routes.tsx';
import { isCoordinator, session } from './session/session.ts';
import { startSync } from './sync/engine.ts';
import { Layout } from './ui/layout.tsx';

function NotFound() {
  return <p>{t('app.not_found')}</p>;
}

/** The signed-in app: loaded after the sign-in screen, and from the service worker's cache after that. */
export function App() {
  useEffect(() => {
    void startSync();
  }, []);
  const role = session.value?.user.role ?? '';
  const mine = routes.filter((r) => mayOpen(r, role, isCoordinator.value));
  return (
    <LocationProvider>
      <Layout>
        <ErrorBoundary>
          <Router>
            {[
              ...mine.map((r) => <Route key={r.path} path={r.path} component={r.component} />),
              <Route key="404" default component={NotFound} />,
            ]}
          </Router>
        </ErrorBoundary>
      </Layout>
    </LocationProvider>
  );
}
