import { sql } from 'kysely';
import { type AnyDb, fk, index, tenant } from './builders.ts';

/**
 * Vaccination: the vaccine catalogue, drives with their sites and target population, and the doses given.
 * A dose is never deleted: a mistaken one is voided (voided_at, void_reason) and no longer counts anywhere.
 */
export async function up(db: AnyDb): Promise<void> {
  await tenant(db, 'vaccines', (t) =>
    t
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('doses_in_series', 'integer', (c) => c.notNull())
      .addColumn('min_interval_days', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull()),
  ).execute();
  await index(db, 'vaccines_code_uq', 'vaccines', ['org_id', 'code'], true);

  // The target is an area (with everything beneath it) and optional criteria on age and sex.
  await tenant(db, 'drives', (t) =>
    fk(
      t
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('starts_on', 'text', (c) => c.notNull())
        .addColumn('ends_on', 'text', (c) => c.notNull())
        .addColumn('target_area_id', 'text', (c) => c.notNull())
        .addColumn('target_min_age', 'integer')
        .addColumn('target_max_age', 'integer')
        .addColumn('target_sex', 'text')
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull()),
      'drives_area_fk',
      'target_area_id',
      'areas',
    ),
  ).execute();

  await tenant(db, 'drive_sites', (t) =>
    fk(
      t
        .addColumn('drive_id', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull()),
      'drive_sites_drive_fk',
      'drive_id',
      'drives',
    ),
  ).execute();
  await index(db, 'drive_sites_drive_idx', 'drive_sites', ['org_id', 'drive_id']);

  await tenant(db, 'doses', (t) => {
    let table = t
      .addColumn('person_id', 'text', (c) => c.notNull())
      .addColumn('vaccine_id', 'text', (c) => c.notNull())
      .addColumn('dose_number', 'integer', (c) => c.notNull())
      .addColumn('given_on', 'text', (c) => c.notNull())
      .addColumn('drive_id', 'text')
      .addColumn('site', 'text')
      .addColumn('lot_number', 'text')
      .addColumn('recorded_by', 'text', (c) => c.notNull())
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .addColumn('voided_at', 'text')
      .addColumn('void_reason', 'text');
    table = fk(table, 'doses_person_fk', 'person_id', 'people');
    table = fk(table, 'doses_vaccine_fk', 'vaccine_id', 'vaccines');
    return fk(table, 'doses_drive_fk', 'drive_id', 'drives');
  }).execute();
  // No duplicate dose: one dose of each number per person and vaccine among the doses that count. The
  // coverage report also reads a population's doses by person through it.
  await db.schema
    .createIndex('doses_person_dose_uq')
    .on('doses')
    .columns(['org_id', 'person_id', 'vaccine_id', 'dose_number'])
    .unique()
    .where(sql.ref('voided_at'), 'is', null)
    .execute();
  await index(db, 'doses_drive_idx', 'doses', ['org_id', 'drive_id']);
}

export async function down(): Promise<void> {
  throw new Error('Migrations are additive once released; restore a backup instead of migrating down.');
}
