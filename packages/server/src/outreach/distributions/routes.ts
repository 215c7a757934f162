import {
  dateSchema,
  distributionCreate,
  distributionGive,
  distributionPointCreate,
  idSchema,
  kitDefine,
  stockAdjust,
  stockReceive,
} from '@groundwork/core';
import { z } from 'zod';
import { ensure } from '../../http/ensure.ts';
import { type AnyRoute, route } from '../../http/route.ts';
import { runCommand } from '../../http/run-command.ts';
import { readRoutes } from './read-routes.ts';
import { pointsInScope } from './scope.ts';
import { toDistributionView, toKitView, toPointView } from './store.ts';

const idParams = z.strictObject({ id: idSchema });
const tag = 'distributions';

const writeRoutes: AnyRoute[] = [
  route({
    method: 'POST',
    url: '/api/outreach/kits',
    summary: 'Define a kit: its items, each in a unit and a whole quantity',
    tag,
    body: kitDefine,
    handler: (req) => runCommand(req, 'kit.define', req.body),
  }),
  route({
    method: 'POST',
    url: '/api/outreach/distribution-points',
    summary: 'Add a distribution point in an area',
    tag,
    body: distributionPointCreate,
    handler: (req) => runCommand(req, 'distribution_point.create', req.body),
  }),
  route({
    method: 'POST',
    url: '/api/outreach/distributions',
    summary: 'Plan a distribution: a kit given at a point between two dates',
    tag,
    body: distributionCreate,
    handler: (req) => runCommand(req, 'distribution.create', req.body),
  }),
  route({
    method: 'POST',
    url: '/api/outreach/distributions/:id/receipts',
    summary: 'Give a person the distribution’s kit, with a proof; once per person, from the point’s stock',
    tag,
    params: idParams,
    body: distributionGive.omit({ distributionId: true }),
    handler: (req) => runCommand(req, 'distribution.give', req.body, { distributionId: req.params.id }),
  }),
  route({
    method: 'POST',
    url: '/api/outreach/distribution-points/:id/stock/receive',
    summary: 'Record stock received at a point',
    tag,
    params: idParams,
    body: stockReceive.omit({ pointId: true }),
    handler: (req) => runCommand(req, 'stock.receive', req.body, { pointId: req.params.id }),
  }),
  route({
    method: 'POST',
    url: '/api/outreach/distribution-points/:id/stock/adjust',
    summary: 'Correct a point’s stock after a count (signed quantity, with a reason)',
    tag,
    params: idParams,
    body: stockAdjust.omit({ pointId: true }),
    handler: (req) => runCommand(req, 'stock.adjust', req.body, { pointId: req.params.id }),
  }),
];

const catalogueRoutes: AnyRoute[] = [
  route({
    method: 'GET',
    url: '/api/outreach/kits',
    summary: 'The kits of the organisation',
    tag,
    async handler(req) {
      ensure(req, 'outreach.read', {});
      const rows = await req.app.database.db
        .selectFrom('kits')
        .selectAll()
        .where('org_id', '=', req.actor.orgId)
        .orderBy('name')
        .orderBy('id')
        .execute();
      return { items: rows.map(toKitView) };
    },
  }),
  route({
    method: 'GET',
    url: '/api/outreach/distribution-points',
    summary: 'Distribution points in your areas',
    tag,
    async handler(req) {
      ensure(req, 'outreach.read', {});
      const rows = await req.app.database.db
        .selectFrom('distribution_points')
        .selectAll()
        .where('org_id', '=', req.actor.orgId)
        .where(pointsInScope(req.actor))
        .orderBy('name')
        .orderBy('id')
        .execute();
      return { items: rows.map(toPointView) };
    },
  }),
  route({
    method: 'GET',
    url: '/api/outreach/distributions',
    summary: 'Distributions at the points of your areas; `on` keeps those running that day',
    tag,
    query: z.strictObject({ on: dateSchema.optional(), pointId: idSchema.optional() }),
    async handler(req) {
      ensure(req, 'outreach.read', {});
      let query = req.app.database.db
        .selectFrom('distributions')
        .innerJoin('distribution_points', (j) =>
          j
            .onRef('distribution_points.org_id', '=', 'distributions.org_id')
            .onRef('distribution_points.id', '=', 'distributions.point_id'),
        )
        .selectAll('distributions')
        .select('distribution_points.area_id')
        .where('distributions.org_id', '=', req.actor.orgId)
        .where(pointsInScope(req.actor));
      const { on, pointId } = req.query;
      if (on)
        query = query.where('distributions.starts_on', '<=', on).where('distributions.ends_on', '>=', on);
      if (pointId) query = query.where('distributions.point_id', '=', pointId);
      const rows = await query
        .orderBy('distributions.starts_on', 'desc')
        .orderBy('distributions.id')
        .execute();
      return { items: rows.map(({ area_id, ...row }) => toDistributionView(row, area_id)) };
    },
  }),
];

export const distributionsRoutes: AnyRoute[] = [...writeRoutes, ...catalogueRoutes, ...readRoutes];
