import { type Dhis2DataValue, type Dhis2DataValueSet, suppressSmallCounts } from '@groundwork/core';
import type { Kysely } from 'kysely';
import type { Tables } from '../../db/schema.ts';
import type { Dhis2Mapping } from './mapping.ts';
import type { AreaCount } from './monthly-counts.ts';

/** What did not go into the export, and why, so the reader can fix the mapping or knows what was held back. */
export interface Dhis2LeftOut {
  /** Indicators with records but no data element. */
  unmappedIndicators: { indicator: string; count: number }[];
  /** Areas (null: people with no area) with records but no organisation unit of their own or above them. */
  unmappedAreas: { areaId: string | null; areaName: string | null; count: number }[];
  /** Values under the minimum cell size, not sent beyond the organisation. */
  suppressed: { indicator: string; orgUnit: string; count: number }[];
}

export interface Dhis2Export {
  valueSet: Dhis2DataValueSet;
  leftOut: Dhis2LeftOut;
}

interface AreaRow {
  id: string;
  parent_id: string | null;
  name: string;
}

/**
 * The organisation unit an area reports as: its own, else its nearest mapped ancestor's, so a ward mapped
 * once carries the slums beneath it and a slum mapped on its own reports apart.
 */
function orgUnitResolver(areas: readonly AreaRow[], mapping: Dhis2Mapping) {
  const byId = new Map(areas.map((a) => [a.id, a]));
  const mapped = new Map(mapping.areas.map((a) => [a.areaId, a.orgUnit]));
  const resolved = new Map<string, string | null>();
  const resolve = (areaId: string): string | null => {
    const known = resolved.get(areaId);
    if (known !== undefined) return known;
    let unit: string | null = null;
    const seen = new Set<string>();
    for (
      let at = byId.get(areaId);
      at && !seen.has(at.id);
      at = at.parent_id ? byId.get(at.parent_id) : undefined
    ) {
      seen.add(at.id);
      const own = mapped.get(at.id);
      if (own) {
        unit = own;
        break;
      }
    }
    resolved.set(areaId, unit);
    return unit;
  };
  return resolve;
}

function addTo<K>(map: Map<K, number>, key: K, count: number) {
  map.set(key, (map.get(key) ?? 0) + count);
}

/** The month's DHIS2 data value set, with every count that was left out and the reason. */
export async function buildDhis2Export(
  db: Kysely<Tables>,
  orgId: string,
  period: string,
  counts: readonly AreaCount[],
  mapping: Dhis2Mapping,
  completeDate: string | undefined,
): Promise<Dhis2Export> {
  const areas = await db
    .selectFrom('areas')
    .select(['id', 'parent_id', 'name'])
    .where('org_id', '=', orgId)
    .execute();
  const areaName = new Map(areas.map((a) => [a.id, a.name]));
  const orgUnitOf = orgUnitResolver(areas, mapping);
  const elements = new Map(mapping.indicators.map((m) => [m.indicator, m]));

  const unmappedIndicators = new Map<string, number>();
  const unmappedAreas = new Map<string | null, number>();
  const cells = new Map<string, { indicator: string; orgUnit: string; count: number }>();
  for (const c of counts) {
    if (c.count === 0) continue;
    if (!elements.has(c.indicator)) {
      addTo(unmappedIndicators, c.indicator, c.count);
      continue;
    }
    const orgUnit = c.areaId ? orgUnitOf(c.areaId) : null;
    if (!orgUnit) {
      addTo(unmappedAreas, c.areaId, c.count);
      continue;
    }
    // Areas mapped to the same unit are reported together, and the sum is what may or may not be shown.
    const key = `${c.indicator}\u0000${orgUnit}`;
    const cell = cells.get(key) ?? { indicator: c.indicator, orgUnit, count: 0 };
    cell.count += c.count;
    cells.set(key, cell);
  }

  const dataValues: Dhis2DataValue[] = [];
  const suppressed: Dhis2LeftOut['suppressed'] = [];
  const all = [...cells.values()];
  const shared = suppressSmallCounts(all.map((cell) => cell.count));
  for (const [i, cell] of all.entries()) {
    if (shared[i]!.suppressed) {
      suppressed.push(cell);
      continue;
    }
    const element = elements.get(cell.indicator)!;
    dataValues.push({
      dataElement: element.dataElement,
      period,
      orgUnit: cell.orgUnit,
      ...(element.categoryOptionCombo ? { categoryOptionCombo: element.categoryOptionCombo } : {}),
      value: String(cell.count),
    });
  }
  const order = (v: Dhis2DataValue) => `${v.dataElement}.${v.categoryOptionCombo ?? ''}.${v.orgUnit}`;
  dataValues.sort((a, b) => order(a).localeCompare(order(b)));
  const units = new Set(dataValues.map((v) => v.orgUnit));
  const byText = (a: string, b: string) => a.localeCompare(b);
  return {
    valueSet: {
      ...(mapping.dataSet ? { dataSet: mapping.dataSet } : {}),
      period,
      ...(units.size === 1 ? { orgUnit: [...units][0]! } : {}),
      ...(completeDate ? { completeDate } : {}),
      dataValues,
    },
    leftOut: {
      unmappedIndicators: [...unmappedIndicators]
        .map(([indicator, count]) => ({ indicator, count }))
        .sort((a, b) => byText(a.indicator, b.indicator)),
      unmappedAreas: [...unmappedAreas]
        .map(([areaId, count]) => ({
          areaId,
          areaName: areaId ? (areaName.get(areaId) ?? null) : null,
          count,
        }))
        .sort((a, b) => byText(a.areaName ?? '', b.areaName ?? '')),
      suppressed: suppressed.sort((a, b) =>
        byText(`${a.indicator}.${a.orgUnit}`, `${b.indicator}.${b.orgUnit}`),
      ),
    },
  };
}
