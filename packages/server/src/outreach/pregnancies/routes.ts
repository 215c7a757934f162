import {
  antenatalContactRecord,
  dateSchema,
  deliveryRecord,
  homeVisitStatus,
  idSchema,
  nextPostnatalTask,
  type PregnancyView,
  postnatalVisitRecord,
  pregnancyClose,
  pregnancyRegister,
} from '@groundwork/core';
import { z } from 'zod';
import { formatQuery, respond } from '../../finance/reports/respond.ts';
import { todayIn } from '../../finance/today.ts';
import { ensure } from '../../http/ensure.ts';
import { type AnyRoute, route } from '../../http/route.ts';
import { runCommand } from '../../http/run-command.ts';
import { loadOrganisation } from '../../orgs/organisations.ts';
import { loadPerson } from '../../people/store.ts';
import { areaFilter } from '../home-visits/area-filter.ts';
import { checkPeriod, facilityDeliveries, facilityDeliveriesDocument } from './deliveries-report.ts';
import { loadPregnancy, pregnancyView, pregnancyViews } from './store.ts';

const tag = 'outreach: pregnancies';
const pregnancyParams = z.strictObject({ pregnancyId: idSchema });

/** The next postnatal visit owed, for a delivered pregnancy, and where it stands today. */
function postnatalNext(view: PregnancyView, today: string) {
  if (!view.delivery) return { nextPostnatalVisit: null, nextPostnatalStatus: null };
  const task = nextPostnatalTask(
    { id: view.id, personId: view.personId, ...view.delivery },
    view.postnatalVisits.map((v) => v.visitedOn),
    today,
  );
  return { nextPostnatalVisit: task, nextPostnatalStatus: task ? homeVisitStatus(task, today) : null };
}

const write = (url: string, type: string, summary: string, body: z.ZodObject) =>
  route({
    method: 'POST',
    url: `/api/outreach/pregnancies/:pregnancyId/${url}`,
    summary,
    tag,
    params: pregnancyParams,
    body: body.omit({ pregnancyId: true }),
    handler: (req) => runCommand(req, type, req.body as Record<string, unknown>, req.params),
  });

export const pregnanciesRoutes: AnyRoute[] = [
  route({
    method: 'POST',
    url: '/api/outreach/pregnancies',
    summary: 'Register a pregnancy; this starts her monthly follow-up plan',
    tag,
    body: pregnancyRegister,
    handler: (req) => runCommand(req, 'pregnancy.register', req.body),
  }),
  write('antenatal-contacts', 'pregnancy.antenatal', 'Record an antenatal contact', antenatalContactRecord),
  write('delivery', 'pregnancy.delivery', 'Record the delivery: date, place, outcome', deliveryRecord),
  write('postnatal-visits', 'pregnancy.postnatal', 'Record a postnatal visit', postnatalVisitRecord),
  write('close', 'pregnancy.close', 'Close a pregnancy that ended without a delivery', pregnancyClose),
  route({
    method: 'GET',
    url: '/api/outreach/pregnancies/:pregnancyId',
    summary: 'A pregnancy whole: antenatal contacts, delivery, postnatal visits and the next one owed',
    tag,
    params: pregnancyParams,
    async handler(req) {
      ensure(req, 'outreach.read', {});
      const db = req.app.database.db;
      const row = await loadPregnancy(db, req.actor.orgId, req.params.pregnancyId);
      const person = await loadPerson(db, req.actor.orgId, row.person_id);
      ensure(req, 'outreach.read', person.resource, 'not_found');
      const view = await pregnancyView(db, req.actor.orgId, row);
      const today = todayIn((await loadOrganisation(db, req.actor.orgId)).timeZone);
      return { ...view, ...postnatalNext(view, today) };
    },
  }),
  route({
    method: 'GET',
    url: '/api/outreach/people/:personId/pregnancies',
    summary: 'A woman’s pregnancies, the current one first',
    tag,
    params: z.strictObject({ personId: idSchema }),
    async handler(req) {
      const db = req.app.database.db;
      const person = await loadPerson(db, req.actor.orgId, req.params.personId);
      ensure(req, 'outreach.read', person.resource, 'not_found');
      const rows = await db
        .selectFrom('pregnancies')
        .selectAll()
        .where('org_id', '=', req.actor.orgId)
        .where('person_id', '=', person.row.id)
        .orderBy('registered_on', 'desc')
        .orderBy('id', 'desc')
        .execute();
      const today = todayIn((await loadOrganisation(db, req.actor.orgId)).timeZone);
      const views = await pregnancyViews(db, req.actor.orgId, rows);
      return { pregnancies: views.map((v) => ({ ...v, ...postnatalNext(v, today) })) };
    },
  }),
  route({
    method: 'GET',
    url: '/api/outreach/deliveries',
    summary: 'Share of deliveries in a health facility per area and month (JSON, CSV or HTML)',
    tag,
    query: z.strictObject({
      areaId: idSchema.optional(),
      from: dateSchema,
      to: dateSchema,
      format: formatQuery,
    }),
    async handler(req) {
      ensure(req, 'outreach.read', {});
      const { areaId, from, to, format } = req.query;
      checkPeriod(from, to);
      const areaIds = await areaFilter(req, areaId);
      const db = req.app.database.db;
      const data = {
        ...(await facilityDeliveries(db, req.actor, areaIds, from, to)),
        areaId: areaId ?? null,
      };
      const org = await loadOrganisation(db, req.actor.orgId);
      const areaName = areaId
        ? (
            await db
              .selectFrom('areas')
              .select('name')
              .where('org_id', '=', org.id)
              .where('id', '=', areaId)
              .executeTakeFirst()
          )?.name
        : undefined;
      return respond(req, format, data, (d, t) =>
        facilityDeliveriesDocument(d, t, req.locale, areaName ?? t('report.facility_deliveries.all_areas')),
      );
    },
  }),
];
