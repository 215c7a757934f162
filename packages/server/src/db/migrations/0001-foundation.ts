import type { CreateTableBuilder, Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow the live schema types
type AnyDb = Kysely<any>;
type Table = CreateTableBuilder<string, never>;

/** Every tenant table: keyed by (org_id, id) and owned by an organisation. */
function tenant(db: AnyDb, name: string, build: (t: Table) => Table) {
  const table = db.schema
    .createTable(name)
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('id', 'text', (c) => c.notNull()) as unknown as Table;
  return build(table).addPrimaryKeyConstraint(`${name}_pk`, ['org_id', 'id'] as never);
}

function fk(t: Table, name: string, column: string, target: string): Table {
  return t.addForeignKeyConstraint(name, ['org_id', column] as never, target, ['org_id', 'id']) as Table;
}

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('organisations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('org_counters')
    .addColumn('org_id', 'text', (c) => c.primaryKey().references('organisations.id'))
    .addColumn('change_seq', 'bigint', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('networks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('network_members')
    .addColumn('network_id', 'text', (c) => c.notNull().references('networks.id'))
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addPrimaryKeyConstraint('network_members_pk', ['network_id', 'org_id'])
    .execute();

  await tenant(db, 'areas', (t) =>
    fk(
      t
        .addColumn('parent_id', 'text')
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('code', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull()),
      'areas_parent_fk',
      'parent_id',
      'areas',
    ),
  ).execute();
  await db.schema.createIndex('areas_parent_idx').on('areas').columns(['org_id', 'parent_id']).execute();

  await tenant(db, 'households', (t) =>
    fk(
      t
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('area_id', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull()),
      'households_area_fk',
      'area_id',
      'areas',
    ),
  ).execute();

  await tenant(db, 'people', (t) =>
    fk(
      fk(
        t
          .addColumn('given_name', 'text', (c) => c.notNull())
          .addColumn('family_name', 'text')
          .addColumn('name_key', 'text', (c) => c.notNull())
          .addColumn('sex', 'text', (c) => c.notNull())
          .addColumn('birth_date', 'text')
          .addColumn('birth_year', 'integer')
          .addColumn('phone', 'text')
          .addColumn('phone_key', 'text')
          .addColumn('area_id', 'text')
          .addColumn('household_id', 'text')
          .addColumn('occupation', 'text')
          .addColumn('skills', 'text', (c) => c.notNull().defaultTo('[]'))
          .addColumn('disability_type', 'text')
          .addColumn('consent_given', 'integer')
          .addColumn('consent_date', 'text')
          .addColumn('consent_recorded_by', 'text')
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull()),
        'people_area_fk',
        'area_id',
        'areas',
      ),
      'people_household_fk',
      'household_id',
      'households',
    ),
  ).execute();
  await db.schema.createIndex('people_name_idx').on('people').columns(['org_id', 'name_key']).execute();
  await db.schema.createIndex('people_area_idx').on('people').columns(['org_id', 'area_id']).execute();

  await db.schema
    .createTable('person_sensitive')
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('attributes', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('person_sensitive_pk', ['org_id', 'person_id'])
    .addForeignKeyConstraint('person_sensitive_person_fk', ['org_id', 'person_id'], 'people', [
      'org_id',
      'id',
    ])
    .execute();

  await tenant(db, 'groups', (t) =>
    fk(
      fk(
        t
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('area_id', 'text')
          .addColumn('formed_on', 'text', (c) => c.notNull())
          .addColumn('cadence', 'text', (c) => c.notNull())
          .addColumn('meeting_weekday', 'text')
          .addColumn('meeting_day_of_month', 'integer')
          .addColumn('parent_id', 'text')
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('constitution', 'text')
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull()),
        'groups_area_fk',
        'area_id',
        'areas',
      ),
      'groups_parent_fk',
      'parent_id',
      'groups',
    ),
  ).execute();
  await db.schema.createIndex('groups_area_idx').on('groups').columns(['org_id', 'area_id']).execute();

  await tenant(db, 'memberships', (t) =>
    fk(
      fk(
        t
          .addColumn('group_id', 'text', (c) => c.notNull())
          .addColumn('person_id', 'text', (c) => c.notNull())
          .addColumn('joined_on', 'text', (c) => c.notNull())
          .addColumn('left_on', 'text')
          .addColumn('leave_reason', 'text')
          .addColumn('leave_note', 'text'),
        'memberships_group_fk',
        'group_id',
        'groups',
      ),
      'memberships_person_fk',
      'person_id',
      'people',
    ),
  ).execute();
  await db.schema
    .createIndex('memberships_group_idx')
    .on('memberships')
    .columns(['org_id', 'group_id'])
    .execute();
  await db.schema
    .createIndex('memberships_person_idx')
    .on('memberships')
    .columns(['org_id', 'person_id'])
    .execute();

  await tenant(db, 'office_terms', (t) =>
    fk(
      fk(
        t
          .addColumn('group_id', 'text', (c) => c.notNull())
          .addColumn('person_id', 'text', (c) => c.notNull())
          .addColumn('office', 'text', (c) => c.notNull())
          .addColumn('term_start', 'text', (c) => c.notNull())
          .addColumn('term_end', 'text')
          .addColumn('elected_on', 'text'),
        'office_terms_group_fk',
        'group_id',
        'groups',
      ),
      'office_terms_person_fk',
      'person_id',
      'people',
    ),
  ).execute();
  await db.schema
    .createIndex('office_terms_group_idx')
    .on('office_terms')
    .columns(['org_id', 'group_id'])
    .execute();

  await tenant(db, 'users', (t) =>
    t
      .addColumn('username', 'text', (c) => c.notNull().unique())
      .addColumn('display_name', 'text')
      .addColumn('password_hash', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('locale', 'text')
      .addColumn('sensitive_access', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('disabled_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull()),
  ).execute();

  for (const [name, column, target] of [
    ['user_areas', 'area_id', 'areas'],
    ['user_groups', 'group_id', 'groups'],
  ] as const) {
    await db.schema
      .createTable(name)
      .addColumn('org_id', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text', (c) => c.notNull())
      .addColumn(column, 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint(`${name}_pk`, ['org_id', 'user_id', column])
      .addForeignKeyConstraint(`${name}_user_fk`, ['org_id', 'user_id'], 'users', ['org_id', 'id'])
      .addForeignKeyConstraint(`${name}_target_fk`, ['org_id', column], target, ['org_id', 'id'])
      .execute();
  }

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('device_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .addForeignKeyConstraint('sessions_user_fk', ['org_id', 'user_id'], 'users', ['org_id', 'id'])
    .execute();

  await tenant(db, 'commands', (t) =>
    t
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text', (c) => c.notNull())
      .addColumn('device_id', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('received_at', 'text', (c) => c.notNull())
      .addColumn('payload', 'text', (c) => c.notNull())
      .addColumn('result', 'text', (c) => c.notNull()),
  ).execute();

  await db.schema
    .createTable('changes')
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('seq', 'bigint', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('op', 'text', (c) => c.notNull())
    .addColumn('command_id', 'text', (c) => c.notNull())
    .addColumn('area_id', 'text')
    .addColumn('group_id', 'text')
    .addColumn('data', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('changes_pk', ['org_id', 'seq'])
    .execute();

  await tenant(db, 'audit_log', (t) =>
    t
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text')
      .addColumn('device_id', 'text')
      .addColumn('command_id', 'text')
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('entity', 'text')
      .addColumn('entity_id', 'text')
      .addColumn('detail', 'text'),
  ).execute();
  await db.schema
    .createIndex('audit_log_entity_idx')
    .on('audit_log')
    .columns(['org_id', 'entity_id'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are additive once released; restore a backup instead of migrating down.');
}
