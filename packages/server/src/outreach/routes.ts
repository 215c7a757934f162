import type { AnyRoute } from '../http/route.ts';
import { counsellingRoutes } from './counselling/routes.ts';
import { distributionsRoutes } from './distributions/routes.ts';
import { hesitancyRoutes } from './hesitancy/routes.ts';
import { homeVisitsRoutes } from './home-visits/routes.ts';
import { pregnanciesRoutes } from './pregnancies/routes.ts';
import { reportingRoutes } from './reporting/routes.ts';
import { tasksRoutes } from './tasks/routes.ts';
import { vaccinationRoutes } from './vaccination/routes.ts';
import { vouchersRoutes } from './vouchers/routes.ts';

/** Every route of health outreach. */
export const outreachRoutes: AnyRoute[] = [
  ...vaccinationRoutes,
  ...hesitancyRoutes,
  ...counsellingRoutes,
  ...homeVisitsRoutes,
  ...pregnanciesRoutes,
  ...distributionsRoutes,
  ...vouchersRoutes,
  ...tasksRoutes,
  ...reportingRoutes,
];
