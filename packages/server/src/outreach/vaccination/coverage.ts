import {
  type Actor,
  type CoverageCount,
  type CoverageReport,
  type CoveredPerson,
  countCovered,
  coverageOf,
  coverageWithShares,
  emptyCoverageCount,
} from '@groundwork/core';
import type { Kysely } from 'kysely';
import type { Tables } from '../../db/schema.ts';
import { type AreaNode, doseGroups, type PlaceQuery, resolvePlace, targetGroups } from './population.ts';

export interface CoverageQuery extends PlaceQuery {
  vaccineId?: string | undefined;
  asOf: string;
}

/** People alike in area, sex and age band: those with doses of a vaccine by count, the rest with none. */
interface Alike extends CoveredPerson {
  row: AreaNode;
  people: number;
}

/**
 * Coverage of a drive's target, or of an area's people, for each vaccine of the catalogue (or the one
 * asked for): totals, the sex × age-band breakdown and one row per direct sub-area. The database counts
 * the people alike (two grouped queries); the arithmetic is core's `coverageOf`.
 */
export async function coverageReport(
  db: Kysely<Tables>,
  actor: Actor,
  query: CoverageQuery,
): Promise<CoverageReport> {
  const place = await resolvePlace(db, actor, query);
  const agesOn = place.drive ? place.drive.startsOn : query.asOf;
  let vaccineQuery = db
    .selectFrom('vaccines')
    .select(['id', 'name', 'code', 'doses_in_series'])
    .where('org_id', '=', actor.orgId);
  if (query.vaccineId) vaccineQuery = vaccineQuery.where('id', '=', query.vaccineId);
  const [vaccines, targets, dosed] = await Promise.all([
    vaccineQuery.orderBy('code').execute(),
    targetGroups(db, actor.orgId, place, agesOn),
    doseGroups(db, actor.orgId, place, agesOn, query.asOf),
  ]);
  const rowOf = (areaId: string) => place.rowOf.get(areaId) ?? place.area;
  const rows = [...new Map([...place.rowOf.values()].map((a) => [a.id, a])).values()];
  return {
    report: 'coverage',
    area: { id: place.area.id, name: place.area.name },
    drive: place.drive,
    asOf: query.asOf,
    agesOn,
    targetCount: targets.reduce((n, g) => n + g.n, 0),
    vaccines: vaccines.map((v) => {
      const series = Number(v.doses_in_series);
      const withoutDoses = new Map(targets.map((g) => [`${g.area_id}|${g.sex}|${g.band}`, { ...g }]));
      const alike: Alike[] = [];
      for (const g of dosed) {
        if (g.vaccine_id !== v.id) continue;
        alike.push({ sex: g.sex, ageBand: g.band, doses: g.doses, people: g.n, row: rowOf(g.area_id) });
        const rest = withoutDoses.get(`${g.area_id}|${g.sex}|${g.band}`);
        if (rest) rest.n -= g.n;
      }
      for (const g of withoutDoses.values()) {
        alike.push({ sex: g.sex, ageBand: g.band, doses: 0, people: g.n, row: rowOf(g.area_id) });
      }
      const byRow = new Map<string, CoverageCount>(rows.map((a) => [a.id, emptyCoverageCount()]));
      for (const a of alike) countCovered(byRow.get(a.row.id) as CoverageCount, a.doses, series, a.people);
      const { total, bySexAndAge } = coverageOf(alike, series);
      return {
        vaccine: { id: v.id, name: v.name, code: v.code, dosesInSeries: series },
        total,
        bySexAndAge,
        areas: rows
          .map((a) => ({
            areaId: a.id,
            name: a.name,
            own: a.id === place.area.id,
            ...coverageWithShares(byRow.get(a.id) as CoverageCount),
          }))
          .filter((a) => a.target > 0 || !a.own)
          .sort((a, b) => Number(b.own) - Number(a.own) || a.name.localeCompare(b.name)),
      };
    }),
  };
}
