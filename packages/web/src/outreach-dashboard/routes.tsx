import type { AppRoute } from '../routes.tsx';

/** The coordinator's outreach screens, loaded when opened. */
export const outreachDashboardRoutes: AppRoute[] = [];
