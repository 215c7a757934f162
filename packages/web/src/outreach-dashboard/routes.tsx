import { lazy } from 'preact-iso';
import type { AppRoute } from '../routes.tsx';

/** The coordinator's outreach screen and its charts load only when opened, so the field screens stay small. */
const Outreach = lazy(() => import('./outreach-screen.tsx').then((m) => m.OutreachScreen));

export const outreachDashboardRoutes: AppRoute[] = [
  {
    path: '/outreach-dashboard',
    component: Outreach,
    coordinator: true,
    needs: 'outreach.read',
    nav: 'outreach_dashboard.nav',
  },
];
