import {
  dateSchema,
  driveCreate,
  idSchema,
  nextDose,
  vaccinationRecord,
  vaccinationVoid,
  vaccineDefine,
} from '@groundwork/core';
import { z } from 'zod';
import { audit } from '../../audit/audit.ts';
import { reportFormats, respond } from '../../finance/reports/respond.ts';
import { todayIn } from '../../finance/today.ts';
import { ensure } from '../../http/ensure.ts';
import { type AuthedRequest, route } from '../../http/route.ts';
import { deviceOf, runCommand } from '../../http/run-command.ts';
import { loadPerson } from '../../people/store.ts';
import { coverageReport } from './coverage.ts';
import { coverageDocument } from './coverage-document.ts';
import { dosesDocument, exportDoses } from './exports.ts';
import { fhirBundle } from './fhir.ts';
import { listDrives } from './store.ts';
import { toDoseView, toVaccineView } from './views.ts';

const tag = 'vaccination';
const idParams = z.strictObject({ id: idSchema });
const placeQuery = { driveId: idSchema.optional(), areaId: idSchema.optional() };

async function orgToday(req: AuthedRequest<unknown, unknown, unknown>) {
  const org = await req.app.database.db
    .selectFrom('organisations')
    .select('time_zone')
    .where('id', '=', req.actor.orgId)
    .executeTakeFirstOrThrow();
  return todayIn(org.time_zone);
}

/** An export of health records is a bulk read of them: who took which, and how many, is kept. */
async function auditExport(
  req: AuthedRequest<unknown, unknown, unknown>,
  query: { driveId?: string | undefined; areaId?: string | undefined },
  detail: Record<string, unknown>,
) {
  await audit(req.app.database.db, req.actor, {
    action: 'vaccination.export',
    entity: query.driveId ? 'drive' : 'area',
    entityId: query.driveId ?? query.areaId ?? '',
    deviceId: deviceOf(req),
    detail,
  });
}

export const vaccinationRoutes = [
  route({
    method: 'GET',
    url: '/api/outreach/vaccines',
    summary: 'The vaccine catalogue',
    tag,
    async handler(req) {
      ensure(req, 'outreach.read', {});
      const rows = await req.app.database.db
        .selectFrom('vaccines')
        .selectAll()
        .where('org_id', '=', req.actor.orgId)
        .orderBy('code')
        .execute();
      return { items: rows.map(toVaccineView) };
    },
  }),
  route({
    method: 'POST',
    url: '/api/outreach/vaccines',
    summary: 'Add a vaccine to the catalogue (doses in its series, days between doses)',
    tag,
    body: vaccineDefine,
    handler: (req) => runCommand(req, 'vaccine.define', req.body),
  }),
  route({
    method: 'GET',
    url: '/api/outreach/drives',
    summary: 'Vaccination drives with their sites and target population, latest first',
    tag,
    async handler(req) {
      ensure(req, 'outreach.read', {});
      return { items: await listDrives(req.app.database.db, req.actor.orgId) };
    },
  }),
  route({
    method: 'POST',
    url: '/api/outreach/drives',
    summary: 'Plan a vaccination drive: dates, sites and target population',
    tag,
    body: driveCreate,
    handler: (req) => runCommand(req, 'drive.create', req.body),
  }),
  route({
    method: 'POST',
    url: '/api/outreach/doses',
    summary: 'Record a dose given (checked against the series, the interval and her other doses)',
    tag,
    body: vaccinationRecord,
    handler: (req) => runCommand(req, 'vaccination.record', req.body),
  }),
  route({
    method: 'POST',
    url: '/api/outreach/doses/:id/void',
    summary: 'Void a dose recorded by mistake; it stays on record and no longer counts',
    tag,
    params: idParams,
    body: vaccinationVoid.omit({ doseId: true }),
    handler: (req) => runCommand(req, 'vaccination.void', req.body, { doseId: req.params.id }),
  }),
  route({
    method: 'GET',
    url: '/api/people/:id/doses',
    summary: 'A person’s doses (voided ones too, marked) and the next dose due of each vaccine',
    tag,
    params: idParams,
    async handler(req) {
      const db = req.app.database.db;
      const person = await loadPerson(db, req.actor.orgId, req.params.id);
      ensure(req, 'outreach.read', person.resource, 'not_found');
      const [doses, vaccines] = await Promise.all([
        db
          .selectFrom('doses')
          .selectAll()
          .where('org_id', '=', req.actor.orgId)
          .where('person_id', '=', req.params.id)
          .orderBy('given_on')
          .orderBy('dose_number')
          .execute(),
        db.selectFrom('vaccines').selectAll().where('org_id', '=', req.actor.orgId).execute(),
      ]);
      const items = doses.map(toDoseView);
      const next = vaccines.flatMap((v) => {
        const task = nextDose(
          toVaccineView(v),
          items.filter((d) => d.vaccineId === v.id && d.voidedAt === null),
        );
        return task ? [task] : [];
      });
      return { items, next };
    },
  }),
  route({
    method: 'GET',
    url: '/api/outreach/coverage',
    summary:
      'Coverage of a drive’s target or an area’s people: at least one dose and fully vaccinated, by sex and age band and by sub-area',
    tag,
    query: z.strictObject({
      ...placeQuery,
      vaccineId: idSchema.optional(),
      asOf: dateSchema.optional(),
      format: z.enum(reportFormats).default('json'),
    }),
    async handler(req) {
      ensure(req, 'outreach.read', {});
      const { format, ...query } = req.query;
      const data = await coverageReport(req.app.database.db, req.actor, {
        ...query,
        asOf: query.asOf ?? (await orgToday(req)),
      });
      return respond(req, format, data, coverageDocument);
    },
  }),
  route({
    method: 'GET',
    url: '/api/outreach/exports/doses',
    summary: 'The doses of a drive or an area, as CSV (or JSON, or a page to print)',
    tag,
    query: z.strictObject({ ...placeQuery, format: z.enum(reportFormats).default('csv') }),
    async handler(req) {
      ensure(req, 'outreach.read', {});
      const { format, ...query } = req.query;
      const data = await exportDoses(req.app.database.db, req.actor, query);
      await auditExport(req, query, { format, doses: data.doses.length });
      return respond(req, format, data.doses, (_d, t) => dosesDocument(data, t));
    },
  }),
  route({
    method: 'GET',
    url: '/api/outreach/exports/fhir',
    summary: 'The doses of a drive or an area as a FHIR R4 Bundle (collection) of Patient and Immunization',
    tag,
    query: z.strictObject(placeQuery),
    async handler(req) {
      ensure(req, 'outreach.read', {});
      const data = await exportDoses(req.app.database.db, req.actor, req.query);
      await auditExport(req, req.query, { format: 'fhir', doses: data.doses.length });
      req.reply.type('application/fhir+json; charset=utf-8');
      return fhirBundle(data, new Date().toISOString());
    },
  }),
];
