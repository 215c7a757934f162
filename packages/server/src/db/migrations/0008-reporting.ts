import { type AnyDb, fk, index, tenant } from './builders.ts';

/**
 * The DHIS2 mapping of each organisation: its data set, and which data element and organisation unit
 * its indicators and areas are reported as. A setting, not history: setting it again replaces the rows
 * (the command log keeps every version).
 */
export async function up(db: AnyDb): Promise<void> {
  await tenant(db, 'dhis2_settings', (t) =>
    t
      .addColumn('data_set', 'text')
      .addColumn('updated_by', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull()),
  ).execute();
  await index(db, 'dhis2_settings_org_uq', 'dhis2_settings', ['org_id'], true);

  await tenant(db, 'dhis2_indicator_maps', (t) =>
    t
      .addColumn('indicator', 'text', (c) => c.notNull())
      .addColumn('data_element', 'text', (c) => c.notNull())
      .addColumn('category_option_combo', 'text'),
  ).execute();
  await index(db, 'dhis2_indicator_maps_uq', 'dhis2_indicator_maps', ['org_id', 'indicator'], true);

  await tenant(db, 'dhis2_area_maps', (t) =>
    fk(
      t.addColumn('area_id', 'text', (c) => c.notNull()).addColumn('org_unit', 'text', (c) => c.notNull()),
      'dhis2_area_maps_area_fk',
      'area_id',
      'areas',
    ),
  ).execute();
  await index(db, 'dhis2_area_maps_uq', 'dhis2_area_maps', ['org_id', 'area_id'], true);
}

export async function down(): Promise<void> {
  throw new Error('Migrations are additive once released; restore a backup instead of migrating down.');
}
