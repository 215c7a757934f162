import {
  type Actor,
  type FollowUpVisit,
  followUpState,
  type HesitancyOutcome,
  hesitancyFollowUpTask,
  type Task,
} from '@groundwork/core';
import type { Kysely } from 'kysely';
import { peopleInScope } from '../../access/scope-sql.ts';
import type { Tables } from '../../db/schema.ts';
import { outreachSettings } from './settings.ts';

export interface FollowUpFilter {
  /** Only people living in these areas (an area and those beneath it). */
  areaIds?: string[];
  vaccineId?: string;
}

export interface FollowUpItem {
  personId: string;
  name: string;
  areaId: string | null;
  vaccineId: string;
  vaccineName: string;
  visits: number;
  refusals: number;
  lastVisitedOn: string;
  lastOutcome: HesitancyOutcome;
  nextVisitOn: string;
  task: Task;
}

const key = (personId: string, vaccineId: string) => `${personId}\u0000${vaccineId}`;

/**
 * The people on the hesitancy follow-up list that the actor may see, soonest due first. Two queries:
 * the visits of the people in scope, and which of them already have a dose that counts.
 */
export async function loadFollowUps(
  db: Kysely<Tables>,
  actor: Actor,
  filter: FollowUpFilter = {},
): Promise<FollowUpItem[]> {
  const { maxRefusals } = await outreachSettings(db, actor.orgId);
  let visitsQuery = db
    .selectFrom('hesitancy_visits')
    .innerJoin('people', (j) =>
      j
        .onRef('people.org_id', '=', 'hesitancy_visits.org_id')
        .onRef('people.id', '=', 'hesitancy_visits.person_id'),
    )
    .innerJoin('vaccines', (j) =>
      j
        .onRef('vaccines.org_id', '=', 'hesitancy_visits.org_id')
        .onRef('vaccines.id', '=', 'hesitancy_visits.vaccine_id'),
    )
    .select([
      'hesitancy_visits.id',
      'hesitancy_visits.person_id',
      'hesitancy_visits.vaccine_id',
      'hesitancy_visits.visited_on',
      'hesitancy_visits.outcome',
      'hesitancy_visits.next_visit_on',
      'people.given_name',
      'people.family_name',
      'people.area_id',
      'vaccines.name as vaccine_name',
    ])
    .where('hesitancy_visits.org_id', '=', actor.orgId)
    .where(peopleInScope(actor));
  let dosesQuery = db
    .selectFrom('doses')
    .innerJoin('people', (j) =>
      j.onRef('people.org_id', '=', 'doses.org_id').onRef('people.id', '=', 'doses.person_id'),
    )
    .select(['doses.person_id', 'doses.vaccine_id'])
    .distinct()
    .where('doses.org_id', '=', actor.orgId)
    .where('doses.voided_at', 'is', null)
    .where(peopleInScope(actor));
  if (filter.areaIds) {
    visitsQuery = visitsQuery.where('people.area_id', 'in', filter.areaIds);
    dosesQuery = dosesQuery.where('people.area_id', 'in', filter.areaIds);
  }
  if (filter.vaccineId) {
    visitsQuery = visitsQuery.where('hesitancy_visits.vaccine_id', '=', filter.vaccineId);
    dosesQuery = dosesQuery.where('doses.vaccine_id', '=', filter.vaccineId);
  }
  const [visitRows, doseRows] = await Promise.all([visitsQuery.execute(), dosesQuery.execute()]);
  const vaccinated = new Set(doseRows.map((d) => key(d.person_id, d.vaccine_id)));
  const subjects = new Map<string, { first: (typeof visitRows)[number]; visits: FollowUpVisit[] }>();
  for (const r of visitRows) {
    const k = key(r.person_id, r.vaccine_id);
    const visit = {
      id: r.id,
      visitedOn: r.visited_on,
      outcome: r.outcome as HesitancyOutcome,
      nextVisitOn: r.next_visit_on,
    };
    const subject = subjects.get(k);
    if (subject) subject.visits.push(visit);
    else subjects.set(k, { first: r, visits: [visit] });
  }
  const items: FollowUpItem[] = [];
  for (const [k, { first, visits }] of subjects) {
    const input = {
      personId: first.person_id,
      vaccineId: first.vaccine_id,
      visits,
      vaccinated: vaccinated.has(k),
      maxRefusals,
    };
    const task = hesitancyFollowUpTask(input);
    if (!task) continue;
    const state = followUpState(visits, input.vaccinated, maxRefusals);
    const last = state.last as FollowUpVisit;
    items.push({
      personId: first.person_id,
      name: [first.given_name, first.family_name].filter(Boolean).join(' '),
      areaId: first.area_id,
      vaccineId: first.vaccine_id,
      vaccineName: first.vaccine_name,
      visits: state.visits,
      refusals: state.refusals,
      lastVisitedOn: last.visitedOn,
      lastOutcome: last.outcome,
      nextVisitOn: task.dueOn,
      task,
    });
  }
  return items.sort((a, b) =>
    a.nextVisitOn === b.nextVisitOn ? (a.name < b.name ? -1 : 1) : a.nextVisitOn < b.nextVisitOn ? -1 : 1,
  );
}
