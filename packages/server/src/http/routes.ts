import { authRoutes } from '../auth/routes.ts';
import { metaRoutes } from '../meta/routes.ts';
import { peopleRoutes } from '../people/routes.ts';
import type { AnyRoute } from './route.ts';

/** Every route of the API; the OpenAPI document is built from this list. */
export const allRoutes: readonly AnyRoute[] = [...metaRoutes, ...authRoutes, ...peopleRoutes];
