import { dateSchema, hesitancyVisitInput, idSchema, outreachSettingsInput } from '@groundwork/core';
import { z } from 'zod';
import { formatQuery, respond } from '../../finance/reports/respond.ts';
import { ensure } from '../../http/ensure.ts';
import { type AnyRoute, route } from '../../http/route.ts';
import { runCommand } from '../../http/run-command.ts';
import { loadPerson } from '../../people/store.ts';
import { followUpsDocument, funnelDocument, reasonsDocument } from './documents.ts';
import { loadFollowUps } from './follow-ups.ts';
import { resolveReport } from './report-scope.ts';
import { funnelReport, reasonsReport } from './reports.ts';
import { outreachSettings } from './settings.ts';
import { toVisitView } from './store.ts';

const reportQuery = z.strictObject({
  format: formatQuery,
  areaId: idSchema.optional(),
  vaccineId: idSchema.optional(),
  from: dateSchema.optional(),
  to: dateSchema.optional(),
});

export const hesitancyRoutes: AnyRoute[] = [
  route({
    method: 'POST',
    url: '/api/outreach/hesitancy/visits',
    summary: 'Record a door-to-door hesitancy visit: reasons, counselling given, outcome and next visit',
    tag: 'outreach',
    body: hesitancyVisitInput,
    handler: (req) => runCommand(req, 'hesitancy.visit', req.body),
  }),
  route({
    method: 'GET',
    url: '/api/outreach/hesitancy/visits',
    summary: 'A person’s hesitancy visits, oldest first',
    tag: 'outreach',
    query: z.strictObject({ personId: idSchema, vaccineId: idSchema.optional() }),
    async handler(req) {
      ensure(req, 'outreach.read', {});
      const db = req.app.database.db;
      const person = await loadPerson(db, req.actor.orgId, req.query.personId);
      ensure(req, 'outreach.read', person.resource, 'not_found');
      let query = db
        .selectFrom('hesitancy_visits')
        .selectAll()
        .where('org_id', '=', req.actor.orgId)
        .where('person_id', '=', person.row.id);
      if (req.query.vaccineId) query = query.where('vaccine_id', '=', req.query.vaccineId);
      const rows = await query.orderBy('visited_on').orderBy('id').execute();
      return { items: rows.map(toVisitView) };
    },
  }),
  route({
    method: 'GET',
    url: '/api/outreach/hesitancy/follow-ups',
    summary: 'Who is on the hesitancy follow-up list: visits so far, last outcome, next visit date',
    tag: 'outreach',
    query: z.strictObject({
      format: formatQuery,
      areaId: idSchema.optional(),
      vaccineId: idSchema.optional(),
    }),
    async handler(req) {
      const scope = await resolveReport(req, req.query);
      const db = req.app.database.db;
      const [items, settings] = await Promise.all([
        loadFollowUps(db, req.actor, scope),
        outreachSettings(db, req.actor.orgId),
      ]);
      const data = { today: scope.today, maxRefusals: settings.maxRefusals, count: items.length, items };
      return respond(req, req.query.format, data, (d, t) => followUpsDocument(d, t, scope.subject));
    },
  }),
  route({
    method: 'GET',
    url: '/api/outreach/hesitancy/funnel',
    summary: 'The hesitancy funnel per vaccine: visited, counselled, agreed, vaccinated',
    tag: 'outreach',
    query: reportQuery,
    async handler(req) {
      const scope = await resolveReport(req, req.query);
      const data = await funnelReport(req.app.database.db, req.actor, scope);
      return respond(req, req.query.format, data, (d, t) => funnelDocument(d, t, scope.subject));
    },
  }),
  route({
    method: 'GET',
    url: '/api/outreach/hesitancy/reasons',
    summary: 'Reasons for hesitancy over time: per month, how many visited people gave each reason',
    tag: 'outreach',
    query: reportQuery,
    async handler(req) {
      const scope = await resolveReport(req, req.query);
      const data = await reasonsReport(req.app.database.db, req.actor, scope);
      return respond(req, req.query.format, data, (d, t) => reasonsDocument(d, t, scope.subject));
    },
  }),
  route({
    method: 'GET',
    url: '/api/outreach/settings',
    summary: 'The organisation’s outreach settings (refusals before a person leaves the follow-up list)',
    tag: 'outreach',
    async handler(req) {
      ensure(req, 'outreach.read', {});
      return outreachSettings(req.app.database.db, req.actor.orgId);
    },
  }),
  route({
    method: 'PUT',
    url: '/api/outreach/settings',
    summary: 'Change the organisation’s outreach settings',
    tag: 'outreach',
    body: outreachSettingsInput,
    handler: (req) => runCommand(req, 'outreach.settings.set', req.body),
  }),
];
