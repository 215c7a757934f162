import { sql } from 'kysely';
import { type AnyDb, fk, index, partialIndex, tenant } from './builders.ts';

/**
 * Community health workers' follow-up: pregnancies (read by other slices as well: the vouchers check that
 * a woman is pregnant, so the shared columns are exactly as agreed), their antenatal contacts and postnatal
 * visits, the follow-up plans that make home visits due, and the visits themselves. Antenatal contacts,
 * postnatal visits and home visits are history: rows are only ever added.
 */
export async function up(db: AnyDb): Promise<void> {
  await tenant(db, 'pregnancies', (t) =>
    fk(
      t
        .addColumn('person_id', 'text', (c) => c.notNull())
        .addColumn('registered_on', 'text', (c) => c.notNull())
        .addColumn('expected_delivery_on', 'text', (c) => c.notNull())
        .addColumn('last_menstrual_period_on', 'text')
        .addColumn('delivered_on', 'text')
        .addColumn('delivery_place', 'text')
        .addColumn('facility_name', 'text')
        .addColumn('outcome', 'text')
        .addColumn('babies', 'text')
        .addColumn('closed_on', 'text')
        .addColumn('close_reason', 'text')
        .addColumn('recorded_by', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull()),
      'pregnancies_person_fk',
      'person_id',
      'people',
    ),
  ).execute();
  await index(db, 'pregnancies_person_idx', 'pregnancies', ['org_id', 'person_id']);
  await partialIndex(db, 'pregnancies_delivered_idx', 'pregnancies', ['org_id', 'delivered_on']);
  // One current pregnancy per woman, held by the database too: two phones registering her at once
  // cannot both succeed.
  await db.schema
    .createIndex('pregnancies_current_uq')
    .on('pregnancies')
    .columns(['org_id', 'person_id'])
    .unique()
    .where(sql.ref('delivered_on'), 'is', null)
    .where(sql.ref('closed_on'), 'is', null)
    .execute();

  await tenant(db, 'antenatal_contacts', (t) =>
    fk(
      t
        .addColumn('pregnancy_id', 'text', (c) => c.notNull())
        .addColumn('contact_on', 'text', (c) => c.notNull())
        .addColumn('place', 'text')
        .addColumn('notes', 'text')
        .addColumn('recorded_by', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull()),
      'antenatal_contacts_pregnancy_fk',
      'pregnancy_id',
      'pregnancies',
    ),
  ).execute();
  await index(db, 'antenatal_contacts_pregnancy_idx', 'antenatal_contacts', ['org_id', 'pregnancy_id']);

  await tenant(db, 'postnatal_visits', (t) =>
    fk(
      t
        .addColumn('pregnancy_id', 'text', (c) => c.notNull())
        .addColumn('visited_on', 'text', (c) => c.notNull())
        .addColumn('notes', 'text')
        .addColumn('recorded_by', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull()),
      'postnatal_visits_pregnancy_fk',
      'pregnancy_id',
      'pregnancies',
    ),
  ).execute();
  await index(db, 'postnatal_visits_pregnancy_idx', 'postnatal_visits', ['org_id', 'pregnancy_id']);

  await tenant(db, 'follow_up_plans', (t) =>
    fk(
      fk(
        t
          .addColumn('person_id', 'text', (c) => c.notNull())
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('starts_on', 'text', (c) => c.notNull())
          .addColumn('ends_on', 'text')
          .addColumn('pregnancy_id', 'text')
          .addColumn('ended_on', 'text')
          .addColumn('end_reason', 'text')
          .addColumn('recorded_by', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull()),
        'follow_up_plans_person_fk',
        'person_id',
        'people',
      ),
      'follow_up_plans_pregnancy_fk',
      'pregnancy_id',
      'pregnancies',
    ),
  ).execute();
  await index(db, 'follow_up_plans_person_idx', 'follow_up_plans', ['org_id', 'person_id']);
  await partialIndex(db, 'follow_up_plans_pregnancy_idx', 'follow_up_plans', ['org_id', 'pregnancy_id']);
  // One open plan of a kind per person: a second would double every due visit on her list.
  await db.schema
    .createIndex('follow_up_plans_open_uq')
    .on('follow_up_plans')
    .columns(['org_id', 'person_id', 'kind'])
    .unique()
    .where(sql.ref('ended_on'), 'is', null)
    .execute();

  await tenant(db, 'home_visits', (t) =>
    fk(
      fk(
        t
          .addColumn('person_id', 'text', (c) => c.notNull())
          .addColumn('plan_id', 'text')
          .addColumn('visited_on', 'text', (c) => c.notNull())
          .addColumn('weight_grams', 'integer')
          .addColumn('muac_mm', 'integer')
          .addColumn('oedema', 'integer')
          .addColumn('danger_signs', 'text', (c) => c.notNull())
          .addColumn('advice', 'text', (c) => c.notNull())
          .addColumn('referral_to', 'text')
          .addColumn('referral_reason', 'text')
          .addColumn('notes', 'text')
          .addColumn('recorded_by', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull()),
        'home_visits_person_fk',
        'person_id',
        'people',
      ),
      'home_visits_plan_fk',
      'plan_id',
      'follow_up_plans',
    ),
  ).execute();
  await index(db, 'home_visits_person_idx', 'home_visits', ['org_id', 'person_id', 'visited_on']);
  await partialIndex(db, 'home_visits_plan_idx', 'home_visits', ['org_id', 'plan_id']);
}

export async function down(): Promise<void> {
  throw new Error('Migrations are additive once released; restore a backup instead of migrating down.');
}
