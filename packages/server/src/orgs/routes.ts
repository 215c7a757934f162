import { z } from 'zod';
import { ensure } from '../http/ensure.ts';
import { route } from '../http/route.ts';
import { loadOrganisation } from './organisations.ts';

export const organisationRoutes = [
  route({
    method: 'GET',
    url: '/api/organisation',
    summary: 'Your organisation: name, country, currency, language and time zone',
    tag: 'organisation',
    response: z.object({
      id: z.string(),
      slug: z.string(),
      name: z.string(),
      country: z.string(),
      currency: z.string(),
      locale: z.string(),
      timeZone: z.string(),
    }),
    async handler(req) {
      ensure(req, 'org.read', {});
      return loadOrganisation(req.app.database.db, req.actor.orgId);
    },
  }),
];
