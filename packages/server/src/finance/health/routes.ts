import { addPeriods, DomainError, dateSchema, idSchema, savingsGroupRatios } from '@groundwork/core';
import { z } from 'zod';
import { ensure } from '../../http/ensure.ts';
import { type AuthedRequest, route } from '../../http/route.ts';
import { loadOrganisation } from '../../orgs/organisations.ts';
import { readableGroup } from '../access.ts';
import { todayIn } from '../today.ts';
import { groupHealth } from './group-health.ts';
import { addDays, addMonths } from './months.ts';
import { groupRatioInputs } from './ratios.ts';
import { financeSummary } from './summary.ts';
import { ratioView, sutraView } from './text.ts';

const idParams = z.strictObject({ id: idSchema });
const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');

type Req = AuthedRequest<unknown, unknown, unknown>;

/** The group whose books the caller may read (404 otherwise), refused if its kind keeps no savings books. */
async function bookGroup(req: Req, id: string) {
  const group = await readableGroup(req, id);
  if (group.kind === 'health_committee') throw new DomainError('finance.no_books', { field: 'id' });
  return group;
}

function inOrder(from: string, to: string) {
  if (from > to) throw new DomainError('report.date_range', { field: 'from' });
}

export const healthRoutes = [
  route({
    method: 'GET',
    url: '/api/groups/:id/health',
    summary:
      'The group’s Panchasutra grade for each month (by default the last 12), each habit with its reason, and the grade history',
    tag: 'finance',
    params: idParams,
    query: z.strictObject({ from: monthSchema.optional(), to: monthSchema.optional() }),
    async handler(req) {
      const group = await bookGroup(req, req.params.id);
      const db = req.app.database.db;
      const org = await loadOrganisation(db, req.actor.orgId);
      const today = todayIn(org.timeZone);
      const to = req.query.to ?? today.slice(0, 7);
      const from = req.query.from ?? addMonths(to, -11);
      inOrder(from, to);
      const months = await groupHealth(db, req.actor.orgId, group, { from, to }, today);
      return {
        groupId: group.id,
        from,
        to,
        asOf: today,
        months: months.map(({ month, score, grade, sutras, figures }) => ({
          month,
          score,
          grade,
          sutras: sutras.map((sutra) => sutraView(req.locale, sutra)),
          figures,
        })),
        grades: months.map(({ month, grade }) => ({ month, grade })),
      };
    },
  }),
  route({
    method: 'GET',
    url: '/api/groups/:id/ratios',
    summary:
      'The group’s savings-group ratios over a period (by default the year up to today), each with its name and definition',
    tag: 'finance',
    params: idParams,
    query: z.strictObject({ from: dateSchema.optional(), to: dateSchema.optional() }),
    async handler(req) {
      const group = await bookGroup(req, req.params.id);
      const db = req.app.database.db;
      const org = await loadOrganisation(db, req.actor.orgId);
      const to = req.query.to ?? todayIn(org.timeZone);
      const from = req.query.from ?? addDays(addPeriods(to, 'monthly', -12), 1);
      inOrder(from, to);
      const inputs = await groupRatioInputs(db, req.actor.orgId, group.id, from, to);
      return {
        groupId: group.id,
        from,
        to,
        currency: org.currency,
        ratios: savingsGroupRatios(inputs).map((ratio) => ratioView(req.locale, org.currency, ratio)),
        inputs,
      };
    },
  }),
  route({
    method: 'GET',
    url: '/api/finance/summary',
    summary:
      'The organisation’s groups in your scope: grades this month, savings and loans, meetings held against due, attendance, PAR30',
    tag: 'finance',
    query: z.strictObject({ months: z.coerce.number().int().min(1).max(60).default(12) }),
    async handler(req) {
      ensure(req, 'finance.read', {});
      const db = req.app.database.db;
      const org = await loadOrganisation(db, req.actor.orgId);
      return financeSummary(db, req.actor, org.currency, req.query.months, todayIn(org.timeZone));
    },
  }),
];
