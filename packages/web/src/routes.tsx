import type { ComponentType } from 'preact';
import { lazy } from 'preact-iso';
import { GroupsScreen } from './field/groups-screen.tsx';

/** Coordinator screens (and their charts) load only when opened, so the field screens stay small. */
const Dashboard = lazy(() => import('./coordinator/dashboard-screen.tsx').then((m) => m.DashboardScreen));

export interface AppRoute {
  path: string;
  // biome-ignore lint/suspicious/noExplicitAny: route components take their own path parameters.
  component: ComponentType<any>;
  /** Shown only to roles that oversee many groups. */
  coordinator?: boolean;
}

export const routes: AppRoute[] = [
  { path: '/', component: GroupsScreen },
  { path: '/dashboard', component: Dashboard, coordinator: true },
];
