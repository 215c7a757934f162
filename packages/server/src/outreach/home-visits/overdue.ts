import {
  type Actor,
  type DeliveryOutcome,
  type DeliveryPlace,
  homeVisitStatus,
  nextHomeVisitTask,
  nextPostnatalTask,
  postnatalPeriodOpenSince,
} from '@groundwork/core';
import type { Kysely } from 'kysely';
import { peopleInScope } from '../../access/scope-sql.ts';
import type { Tables } from '../../db/schema.ts';
import { toSchedule } from './store.ts';

export interface OverdueHomeVisit {
  planId: string;
  personId: string;
  personName: string;
  areaId: string | null;
  planKind: string;
  dueOn: string;
  windowEndsOn: string;
  missedWindows: number;
  lastVisitedOn: string | null;
}

export interface OverduePostnatalVisit {
  pregnancyId: string;
  personId: string;
  personName: string;
  areaId: string | null;
  deliveredOn: string;
  contact: string;
  dueOn: string;
  windowEndsOn: string;
}

const nameOf = (r: { given_name: string; family_name: string | null }) =>
  r.family_name ? `${r.given_name} ${r.family_name}` : r.given_name;

/**
 * Plans running today whose owed visit's window has passed: each with the day it was first due and how
 * many windows have gone by without it. The latest visit of each plan is all the rule needs.
 */
export async function overdueHomeVisits(
  db: Kysely<Tables>,
  actor: Actor,
  areaIds: string[] | null,
  today: string,
): Promise<OverdueHomeVisit[]> {
  let query = db
    .selectFrom('people')
    .innerJoin('follow_up_plans as plan', (j) =>
      j.onRef('plan.org_id', '=', 'people.org_id').onRef('plan.person_id', '=', 'people.id'),
    )
    .selectAll('plan')
    .select(['people.given_name', 'people.family_name', 'people.area_id'])
    .select((eb) =>
      eb
        .selectFrom('home_visits')
        .select((v) => v.fn.max('home_visits.visited_on').as('last'))
        .whereRef('home_visits.org_id', '=', 'plan.org_id')
        .whereRef('home_visits.plan_id', '=', 'plan.id')
        .where('home_visits.visited_on', '<=', today)
        .as('last_visited_on'),
    )
    .where('people.org_id', '=', actor.orgId)
    .where(peopleInScope(actor))
    .where('plan.starts_on', '<=', today)
    .where((eb) => eb.or([eb('plan.ended_on', 'is', null), eb('plan.ended_on', '>=', today)]))
    .where((eb) => eb.or([eb('plan.ends_on', 'is', null), eb('plan.ends_on', '>=', today)]));
  if (areaIds) query = query.where('people.area_id', 'in', areaIds);
  const rows = await query.execute();
  const overdue: OverdueHomeVisit[] = [];
  for (const row of rows) {
    const last = row.last_visited_on ?? null;
    const task = nextHomeVisitTask(toSchedule(row), last ? [last] : [], today);
    if (!task || homeVisitStatus(task, today) !== 'overdue') continue;
    overdue.push({
      planId: row.id,
      personId: row.person_id,
      personName: nameOf(row),
      areaId: row.area_id,
      planKind: row.kind,
      dueOn: task.dueOn,
      windowEndsOn: String(task.detail?.windowEndsOn),
      missedWindows: Number(task.detail?.missedWindows ?? 0),
      lastVisitedOn: last,
    });
  }
  return overdue.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.planId.localeCompare(b.planId));
}

/** Deliveries within the six postnatal weeks whose owed postnatal contact's window has passed. */
export async function overduePostnatalVisits(
  db: Kysely<Tables>,
  actor: Actor,
  areaIds: string[] | null,
  today: string,
): Promise<OverduePostnatalVisit[]> {
  let query = db
    .selectFrom('people')
    .innerJoin('pregnancies as p', (j) =>
      j.onRef('p.org_id', '=', 'people.org_id').onRef('p.person_id', '=', 'people.id'),
    )
    .select(['p.id', 'p.person_id', 'p.delivered_on', 'p.delivery_place', 'p.outcome'])
    .select(['people.given_name', 'people.family_name', 'people.area_id'])
    .where('people.org_id', '=', actor.orgId)
    .where(peopleInScope(actor))
    .where('p.delivered_on', '>=', postnatalPeriodOpenSince(today))
    .where('p.delivered_on', '<=', today);
  if (areaIds) query = query.where('people.area_id', 'in', areaIds);
  const rows = await query.execute();
  if (rows.length === 0) return [];
  const visits = await db
    .selectFrom('postnatal_visits')
    .select(['pregnancy_id', 'visited_on'])
    .where('org_id', '=', actor.orgId)
    .where(
      'pregnancy_id',
      'in',
      rows.map((r) => r.id),
    )
    .execute();
  const overdue: OverduePostnatalVisit[] = [];
  for (const row of rows) {
    const deliveredOn = row.delivered_on ?? '';
    const dates = visits.filter((v) => v.pregnancy_id === row.id).map((v) => v.visited_on);
    const task = nextPostnatalTask(
      {
        id: row.id,
        personId: row.person_id,
        deliveredOn,
        place: row.delivery_place as DeliveryPlace,
        outcome: row.outcome as DeliveryOutcome,
      },
      dates,
      today,
    );
    if (!task || homeVisitStatus(task, today) !== 'overdue') continue;
    overdue.push({
      pregnancyId: row.id,
      personId: row.person_id,
      personName: nameOf(row),
      areaId: row.area_id,
      deliveredOn,
      contact: String(task.detail?.contact),
      dueOn: task.dueOn,
      windowEndsOn: String(task.detail?.windowEndsOn),
    });
  }
  return overdue.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.pregnancyId.localeCompare(b.pregnancyId));
}
