import { DomainError, dateSchema, idSchema } from '@groundwork/core';
import { z } from 'zod';
import { formatQuery, respond } from '../../finance/reports/respond.ts';
import { todayIn } from '../../finance/today.ts';
import { ensure } from '../../http/ensure.ts';
import { type AnyRoute, type AuthedRequest, route } from '../../http/route.ts';
import { loadOrganisation } from '../../orgs/organisations.ts';
import { decodeCursor, page, pageQuery } from '../../shared/pagination.ts';
import { pending } from './pending.ts';
import { recipients, recipientsDocument } from './recipients.ts';
import { stockDocument, stockReport } from './stock-report.ts';
import { loadDistribution, loadPoint } from './store.ts';

const idParams = z.strictObject({ id: idSchema });
const tag = 'distributions';

/** The distribution if the caller may read outreach where its point is; elsewhere it does not exist for her. */
async function readableDistribution(req: AuthedRequest<unknown, unknown, unknown>, id: string) {
  const distribution = await loadDistribution(req.app.database.db, req.actor.orgId, id);
  ensure(req, 'outreach.read', { areaId: distribution.areaId }, 'not_found');
  return distribution;
}

export const readRoutes: AnyRoute[] = [
  route({
    method: 'GET',
    url: '/api/outreach/distributions/:id',
    summary: 'A distribution with its kit and progress (given, and given over target when set)',
    tag,
    params: idParams,
    async handler(req) {
      const distribution = await readableDistribution(req, req.params.id);
      const org = await loadOrganisation(req.app.database.db, req.actor.orgId);
      const {
        recipients: _lines,
        report: _report,
        ...summary
      } = await recipients(req.app.database.db, req.actor, distribution, todayIn(org.timeZone));
      return summary;
    },
  }),
  route({
    method: 'GET',
    url: '/api/outreach/distributions/:id/recipients',
    summary: 'Who received a distribution, with the proof, and its progress (JSON, CSV or a page to print)',
    tag,
    params: idParams,
    query: z.strictObject({ format: formatQuery }),
    async handler(req) {
      const distribution = await readableDistribution(req, req.params.id);
      const db = req.app.database.db;
      const org = await loadOrganisation(db, req.actor.orgId);
      const data = await recipients(db, req.actor, distribution, todayIn(org.timeZone));
      return respond(req, req.query.format, data, (d, t) => recipientsDocument(d, t, req.locale));
    },
  }),
  route({
    method: 'GET',
    url: '/api/outreach/distributions/:id/areas/:areaId/pending',
    summary: 'People of an area (and the areas beneath it) who have not yet received the distribution',
    tag,
    params: z.strictObject({ id: idSchema, areaId: idSchema }),
    query: z.strictObject(pageQuery),
    async handler(req) {
      const distribution = await readableDistribution(req, req.params.id);
      const { areaId } = req.params;
      const db = req.app.database.db;
      const area = await db
        .selectFrom('areas')
        .select('id')
        .where('org_id', '=', req.actor.orgId)
        .where('id', '=', areaId)
        .executeTakeFirst();
      if (!area) throw new DomainError('resource.not_found');
      ensure(req, 'person.read', { areaId }, 'not_found');
      const org = await loadOrganisation(db, req.actor.orgId);
      const today = todayIn(org.timeZone);
      const { limit, cursor } = req.query;
      const people = await pending(db, req.actor, distribution.row.id, areaId, limit, decodeCursor(cursor));
      const { row } = distribution;
      return {
        distributionId: row.id,
        running: row.starts_on <= today && today <= row.ends_on,
        ...page(people, limit),
      };
    },
  }),
  route({
    method: 'GET',
    url: '/api/outreach/stock',
    summary: 'Stock per point and item as on a date (default today): in, out and balance',
    tag,
    query: z.strictObject({ format: formatQuery, date: dateSchema.optional(), pointId: idSchema.optional() }),
    async handler(req) {
      ensure(req, 'outreach.read', {});
      const db = req.app.database.db;
      const { format, date, pointId } = req.query;
      if (pointId) {
        const point = await loadPoint(db, req.actor.orgId, pointId, 'pointId');
        ensure(req, 'outreach.read', { areaId: point.area_id }, 'not_found');
      }
      const org = await loadOrganisation(db, req.actor.orgId);
      const data = await stockReport(db, req.actor, org.name, date ?? todayIn(org.timeZone), pointId);
      return respond(req, format, data, (d, t) => stockDocument(d, t));
    },
  }),
];
