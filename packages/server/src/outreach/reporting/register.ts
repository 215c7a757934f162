import { type Actor, type SensitiveAttributes, todayIso } from '@groundwork/core';
import type { Kysely } from 'kysely';
import { peopleInScope } from '../../access/scope-sql.ts';
import type { Tables } from '../../db/schema.ts';

export interface RegisterRow {
  id: string;
  name: string;
  sex: string;
  born: string | null;
  areaName: string | null;
  consentDate: string | null;
  /** Doses given (not voided), by vaccine id. */
  doses: Map<string, number>;
  lastHesitancy: { outcome: string; visitedOn: string } | null;
  expectedDeliveryOn: string | null;
  openPlans: number;
  sensitive: SensitiveAttributes | null;
}

export interface Register {
  vaccines: { id: string; name: string; code: string }[];
  rows: RegisterRow[];
}

/** The area and every area beneath it. */
function withDescendants(
  areas: readonly { id: string; parent_id: string | null }[],
  rootId: string,
): string[] {
  const children = new Map<string, string[]>();
  for (const a of areas) {
    if (a.parent_id) children.set(a.parent_id, [...(children.get(a.parent_id) ?? []), a.id]);
  }
  const found = new Set<string>([rootId]);
  const queue = [rootId];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const child of children.get(id) ?? []) {
      if (!found.has(child)) {
        found.add(child);
        queue.push(child);
      }
    }
  }
  return [...found];
}

/**
 * The outreach register: every consenting person the reader may see (in the area and beneath it, when
 * one is named) with her doses per vaccine, her last hesitancy visit, her current pregnancy and her open
 * follow-up plans; her sensitive attributes only when `withSensitive` (the caller has checked the grant).
 */
export async function loadRegister(
  db: Kysely<Tables>,
  actor: Actor,
  options: { areaId?: string; withSensitive: boolean; today?: string },
): Promise<Register> {
  const orgId = actor.orgId;
  const today = options.today ?? todayIso();
  const areas = await db
    .selectFrom('areas')
    .select(['id', 'parent_id', 'name'])
    .where('org_id', '=', orgId)
    .execute();
  const areaIds = options.areaId ? withDescendants(areas, options.areaId) : undefined;
  const people = () => {
    let query = db
      .selectFrom('people')
      .select('people.id')
      .where('people.org_id', '=', orgId)
      .where('people.consent_given', '=', 1)
      .where(peopleInScope(actor));
    if (areaIds) query = query.where('people.area_id', 'in', areaIds);
    return query;
  };
  const persons = await db
    .selectFrom('people')
    .select(['id', 'given_name', 'family_name', 'sex', 'birth_date', 'birth_year', 'area_id', 'consent_date'])
    .where('org_id', '=', orgId)
    .where('id', 'in', people())
    .orderBy('family_name')
    .orderBy('given_name')
    .orderBy('id')
    .execute();
  const vaccines = await db
    .selectFrom('vaccines')
    .select(['id', 'name', 'code'])
    .where('org_id', '=', orgId)
    .orderBy('name')
    .execute();
  const doses = await db
    .selectFrom('doses')
    .select(['person_id', 'vaccine_id', (eb) => eb.fn.countAll().as('n')])
    .where('org_id', '=', orgId)
    .where('voided_at', 'is', null)
    .where('person_id', 'in', people())
    .groupBy(['person_id', 'vaccine_id'])
    .execute();
  const visits = await db
    .selectFrom('hesitancy_visits')
    .select(['person_id', 'outcome', 'visited_on', 'recorded_at'])
    .where('org_id', '=', orgId)
    .where('person_id', 'in', people())
    .orderBy('visited_on')
    .orderBy('recorded_at')
    .execute();
  const pregnancies = await db
    .selectFrom('pregnancies')
    .select(['person_id', 'expected_delivery_on'])
    .where('org_id', '=', orgId)
    .where('delivered_on', 'is', null)
    .where('closed_on', 'is', null)
    .where('person_id', 'in', people())
    .execute();
  const plans = await db
    .selectFrom('follow_up_plans')
    .select(['person_id', (eb) => eb.fn.countAll().as('n')])
    .where('org_id', '=', orgId)
    .where('ended_on', 'is', null)
    .where((eb) => eb.or([eb('ends_on', 'is', null), eb('ends_on', '>=', today)]))
    .where('person_id', 'in', people())
    .groupBy('person_id')
    .execute();
  const sensitive = options.withSensitive
    ? await db
        .selectFrom('person_sensitive')
        .select(['person_id', 'attributes'])
        .where('org_id', '=', orgId)
        .where('person_id', 'in', people())
        .execute()
    : [];

  const areaName = new Map(areas.map((a) => [a.id, a.name]));
  const dosesOf = new Map<string, Map<string, number>>();
  for (const d of doses) {
    const own = dosesOf.get(d.person_id) ?? new Map<string, number>();
    own.set(d.vaccine_id, Number(d.n));
    dosesOf.set(d.person_id, own);
  }
  // Visits come in date order, so the last one set for a person is her latest.
  const lastVisit = new Map(
    visits.map((v) => [v.person_id, { outcome: v.outcome, visitedOn: v.visited_on }]),
  );
  const expected = new Map(pregnancies.map((p) => [p.person_id, p.expected_delivery_on]));
  const openPlans = new Map(plans.map((p) => [p.person_id, Number(p.n)]));
  const attributes = new Map(
    sensitive.map((s) => [s.person_id, JSON.parse(s.attributes) as SensitiveAttributes]),
  );
  return {
    vaccines,
    rows: persons.map((p) => ({
      id: p.id,
      name: [p.given_name, p.family_name].filter(Boolean).join(' '),
      sex: p.sex,
      born: p.birth_date ?? (p.birth_year === null ? null : String(p.birth_year)),
      areaName: p.area_id ? (areaName.get(p.area_id) ?? null) : null,
      consentDate: p.consent_date,
      doses: dosesOf.get(p.id) ?? new Map(),
      lastHesitancy: lastVisit.get(p.id) ?? null,
      expectedDeliveryOn: expected.get(p.id) ?? null,
      openPlans: openPlans.get(p.id) ?? 0,
      sensitive: options.withSensitive ? (attributes.get(p.id) ?? {}) : null,
    })),
  };
}
