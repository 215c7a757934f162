import { type Actor, dosesIndicator } from '@groundwork/core';
import { type Kysely, sql } from 'kysely';
import { peopleInScope } from '../../access/scope-sql.ts';
import type { Tables } from '../../db/schema.ts';

/** How many records of an indicator fall in the period among the people of one area. */
export interface AreaCount {
  indicator: string;
  areaId: string | null;
  count: number;
}

interface Range {
  from: string;
  to: string;
}

/**
 * The month's counts behind a DHIS2 export, per indicator and per the area the person lives in, among
 * the people the reader may see: doses given (not voided) by vaccine and dose number, deliveries (all,
 * and those in a health facility), and home visits.
 */
export async function monthlyCounts(db: Kysely<Tables>, actor: Actor, range: Range): Promise<AreaCount[]> {
  const orgId = actor.orgId;
  const doses = await db
    .selectFrom('doses')
    .innerJoin('people', (j) =>
      j.onRef('people.org_id', '=', 'doses.org_id').onRef('people.id', '=', 'doses.person_id'),
    )
    .innerJoin('vaccines', (j) =>
      j.onRef('vaccines.org_id', '=', 'doses.org_id').onRef('vaccines.id', '=', 'doses.vaccine_id'),
    )
    .select(['people.area_id', 'vaccines.code', 'doses.dose_number', (eb) => eb.fn.countAll().as('n')])
    .where('doses.org_id', '=', orgId)
    .where('doses.voided_at', 'is', null)
    .where('doses.given_on', '>=', range.from)
    .where('doses.given_on', '<=', range.to)
    .where(peopleInScope(actor))
    .groupBy(['people.area_id', 'vaccines.code', 'doses.dose_number'])
    .execute();
  const deliveries = await db
    .selectFrom('pregnancies')
    .innerJoin('people', (j) =>
      j.onRef('people.org_id', '=', 'pregnancies.org_id').onRef('people.id', '=', 'pregnancies.person_id'),
    )
    .select([
      'people.area_id',
      (eb) => eb.fn.countAll().as('n'),
      sql<number>`sum(case when pregnancies.delivery_place = 'health_facility' then 1 else 0 end)`.as(
        'facility',
      ),
    ])
    .where('pregnancies.org_id', '=', orgId)
    .where('pregnancies.delivered_on', '>=', range.from)
    .where('pregnancies.delivered_on', '<=', range.to)
    .where(peopleInScope(actor))
    .groupBy('people.area_id')
    .execute();
  const visits = await db
    .selectFrom('home_visits')
    .innerJoin('people', (j) =>
      j.onRef('people.org_id', '=', 'home_visits.org_id').onRef('people.id', '=', 'home_visits.person_id'),
    )
    .select(['people.area_id', (eb) => eb.fn.countAll().as('n')])
    .where('home_visits.org_id', '=', orgId)
    .where('home_visits.visited_on', '>=', range.from)
    .where('home_visits.visited_on', '<=', range.to)
    .where(peopleInScope(actor))
    .groupBy('people.area_id')
    .execute();
  return [
    ...doses.map((r) => ({
      indicator: dosesIndicator(r.code, Number(r.dose_number)),
      areaId: r.area_id,
      count: Number(r.n),
    })),
    ...deliveries.flatMap((r) => [
      { indicator: 'deliveries:all', areaId: r.area_id, count: Number(r.n) },
      { indicator: 'deliveries:facility', areaId: r.area_id, count: Number(r.facility ?? 0) },
    ]),
    ...visits.map((r) => ({ indicator: 'home_visits', areaId: r.area_id, count: Number(r.n) })),
  ];
}
