import { ErrorBoundary, LocationProvider, Route, Router } from 'preact-iso';
import { t } from './i18n/i18n.ts';
import { routes } from './routes.tsx';
import { LoginScreen } from './session/login-screen.tsx';
import { isCoordinator, session } from './session/session.ts';
import { Layout } from './ui/layout.tsx';

function NotFound() {
  return <p>{t('app.not_found')}</p>;
}

export function App() {
  if (!session.value) return <LoginScreen />;
  const mine = routes.filter((r) => !r.coordinator || isCoordinator.value);
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
