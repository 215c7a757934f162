import { lazy } from 'preact-iso';
import type { AppRoute } from '../routes.tsx';

/** Coordinator screens (and their charts) load only when opened, so the field screens stay small. */
const Dashboard = lazy(() => import('./dashboard-screen.tsx').then((m) => m.DashboardScreen));

export const coordinatorRoutes: AppRoute[] = [
  { path: '/dashboard', component: Dashboard, coordinator: true, nav: 'nav.dashboard' },
];
