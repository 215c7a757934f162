import type { AppRoute } from '../routes.tsx';

/** The health outreach screens of the field app: they load with it and work offline. */
export const outreachRoutes: AppRoute[] = [];
