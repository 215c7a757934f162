import { lazy } from 'preact-iso';
import type { AppRoute } from '../routes.tsx';

/** Coordinator screens (and their charts) load only when opened, so the field screens stay small. */
const Dashboard = lazy(() => import('./dashboard-screen.tsx').then((m) => m.DashboardScreen));
const GroupsTable = lazy(() => import('./groups-table-screen.tsx').then((m) => m.GroupsTableScreen));
const People = lazy(() => import('./people-screen.tsx').then((m) => m.PeopleScreen));
const Users = lazy(() => import('./users-screen.tsx').then((m) => m.UsersScreen));
const Import = lazy(() => import('./import-screen.tsx').then((m) => m.ImportScreen));
const Exports = lazy(() => import('./exports-screen.tsx').then((m) => m.ExportsScreen));

export const coordinatorRoutes: AppRoute[] = [
  {
    path: '/dashboard',
    needs: 'finance.read',
    component: Dashboard,
    coordinator: true,
    nav: 'nav.dashboard',
  },
  {
    path: '/groups-table',
    needs: 'group.read',
    component: GroupsTable,
    coordinator: true,
    nav: 'nav.all_groups',
  },
  { path: '/people', needs: 'person.read', component: People, coordinator: true, nav: 'nav.people' },
  { path: '/users', needs: 'user.read', component: Users, coordinator: true, nav: 'nav.users' },
  { path: '/import', needs: 'person.write', component: Import, coordinator: true, nav: 'nav.import' },
  { path: '/exports', needs: 'person.read', component: Exports, coordinator: true, nav: 'nav.exports' },
];
