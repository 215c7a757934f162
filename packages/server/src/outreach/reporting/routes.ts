import { DomainError, networkOutreachQuery, registerExportQuery } from '@groundwork/core';
import { audit } from '../../audit/audit.ts';
import { translator } from '../../finance/reports/document.ts';
import { todayIn } from '../../finance/today.ts';
import { ensure } from '../../http/ensure.ts';
import { type AnyRoute, reply, route } from '../../http/route.ts';
import { deviceOf } from '../../http/run-command.ts';
import { loadOrganisation } from '../../orgs/organisations.ts';
import { dhis2Routes } from './dhis2-routes.ts';
import { networkOutreach } from './network.ts';
import { loadRegister } from './register.ts';
import { registerCsv } from './register-csv.ts';

export const reportingRoutes: AnyRoute[] = [
  ...dhis2Routes,
  route({
    method: 'GET',
    url: '/api/network/outreach',
    summary:
      'Outreach of each partner organisation of your networks, and in total: counts only, those under 5 suppressed',
    tag: 'networks',
    query: networkOutreachQuery,
    async handler(req) {
      ensure(req, 'network.read', {});
      const db = req.app.database.db;
      const org = await loadOrganisation(db, req.actor.orgId);
      const to = req.query.to ?? todayIn(org.timeZone);
      const from = req.query.from ?? `${to.slice(0, 4)}-01-01`;
      if (from > to) throw new DomainError('report.date_range', { field: 'query.from' });
      return networkOutreach(db, req.actor.orgId, { from, to });
    },
  }),
  route({
    method: 'GET',
    url: '/api/outreach/exports/register.csv',
    summary:
      'The outreach register as CSV: each consenting person in scope with doses, hesitancy, pregnancy and plans; sensitive columns only when asked for and allowed (audited)',
    tag: 'outreach',
    query: registerExportQuery,
    async handler(req) {
      ensure(req, 'outreach.read', {});
      const { areaId } = req.query;
      const withSensitive = req.query.includeSensitive === 'true';
      if (withSensitive) ensure(req, 'person.sensitive.read', {});
      const db = req.app.database.db;
      if (areaId) {
        const area = await db
          .selectFrom('areas')
          .select('id')
          .where('org_id', '=', req.actor.orgId)
          .where('id', '=', areaId)
          .executeTakeFirst();
        if (!area)
          throw new DomainError('reference.not_found', {
            field: 'query.areaId',
            params: { field: 'query.areaId' },
          });
        ensure(req, 'outreach.read', { areaId }, 'not_found');
      }
      const org = await loadOrganisation(db, req.actor.orgId);
      const today = todayIn(org.timeZone);
      const register = await loadRegister(db, req.actor, {
        ...(areaId ? { areaId } : {}),
        withSensitive,
        today,
      });
      // Every export of the register is a list of people leaving the system: who took it, of how many, and
      // whether it held their sensitive attributes.
      await audit(db, req.actor, {
        action: withSensitive ? 'outreach.register.export_sensitive' : 'outreach.register.export',
        ...(areaId ? { entity: 'area', entityId: areaId } : {}),
        deviceId: deviceOf(req),
        detail: { rows: register.rows.length, includeSensitive: withSensitive, areaId: areaId ?? null },
      });
      const csv = registerCsv(register, translator(req.locale), withSensitive);
      req.reply.type('text/csv; charset=utf-8');
      req.reply.header('content-disposition', `attachment; filename="outreach-register_${today}.csv"`);
      return reply(200, csv);
    },
  }),
];
