import { DomainError } from '@groundwork/core';
import { todayIn } from '../../finance/today.ts';
import { ensure } from '../../http/ensure.ts';
import type { AuthedRequest } from '../../http/route.ts';
import { loadOrganisation } from '../../orgs/organisations.ts';
import { areaAndBelow } from '../areas.ts';
import { loadVaccine } from '../vaccination/store.ts';
import type { ReportSubject } from './documents.ts';

export interface ReportQuery {
  areaId?: string | undefined;
  vaccineId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export interface ResolvedReport {
  areaIds?: string[];
  vaccineId?: string;
  from: string | null;
  to: string;
  today: string;
  subject: ReportSubject;
}

/**
 * What an outreach report reads, checked: the area (with all beneath it) and the vaccine of the caller's
 * organisation, else 404; an area outside a scoped worker's own, 404 too. The period ends today where the
 * organisation works unless it says otherwise.
 */
export async function resolveReport(
  req: AuthedRequest<unknown, unknown, unknown>,
  query: ReportQuery,
): Promise<ResolvedReport> {
  ensure(req, 'outreach.read', {});
  const db = req.app.database.db;
  const org = await loadOrganisation(db, req.actor.orgId);
  const today = todayIn(org.timeZone);
  const to = query.to ?? today;
  const from = query.from ?? null;
  if (from !== null && from > to) throw new DomainError('report.date_range', { field: 'from' });
  let areaIds: string[] | undefined;
  let areaName: string | null = null;
  if (query.areaId) {
    const area = await db
      .selectFrom('areas')
      .select(['id', 'name'])
      .where('org_id', '=', req.actor.orgId)
      .where('id', '=', query.areaId)
      .executeTakeFirst();
    if (!area) throw new DomainError('resource.not_found');
    ensure(req, 'outreach.read', { areaId: area.id }, 'not_found');
    areaIds = await areaAndBelow(db, req.actor.orgId, area.id);
    areaName = area.name;
  }
  const vaccine = query.vaccineId ? await loadVaccine(db, req.actor.orgId, query.vaccineId) : null;
  return {
    ...(areaIds ? { areaIds } : {}),
    ...(vaccine ? { vaccineId: vaccine.id } : {}),
    from,
    to,
    today,
    subject: { areaName, vaccineName: vaccine?.name ?? null, locale: req.locale },
  };
}
