import {
  addMonths,
  DomainError,
  dateSchema,
  firstOfMonth,
  idSchema,
  isScoped,
  voucherCancel,
  voucherIssue,
  voucherStatuses,
  voucherUse,
} from '@groundwork/core';
import { z } from 'zod';
import { formatQuery, respond } from '../../finance/reports/respond.ts';
import { todayIn } from '../../finance/today.ts';
import { ensure } from '../../http/ensure.ts';
import { type AnyRoute, route } from '../../http/route.ts';
import { runCommand } from '../../http/run-command.ts';
import { loadOrganisation } from '../../orgs/organisations.ts';
import { loadPerson } from '../../people/store.ts';
import { decodeCursor, page, pageQuery } from '../../shared/pagination.ts';
import { visiblePeople } from '../distributions/scope.ts';
import { voucherReport, voucherReportDocument } from './report.ts';
import { loadVoucher, toVoucherView } from './store.ts';

const idParams = z.strictObject({ id: idSchema });
const tag = 'vouchers';

/** The first day of the month eleven months before `today`: a year of months, this one included. */
const yearOfMonthsTo = (today: string): string => addMonths(firstOfMonth(today), -11);

export const vouchersRoutes: AnyRoute[] = [
  route({
    method: 'POST',
    url: '/api/outreach/vouchers',
    summary: 'Issue a subsidised-care voucher to an eligible person',
    tag,
    body: voucherIssue,
    handler: (req) => runCommand(req, 'voucher.issue', req.body),
  }),
  route({
    method: 'POST',
    url: '/api/outreach/vouchers/:id/use',
    summary: 'Record the voucher used at a facility (once, within its dates, up to its value)',
    tag,
    params: idParams,
    body: voucherUse.omit({ voucherId: true }),
    handler: (req) => runCommand(req, 'voucher.use', req.body, { voucherId: req.params.id }),
  }),
  route({
    method: 'POST',
    url: '/api/outreach/vouchers/:id/cancel',
    summary: 'Cancel a voucher not yet used, with the reason',
    tag,
    params: idParams,
    body: voucherCancel.omit({ voucherId: true }),
    handler: (req) => runCommand(req, 'voucher.cancel', req.body, { voucherId: req.params.id }),
  }),
  route({
    method: 'GET',
    url: '/api/outreach/vouchers/report',
    summary: 'Vouchers issued, used, expired and cancelled, and their value, per month of issue and category',
    tag,
    query: z.strictObject({ format: formatQuery, from: dateSchema.optional(), to: dateSchema.optional() }),
    async handler(req) {
      ensure(req, 'outreach.read', {});
      const db = req.app.database.db;
      const org = await loadOrganisation(db, req.actor.orgId);
      const today = todayIn(org.timeZone);
      const to = req.query.to ?? today;
      const from = req.query.from ?? yearOfMonthsTo(to);
      if (from > to) throw new DomainError('report.date_range', { field: 'from' });
      const data = await voucherReport(db, req.actor, org, { from, to }, today);
      return respond(req, req.query.format, data, (d, t) => voucherReportDocument(d, t, req.locale));
    },
  }),
  route({
    method: 'GET',
    url: '/api/outreach/vouchers',
    summary: 'Vouchers of the people in your scope, newest first; filter by person or status',
    tag,
    query: z.strictObject({
      ...pageQuery,
      personId: idSchema.optional(),
      status: z.enum(voucherStatuses).optional(),
    }),
    async handler(req) {
      ensure(req, 'outreach.read', {});
      const db = req.app.database.db;
      const org = await loadOrganisation(db, req.actor.orgId);
      const today = todayIn(org.timeZone);
      const { limit, cursor, personId, status } = req.query;
      const after = decodeCursor(cursor);
      let query = db.selectFrom('vouchers').selectAll().where('org_id', '=', req.actor.orgId);
      if (isScoped(req.actor)) query = query.where('person_id', 'in', visiblePeople(db, req.actor));
      if (personId) query = query.where('person_id', '=', personId);
      if (after) query = query.where('id', '<', after);
      // The SQL twin of voucherStatus, so that a page holds only vouchers of the status asked for.
      if (status === 'used') query = query.where('used_on', 'is not', null);
      if (status === 'cancelled') query = query.where('cancelled_at', 'is not', null);
      if (status === 'open' || status === 'expired') {
        query = query
          .where('used_on', 'is', null)
          .where('cancelled_at', 'is', null)
          .where('expires_on', status === 'open' ? '>=' : '<', today);
      }
      const rows = await query
        .orderBy('id', 'desc')
        .limit(limit + 1)
        .execute();
      return page(
        rows.map((r) => toVoucherView(r, today)),
        limit,
      );
    },
  }),
  route({
    method: 'GET',
    url: '/api/outreach/vouchers/:id',
    summary: 'One voucher, with its use or cancellation',
    tag,
    params: idParams,
    async handler(req) {
      const db = req.app.database.db;
      const row = await loadVoucher(db, req.actor.orgId, req.params.id);
      const person = await loadPerson(db, req.actor.orgId, row.person_id);
      ensure(req, 'outreach.read', person.resource, 'not_found');
      const org = await loadOrganisation(db, req.actor.orgId);
      return toVoucherView(row, todayIn(org.timeZone));
    },
  }),
];
