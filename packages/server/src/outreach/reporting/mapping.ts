import type { Kysely } from 'kysely';
import type { Tables } from '../../db/schema.ts';

export interface Dhis2Mapping {
  dataSet: string | null;
  indicators: { indicator: string; dataElement: string; categoryOptionCombo?: string }[];
  areas: { areaId: string; areaName: string; orgUnit: string }[];
  updatedAt: string | null;
}

/** The organisation's DHIS2 mapping as it is read back and used by the export; empty until one is set. */
export async function loadDhis2Mapping(db: Kysely<Tables>, orgId: string): Promise<Dhis2Mapping> {
  const settings = await db
    .selectFrom('dhis2_settings')
    .select(['data_set', 'updated_at'])
    .where('org_id', '=', orgId)
    .executeTakeFirst();
  const indicators = await db
    .selectFrom('dhis2_indicator_maps')
    .select(['indicator', 'data_element', 'category_option_combo'])
    .where('org_id', '=', orgId)
    .orderBy('indicator')
    .execute();
  const areas = await db
    .selectFrom('dhis2_area_maps')
    .innerJoin('areas', (j) =>
      j
        .onRef('areas.org_id', '=', 'dhis2_area_maps.org_id')
        .onRef('areas.id', '=', 'dhis2_area_maps.area_id'),
    )
    .select(['dhis2_area_maps.area_id', 'areas.name', 'dhis2_area_maps.org_unit'])
    .where('dhis2_area_maps.org_id', '=', orgId)
    .orderBy('areas.name')
    .orderBy('dhis2_area_maps.area_id')
    .execute();
  return {
    dataSet: settings?.data_set ?? null,
    indicators: indicators.map((r) => ({
      indicator: r.indicator,
      dataElement: r.data_element,
      ...(r.category_option_combo ? { categoryOptionCombo: r.category_option_combo } : {}),
    })),
    areas: areas.map((r) => ({ areaId: r.area_id, areaName: r.name, orgUnit: r.org_unit })),
    updatedAt: settings?.updated_at ?? null,
  };
}
