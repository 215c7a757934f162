import { type Action, type Role, rolePermissions } from '@groundwork/core';
import type { ComponentType } from 'preact';
import { coordinatorRoutes } from './coordinator/routes.tsx';
import { fieldRoutes } from './field/routes.tsx';
import type { WebKey } from './i18n/i18n.ts';
import { outreachRoutes } from './outreach/routes.tsx';
import { outreachDashboardRoutes } from './outreach-dashboard/routes.tsx';

export interface AppRoute {
  path: string;
  // biome-ignore lint/suspicious/noExplicitAny: route components take their own path parameters.
  component: ComponentType<any>;
  /** Shown only to roles that oversee many groups. */
  coordinator?: boolean;
  /** Shown only to roles that may do this: the same permission the server checks behind the screen. */
  needs?: Action;
  /** The menu entry, when the route has one. */
  nav?: WebKey;
}

export const routes: AppRoute[] = [
  ...fieldRoutes,
  ...outreachRoutes,
  ...coordinatorRoutes,
  ...outreachDashboardRoutes,
];

/** Whether the signed-in user's role may open a route. */
export function mayOpen(route: AppRoute, role: string, coordinator: boolean): boolean {
  if (route.coordinator && !coordinator) return false;
  if (!route.needs) return true;
  return Object.hasOwn(rolePermissions, role) && rolePermissions[role as Role].has(route.needs);
}
