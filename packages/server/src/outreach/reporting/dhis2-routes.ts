import { addDays, DomainError, dhis2ExportQuery, dhis2MappingSet, dhis2MonthRange } from '@groundwork/core';
import { todayIn } from '../../finance/today.ts';
import { ensure } from '../../http/ensure.ts';
import { type AuthedRequest, route } from '../../http/route.ts';
import { runCommand } from '../../http/run-command.ts';
import { loadOrganisation } from '../../orgs/organisations.ts';
import { buildDhis2Export } from './dhis2-export.ts';
import { loadDhis2Mapping } from './mapping.ts';
import { monthlyCounts } from './monthly-counts.ts';

type Query = { period: string; complete: 'true' | 'false' };

/**
 * The month's export and what was left out of it. Counts are of the people the reader may see, so a
 * worker scoped to a ward exports her ward. A month that has not begun is refused rather than sent empty.
 */
async function exportFor(req: AuthedRequest<unknown, Query, unknown>) {
  ensure(req, 'outreach.read', {});
  const { period, complete } = req.query;
  const db = req.app.database.db;
  const org = await loadOrganisation(db, req.actor.orgId);
  const today = todayIn(org.timeZone);
  const range = dhis2MonthRange(period);
  if (range.from > today)
    throw new DomainError('dhis2.period_in_future', { field: 'query.period', params: { period } });
  const mapping = await loadDhis2Mapping(db, req.actor.orgId);
  let completeDate: string | undefined;
  if (complete === 'true') {
    if (!mapping.dataSet)
      throw new DomainError('dhis2.complete_without_data_set', { field: 'query.complete' });
    if (range.to >= today) {
      throw new DomainError('dhis2.period_not_over', {
        field: 'query.complete',
        params: { period, date: addDays(range.to, 1) },
      });
    }
    completeDate = today;
  }
  const counts = await monthlyCounts(db, req.actor, range);
  return buildDhis2Export(db, req.actor.orgId, period, counts, mapping, completeDate);
}

export const dhis2Routes = [
  route({
    method: 'GET',
    url: '/api/outreach/dhis2-mapping',
    summary: 'The organisation’s DHIS2 mapping: data set, indicator → data element, area → organisation unit',
    tag: 'outreach',
    async handler(req) {
      ensure(req, 'outreach.read', {});
      return loadDhis2Mapping(req.app.database.db, req.actor.orgId);
    },
  }),
  route({
    method: 'PUT',
    url: '/api/outreach/dhis2-mapping',
    summary: 'Set the whole DHIS2 mapping (replaces the one before; needs outreach.manage)',
    tag: 'outreach',
    body: dhis2MappingSet,
    handler: (req) => runCommand(req, 'outreach.dhis2_mapping.set', req.body),
  }),
  route({
    method: 'GET',
    url: '/api/outreach/exports/dhis2',
    summary:
      'DHIS2 dataValueSets JSON of a month (period 202611): doses, deliveries, home visits per organisation unit; counts under 5, unmapped indicators and unmapped areas are left out, counted in the X-Dhis2-Left-Out header and named by the preview',
    tag: 'outreach',
    query: dhis2ExportQuery,
    async handler(req) {
      const { valueSet, leftOut } = await exportFor(req);
      // What was not sent, in short; the preview route names each item.
      req.reply.header(
        'x-dhis2-left-out',
        `unmapped-indicators=${leftOut.unmappedIndicators.length}; unmapped-areas=${leftOut.unmappedAreas.length}; suppressed=${leftOut.suppressed.length}`,
      );
      return valueSet;
    },
  }),
  route({
    method: 'GET',
    url: '/api/outreach/exports/dhis2/preview',
    summary:
      'What the DHIS2 export of a month would send, and what it leaves out: unmapped indicators and areas, suppressed counts',
    tag: 'outreach',
    query: dhis2ExportQuery,
    async handler(req) {
      const { valueSet, leftOut } = await exportFor(req);
      return { period: valueSet.period, dataValues: valueSet.dataValues.length, valueSet, leftOut };
    },
  }),
];
