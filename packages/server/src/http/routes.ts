import { areaRoutes } from '../areas/routes.ts';
import { auditRoutes } from '../audit/routes.ts';
import { authRoutes } from '../auth/routes.ts';
import { healthRoutes } from '../finance/health/routes.ts';
import { financeReadRoutes } from '../finance/read-routes.ts';
import { reportRoutes } from '../finance/reports/routes.ts';
import { financeWriteRoutes } from '../finance/routes.ts';
import { groupRoutes } from '../groups/routes.ts';
import { importExportRoutes } from '../imports/routes.ts';
import { metaRoutes } from '../meta/routes.ts';
import { organisationRoutes } from '../orgs/routes.ts';
import { outreachRoutes } from '../outreach/routes.ts';
import { peopleRoutes } from '../people/routes.ts';
import { syncRoutes } from '../sync/routes.ts';
import { userRoutes } from '../users/routes.ts';
import type { AnyRoute } from './route.ts';

/** Every route of the API; the OpenAPI document is built from this list. */
export const allRoutes: readonly AnyRoute[] = [
  ...metaRoutes,
  ...authRoutes,
  ...organisationRoutes,
  ...areaRoutes,
  ...peopleRoutes,
  ...groupRoutes,
  ...financeWriteRoutes,
  ...financeReadRoutes,
  ...reportRoutes,
  ...healthRoutes,
  ...outreachRoutes,
  ...importExportRoutes,
  ...userRoutes,
  ...syncRoutes,
  ...auditRoutes,
];
