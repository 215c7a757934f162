import { minimumCellSize, type NetworkOutreach, networkFigures, type OutreachCounts } from '@groundwork/core';
import { type Kysely, sql } from 'kysely';
import type { Tables } from '../../db/schema.ts';

interface Range {
  from: string;
  to: string;
}

type Counted = Map<string, number>;

const byOrg = (rows: { org_id: string; n: unknown }[]): Counted =>
  new Map(rows.map((r) => [r.org_id, Number(r.n)]));

/** Each organisation's raw counts for the period, in five grouped queries whatever the number of partners. */
async function countsOf(
  db: Kysely<Tables>,
  orgIds: string[],
  range: Range,
): Promise<Map<string, OutreachCounts>> {
  const doses = () =>
    db
      .selectFrom('doses')
      .where('doses.org_id', 'in', orgIds)
      .where('doses.voided_at', 'is', null)
      .where('doses.given_on', '>=', range.from)
      .where('doses.given_on', '<=', range.to);
  const withDose = await doses()
    .select(['doses.org_id', sql<number>`count(distinct doses.person_id)`.as('n')])
    .groupBy('doses.org_id')
    .execute();
  // The dose that completes a series, given in the period, makes the person fully vaccinated in it.
  const completed = await doses()
    .innerJoin('vaccines', (j) =>
      j.onRef('vaccines.org_id', '=', 'doses.org_id').onRef('vaccines.id', '=', 'doses.vaccine_id'),
    )
    .whereRef('doses.dose_number', '>=', 'vaccines.doses_in_series')
    .select(['doses.org_id', sql<number>`count(distinct doses.person_id)`.as('n')])
    .groupBy('doses.org_id')
    .execute();
  const deliveries = await db
    .selectFrom('pregnancies')
    .select([
      'org_id',
      (eb) => eb.fn.countAll().as('n'),
      sql<number>`sum(case when delivery_place = 'health_facility' then 1 else 0 end)`.as('facility'),
    ])
    .where('org_id', 'in', orgIds)
    .where('delivered_on', '>=', range.from)
    .where('delivered_on', '<=', range.to)
    .groupBy('org_id')
    .execute();
  const visits = await db
    .selectFrom('home_visits')
    .select(['org_id', (eb) => eb.fn.countAll().as('n')])
    .where('org_id', 'in', orgIds)
    .where('visited_on', '>=', range.from)
    .where('visited_on', '<=', range.to)
    .groupBy('org_id')
    .execute();
  const dosed = byOrg(withDose);
  const full = byOrg(completed);
  const delivered = byOrg(deliveries);
  const facility = byOrg(deliveries.map((r) => ({ org_id: r.org_id, n: r.facility ?? 0 })));
  const visited = byOrg(visits);
  return new Map(
    orgIds.map((id) => [
      id,
      {
        peopleWithDose: dosed.get(id) ?? 0,
        fullyVaccinated: full.get(id) ?? 0,
        deliveries: delivered.get(id) ?? 0,
        facilityDeliveries: facility.get(id) ?? 0,
        homeVisits: visited.get(id) ?? 0,
      },
    ]),
  );
}

/**
 * What a network viewer sees: for every network her organisation belongs to, each partner's outreach
 * counts and the network's total, suppressed under the minimum cell size. Nothing about a person or an
 * area below the organisation is read into the answer.
 */
export async function networkOutreach(
  db: Kysely<Tables>,
  orgId: string,
  range: Range,
): Promise<NetworkOutreach> {
  const networks = await db
    .selectFrom('networks')
    .innerJoin('network_members', 'network_members.network_id', 'networks.id')
    .select(['networks.id', 'networks.slug', 'networks.name'])
    .where('network_members.org_id', '=', orgId)
    .orderBy('networks.name')
    .execute();
  const members =
    networks.length === 0
      ? []
      : await db
          .selectFrom('network_members')
          .innerJoin('organisations', 'organisations.id', 'network_members.org_id')
          .select([
            'network_members.network_id',
            'organisations.id',
            'organisations.slug',
            'organisations.name',
          ])
          .where(
            'network_members.network_id',
            'in',
            networks.map((n) => n.id),
          )
          .orderBy('organisations.name')
          .execute();
  const orgIds = [...new Set(members.map((m) => m.id))];
  const counts = orgIds.length === 0 ? new Map<string, OutreachCounts>() : await countsOf(db, orgIds, range);
  return {
    ...range,
    minimumCellSize,
    networks: networks.map((network) => {
      const partners = members.filter((m) => m.network_id === network.id);
      const figures = networkFigures(partners.map((p) => counts.get(p.id)!));
      return {
        ...network,
        organisations: partners.map((p, i) => ({ slug: p.slug, name: p.name, ...figures.partners[i]! })),
        total: figures.total,
      };
    }),
  };
}
