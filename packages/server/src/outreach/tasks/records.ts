import type {
  DeliveryOutcome,
  DeliveryPlace,
  FollowUpPlanKind,
  HesitancyOutcome,
  PersonTaskRecords,
  TaskCatalogue,
  TaskDose,
  TaskHesitancyVisit,
  TaskHomeVisit,
  TaskPlan,
  TaskPregnancy,
} from '@groundwork/core';
import type { Expression, ExpressionBuilder, Kysely, SqlBool } from 'kysely';
import type { Tables } from '../../db/schema.ts';
import { outreachSettings } from '../hesitancy/settings.ts';

/** Which people a list covers: a scope predicate on `people`, from `peopleInScope`. */
export type PeopleFilter = (eb: ExpressionBuilder<Tables, 'people'>) => Expression<SqlBool>;

export interface TaskPerson {
  id: string;
  name: string;
  areaId: string | null;
  areaName: string | null;
  /** Her current groups, read only when asked for (to place her in each worker's scope). */
  groupIds: string[];
}

export interface LoadedTaskRecords {
  people: TaskPerson[];
  records: PersonTaskRecords[];
  catalogue: TaskCatalogue;
  /** Vaccine names by id, for the words of a dose or follow-up task. */
  vaccineNames: Map<string, string>;
}

/** The records of one person while they are gathered. */
interface GatheredRecords {
  person: { id: string };
  doses: TaskDose[];
  hesitancyVisits: TaskHesitancyVisit[];
  plans: TaskPlan[];
  homeVisits: TaskHomeVisit[];
  pregnancies: TaskPregnancy[];
}

/**
 * Everything the task rules read for a set of people, in one query per kind of record whatever the number
 * of people: each reads the records of the people the filter selects through a subquery, so the
 * database meets the people once per query by the `(org_id, person_id …)` index of each table. Only
 * people who have given consent are read: no health work is done for anyone else. Of a plan's visits only
 * its latest up to today is read, because the next visit follows from it alone (`nextHomeVisitTask`; the
 * core test `home visits: the latest visit decides` holds the two to the same answer), and plans that had
 * ended before today owe no visit, so their visits are not read at all: a child followed for four years
 * has some ninety visits, and the list would otherwise read them every morning.
 */
export async function loadTaskRecords(
  db: Kysely<Tables>,
  orgId: string,
  filter: PeopleFilter,
  today: string,
  options: { withGroups?: boolean } = {},
): Promise<LoadedTaskRecords> {
  const ids = db
    .selectFrom('people')
    .select('people.id')
    .where('people.org_id', '=', orgId)
    .where('people.consent_given', '=', 1)
    .where(filter);
  const [people, vaccines, settings, doses, visits, plans, homeVisits, pregnancies, postnatal, groups] =
    await Promise.all([
      db
        .selectFrom('people')
        .leftJoin('areas', (j) =>
          j.onRef('areas.org_id', '=', 'people.org_id').onRef('areas.id', '=', 'people.area_id'),
        )
        .select([
          'people.id',
          'people.given_name',
          'people.family_name',
          'people.area_id',
          'areas.name as area_name',
        ])
        .where('people.org_id', '=', orgId)
        .where('people.consent_given', '=', 1)
        .where(filter)
        .orderBy('people.id')
        .execute(),
      db
        .selectFrom('vaccines')
        .select(['id', 'name', 'doses_in_series', 'min_interval_days'])
        .where('org_id', '=', orgId)
        .orderBy('id')
        .execute(),
      outreachSettings(db, orgId),
      db
        .selectFrom('doses')
        .select(['person_id', 'vaccine_id', 'dose_number', 'given_on'])
        .where('org_id', '=', orgId)
        .where('voided_at', 'is', null)
        .where('person_id', 'in', ids)
        .execute(),
      db
        .selectFrom('hesitancy_visits')
        .select(['id', 'person_id', 'vaccine_id', 'visited_on', 'outcome', 'next_visit_on'])
        .where('org_id', '=', orgId)
        .where('person_id', 'in', ids)
        .execute(),
      db
        .selectFrom('follow_up_plans')
        .select(['id', 'person_id', 'kind', 'starts_on', 'ends_on', 'ended_on'])
        .where('org_id', '=', orgId)
        .where('person_id', 'in', ids)
        .execute(),
      db
        .selectFrom('home_visits')
        .innerJoin('follow_up_plans as plan', (j) =>
          j.onRef('plan.org_id', '=', 'home_visits.org_id').onRef('plan.id', '=', 'home_visits.plan_id'),
        )
        .select((eb) => [
          'home_visits.person_id',
          'home_visits.plan_id',
          eb.fn.max('home_visits.visited_on').as('visited_on'),
        ])
        .where('home_visits.org_id', '=', orgId)
        .where('home_visits.person_id', 'in', ids)
        .whereRef('home_visits.visited_on', '>=', 'plan.starts_on')
        .where('home_visits.visited_on', '<=', today)
        .where((eb) => eb.or([eb('plan.ended_on', 'is', null), eb('plan.ended_on', '>=', today)]))
        .where((eb) => eb.or([eb('plan.ends_on', 'is', null), eb('plan.ends_on', '>=', today)]))
        .groupBy(['home_visits.person_id', 'home_visits.plan_id'])
        .execute(),
      db
        .selectFrom('pregnancies')
        .select(['id', 'person_id', 'delivered_on', 'delivery_place', 'outcome'])
        .where('org_id', '=', orgId)
        .where('delivered_on', 'is not', null)
        .where('person_id', 'in', ids)
        .execute(),
      db
        .selectFrom('postnatal_visits')
        .innerJoin('pregnancies', (j) =>
          j
            .onRef('pregnancies.org_id', '=', 'postnatal_visits.org_id')
            .onRef('pregnancies.id', '=', 'postnatal_visits.pregnancy_id'),
        )
        .select(['postnatal_visits.pregnancy_id', 'postnatal_visits.visited_on'])
        .where('postnatal_visits.org_id', '=', orgId)
        .where('pregnancies.person_id', 'in', ids)
        .execute(),
      options.withGroups
        ? db
            .selectFrom('memberships')
            .select(['person_id', 'group_id'])
            .where('org_id', '=', orgId)
            .where('left_on', 'is', null)
            .where('person_id', 'in', ids)
            .execute()
        : Promise.resolve([]),
    ]);

  const byPerson = new Map<string, GatheredRecords>();
  const taskPeople: TaskPerson[] = people.map((p) => {
    byPerson.set(p.id, {
      person: { id: p.id },
      doses: [],
      hesitancyVisits: [],
      plans: [],
      homeVisits: [],
      pregnancies: [],
    });
    return {
      id: p.id,
      name: [p.given_name, p.family_name].filter(Boolean).join(' '),
      areaId: p.area_id,
      areaName: p.area_name,
      groupIds: [],
    };
  });
  const of = (personId: string) => byPerson.get(personId);
  for (const d of doses) {
    of(d.person_id)?.doses.push({
      vaccineId: d.vaccine_id,
      doseNumber: d.dose_number,
      givenOn: d.given_on,
      voidedAt: null,
    });
  }
  for (const v of visits) {
    of(v.person_id)?.hesitancyVisits.push({
      id: v.id,
      vaccineId: v.vaccine_id,
      visitedOn: v.visited_on,
      outcome: v.outcome as HesitancyOutcome,
      nextVisitOn: v.next_visit_on,
    });
  }
  for (const p of plans) {
    of(p.person_id)?.plans.push({
      id: p.id,
      kind: p.kind as FollowUpPlanKind,
      startsOn: p.starts_on,
      endsOn: p.ends_on,
      endedOn: p.ended_on,
    });
  }
  for (const v of homeVisits)
    of(v.person_id)?.homeVisits.push({ planId: v.plan_id, visitedOn: v.visited_on });
  const postnatalOf = new Map<string, { visitedOn: string }[]>();
  for (const v of postnatal) {
    const list = postnatalOf.get(v.pregnancy_id) ?? [];
    list.push({ visitedOn: v.visited_on });
    postnatalOf.set(v.pregnancy_id, list);
  }
  for (const p of pregnancies) {
    of(p.person_id)?.pregnancies.push({
      id: p.id,
      delivery: {
        deliveredOn: p.delivered_on as string,
        place: p.delivery_place as DeliveryPlace,
        outcome: p.outcome as DeliveryOutcome,
      },
      postnatalVisits: postnatalOf.get(p.id) ?? [],
    });
  }
  const groupsOf = new Map<string, string[]>();
  for (const g of groups) groupsOf.set(g.person_id, [...(groupsOf.get(g.person_id) ?? []), g.group_id]);
  for (const person of taskPeople) person.groupIds = groupsOf.get(person.id) ?? [];

  return {
    people: taskPeople,
    records: taskPeople.map((p) => byPerson.get(p.id)!),
    catalogue: {
      vaccines: vaccines.map((v) => ({
        id: v.id,
        dosesInSeries: v.doses_in_series,
        minIntervalDays: v.min_interval_days,
      })),
      maxRefusals: settings.maxRefusals,
    },
    vaccineNames: new Map(vaccines.map((v) => [v.id, v.name])),
  };
}
