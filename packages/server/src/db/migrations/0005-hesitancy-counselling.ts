import { type AnyDb, fk, index, tenant } from './builders.ts';

/**
 * Hesitancy follow-up (door-to-door visits, and the organisation's outreach settings) and counselling
 * sessions. A session's notes live in a table of their own, so that no list or feed query can carry them.
 */
export async function up(db: AnyDb): Promise<void> {
  await tenant(db, 'hesitancy_visits', (t) => {
    const table = t
      .addColumn('person_id', 'text', (c) => c.notNull())
      .addColumn('vaccine_id', 'text', (c) => c.notNull())
      .addColumn('visited_on', 'text', (c) => c.notNull())
      .addColumn('reasons', 'text', (c) => c.notNull())
      .addColumn('other_reason', 'text')
      .addColumn('counselling_messages', 'text', (c) => c.notNull())
      .addColumn('counselling_notes', 'text')
      .addColumn('outcome', 'text', (c) => c.notNull())
      .addColumn('next_visit_on', 'text')
      .addColumn('recorded_by', 'text', (c) => c.notNull())
      .addColumn('recorded_at', 'text', (c) => c.notNull());
    return fk(
      fk(table, 'hesitancy_visits_person_fk', 'person_id', 'people'),
      'hesitancy_visits_vaccine_fk',
      'vaccine_id',
      'vaccines',
    );
  }).execute();
  // A person's visits for a vaccine (the follow-up rule), and a vaccine's visits by date (the reports).
  await index(db, 'hesitancy_visits_person_idx', 'hesitancy_visits', [
    'org_id',
    'person_id',
    'vaccine_id',
    'visited_on',
  ]);
  await index(db, 'hesitancy_visits_vaccine_idx', 'hesitancy_visits', ['org_id', 'vaccine_id', 'visited_on']);

  await db.schema
    .createTable('outreach_settings')
    .addColumn('org_id', 'text', (c) => c.notNull().primaryKey().references('organisations.id'))
    .addColumn('max_refusals', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await tenant(db, 'counselling_sessions', (t) => {
    const table = t
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('mode', 'text', (c) => c.notNull())
      .addColumn('group_id', 'text')
      .addColumn('counsellor_user_id', 'text', (c) => c.notNull())
      .addColumn('held_on', 'text', (c) => c.notNull())
      .addColumn('duration_minutes', 'integer', (c) => c.notNull())
      .addColumn('referral_to', 'text')
      .addColumn('recorded_by', 'text', (c) => c.notNull())
      .addColumn('recorded_at', 'text', (c) => c.notNull());
    // The counsellor is checked against the users when named; like recorded_by, it may be the installation's own hand.
    return fk(table, 'counselling_sessions_group_fk', 'group_id', 'groups');
  }).execute();

  await db.schema
    .createTable('counselling_participants')
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('session_id', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('counselling_participants_pk', ['org_id', 'session_id', 'person_id'])
    .addForeignKeyConstraint(
      'counselling_participants_session_fk',
      ['org_id', 'session_id'],
      'counselling_sessions',
      ['org_id', 'id'],
    )
    .addForeignKeyConstraint('counselling_participants_person_fk', ['org_id', 'person_id'], 'people', [
      'org_id',
      'id',
    ])
    .execute();
  await index(db, 'counselling_participants_person_idx', 'counselling_participants', ['org_id', 'person_id']);

  // What was said, and why the person was referred: readable only through the audited content route.
  await db.schema
    .createTable('counselling_contents')
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('session_id', 'text', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull())
    .addColumn('referral_reason', 'text')
    .addPrimaryKeyConstraint('counselling_contents_pk', ['org_id', 'session_id'])
    .addForeignKeyConstraint(
      'counselling_contents_session_fk',
      ['org_id', 'session_id'],
      'counselling_sessions',
      ['org_id', 'id'],
    )
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are additive once released; restore a backup instead of migrating down.');
}
