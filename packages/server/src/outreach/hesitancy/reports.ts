import {
  type Actor,
  type FunnelReport,
  type HesitancyOutcome,
  type HesitancyReason,
  hesitancyFunnel,
  type ReasonsReport,
  reasonsByMonth,
} from '@groundwork/core';
import type { Kysely } from 'kysely';
import { peopleInScope } from '../../access/scope-sql.ts';
import type { Tables } from '../../db/schema.ts';

export interface ReportFilter {
  /** Only people living in these areas (an area and those beneath it). */
  areaIds?: string[];
  vaccineId?: string;
  /** null: from the first visit recorded. */
  from: string | null;
  to: string;
}

/** Visits of the people the actor may see, narrowed by the filter, up to the period's end. */
function visitsQuery(db: Kysely<Tables>, actor: Actor, filter: ReportFilter) {
  let query = db
    .selectFrom('hesitancy_visits')
    .innerJoin('people', (j) =>
      j
        .onRef('people.org_id', '=', 'hesitancy_visits.org_id')
        .onRef('people.id', '=', 'hesitancy_visits.person_id'),
    )
    .where('hesitancy_visits.org_id', '=', actor.orgId)
    .where('hesitancy_visits.visited_on', '<=', filter.to)
    .where(peopleInScope(actor));
  if (filter.areaIds) query = query.where('people.area_id', 'in', filter.areaIds);
  if (filter.vaccineId) query = query.where('hesitancy_visits.vaccine_id', '=', filter.vaccineId);
  return query;
}

async function vaccineNames(db: Kysely<Tables>, orgId: string): Promise<Map<string, string>> {
  const rows = await db.selectFrom('vaccines').select(['id', 'name']).where('org_id', '=', orgId).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The funnel visited → counselled → agreed → vaccinated; the definitions are those of `hesitancyFunnel`. */
export async function funnelReport(
  db: Kysely<Tables>,
  actor: Actor,
  filter: ReportFilter,
): Promise<FunnelReport> {
  const visits = await visitsQuery(db, actor, filter)
    .select([
      'hesitancy_visits.person_id',
      'hesitancy_visits.vaccine_id',
      'hesitancy_visits.visited_on',
      'hesitancy_visits.outcome',
      'hesitancy_visits.counselling_messages',
      'hesitancy_visits.counselling_notes',
    ])
    .execute();
  // Only the doses of people followed for that vaccine matter; the rest of the registry is not read.
  let dosesQuery = db
    .selectFrom('doses')
    .innerJoin('people', (j) =>
      j.onRef('people.org_id', '=', 'doses.org_id').onRef('people.id', '=', 'doses.person_id'),
    )
    .select(['doses.person_id', 'doses.vaccine_id', 'doses.given_on'])
    .where('doses.org_id', '=', actor.orgId)
    .where('doses.voided_at', 'is', null)
    .where('doses.given_on', '<=', filter.to)
    .where(peopleInScope(actor))
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('hesitancy_visits')
          .select('hesitancy_visits.id')
          .whereRef('hesitancy_visits.org_id', '=', 'doses.org_id')
          .whereRef('hesitancy_visits.person_id', '=', 'doses.person_id')
          .whereRef('hesitancy_visits.vaccine_id', '=', 'doses.vaccine_id'),
      ),
    );
  if (filter.areaIds) dosesQuery = dosesQuery.where('people.area_id', 'in', filter.areaIds);
  if (filter.vaccineId) dosesQuery = dosesQuery.where('doses.vaccine_id', '=', filter.vaccineId);
  const [doses, names] = await Promise.all([dosesQuery.execute(), vaccineNames(db, actor.orgId)]);
  const rows = hesitancyFunnel(
    visits.map((v) => ({
      personId: v.person_id,
      vaccineId: v.vaccine_id,
      visitedOn: v.visited_on,
      outcome: v.outcome as HesitancyOutcome,
      counselled: v.counselling_notes !== null || JSON.parse(v.counselling_messages).length > 0,
    })),
    doses.map((d) => ({ personId: d.person_id, vaccineId: d.vaccine_id, givenOn: d.given_on })),
    { from: filter.from, to: filter.to },
  );
  return {
    from: filter.from,
    to: filter.to,
    rows: rows.map((r) => ({ ...r, vaccineName: names.get(r.vaccineId) ?? r.vaccineId })),
  };
}

/** Per month of the period, how many visited people gave each reason. */
export async function reasonsReport(
  db: Kysely<Tables>,
  actor: Actor,
  filter: ReportFilter,
): Promise<ReasonsReport> {
  let query = visitsQuery(db, actor, filter).select([
    'hesitancy_visits.person_id',
    'hesitancy_visits.visited_on',
    'hesitancy_visits.reasons',
  ]);
  if (filter.from) query = query.where('hesitancy_visits.visited_on', '>=', filter.from);
  const visits = await query.execute();
  return {
    from: filter.from,
    to: filter.to,
    months: reasonsByMonth(
      visits.map((v) => ({
        personId: v.person_id,
        visitedOn: v.visited_on,
        reasons: JSON.parse(v.reasons) as HesitancyReason[],
      })),
    ),
  };
}
