import { type CreateTableBuilder, type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow the live schema types
type AnyDb = Kysely<any>;
type Table = CreateTableBuilder<string, never>;

function tenant(db: AnyDb, name: string, build: (t: Table) => Table) {
  const table = db.schema
    .createTable(name)
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('id', 'text', (c) => c.notNull()) as unknown as Table;
  return build(table).addPrimaryKeyConstraint(`${name}_pk`, ['org_id', 'id'] as never);
}

function owned(db: AnyDb, name: string, build: (t: Table) => Table) {
  return tenant(
    db,
    name,
    (t) =>
      build(t.addColumn('group_id', 'text', (c) => c.notNull())).addForeignKeyConstraint(
        `${name}_group_fk`,
        ['org_id', 'group_id'] as never,
        'groups',
        ['org_id', 'id'],
      ) as Table,
  );
}

function fk(t: Table, name: string, column: string, target: string): Table {
  return t.addForeignKeyConstraint(name, ['org_id', column] as never, target, ['org_id', 'id']) as Table;
}

async function index(db: AnyDb, name: string, table: string, columns: string[], unique = false) {
  let builder = db.schema.createIndex(name).on(table).columns(columns);
  if (unique) builder = builder.unique();
  await builder.execute();
}

/** An index of the rows that have the column set: most entries name no loan and reverse nothing. */
async function partialIndex(db: AnyDb, name: string, table: string, columns: string[], unique = false) {
  let builder = db.schema
    .createIndex(name)
    .on(table)
    .columns(columns)
    .where(sql.ref(columns.at(-1) ?? ''), 'is not', null);
  if (unique) builder = builder.unique();
  await builder.execute();
}

/** The group books: meetings, bank accounts, journal entries with their postings, loans, cycles. */
export async function up(db: AnyDb): Promise<void> {
  await owned(db, 'bank_accounts', (t) =>
    t
      .addColumn('bank_name', 'text', (c) => c.notNull())
      .addColumn('branch', 'text')
      .addColumn('account_number_last4', 'text')
      .addColumn('opened_on', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull()),
  ).execute();
  await index(db, 'bank_accounts_group_idx', 'bank_accounts', ['org_id', 'group_id']);

  await owned(db, 'meetings', (t) =>
    t
      .addColumn('held_on', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('minutes', 'text')
      .addColumn('decisions', 'text', (c) => c.notNull())
      .addColumn('agenda', 'text', (c) => c.notNull())
      .addColumn('activities', 'text', (c) => c.notNull())
      .addColumn('recorded_by', 'text', (c) => c.notNull())
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .addColumn('closed_at', 'text'),
  ).execute();
  await index(db, 'meetings_group_date_idx', 'meetings', ['org_id', 'group_id', 'held_on'], true);

  await db.schema
    .createTable('attendance')
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('meeting_id', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('attendance_pk', ['org_id', 'meeting_id', 'person_id'])
    .addForeignKeyConstraint('attendance_meeting_fk', ['org_id', 'meeting_id'], 'meetings', ['org_id', 'id'])
    .addForeignKeyConstraint('attendance_person_fk', ['org_id', 'person_id'], 'people', ['org_id', 'id'])
    .execute();

  await owned(db, 'loans', (t) =>
    fk(
      t
        .addColumn('person_id', 'text', (c) => c.notNull())
        .addColumn('meeting_id', 'text')
        .addColumn('disbursed_on', 'text', (c) => c.notNull())
        .addColumn('principal', 'bigint', (c) => c.notNull())
        .addColumn('rate_bps', 'integer', (c) => c.notNull())
        .addColumn('method', 'text', (c) => c.notNull())
        .addColumn('instalments', 'integer', (c) => c.notNull())
        .addColumn('frequency', 'text', (c) => c.notNull())
        .addColumn('grace_periods', 'integer', (c) => c.notNull())
        .addColumn('purpose', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull()),
      'loans_person_fk',
      'person_id',
      'people',
    ),
  ).execute();
  await index(db, 'loans_group_idx', 'loans', ['org_id', 'group_id']);
  await index(db, 'loans_person_idx', 'loans', ['org_id', 'person_id']);

  await db.schema
    .createTable('loan_instalments')
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('loan_id', 'text', (c) => c.notNull())
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('group_id', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('principal', 'bigint', (c) => c.notNull())
    .addColumn('interest', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('loan_instalments_pk', ['org_id', 'loan_id', 'number'])
    .addForeignKeyConstraint('loan_instalments_loan_fk', ['org_id', 'loan_id'], 'loans', ['org_id', 'id'])
    .execute();
  await index(db, 'loan_instalments_group_due_idx', 'loan_instalments', ['org_id', 'group_id', 'due_on']);

  await db.schema
    .createTable('loan_states')
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('loan_id', 'text', (c) => c.notNull())
    .addColumn('group_id', 'text', (c) => c.notNull())
    .addColumn('principal_paid', 'bigint', (c) => c.notNull())
    .addColumn('interest_paid', 'bigint', (c) => c.notNull())
    .addColumn('penalty_due', 'bigint', (c) => c.notNull())
    .addColumn('paid_instalments', 'integer', (c) => c.notNull())
    .addColumn('next_due_on', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('closed_on', 'text')
    .addPrimaryKeyConstraint('loan_states_pk', ['org_id', 'loan_id'])
    .addForeignKeyConstraint('loan_states_loan_fk', ['org_id', 'loan_id'], 'loans', ['org_id', 'id'])
    .execute();
  await index(db, 'loan_states_group_idx', 'loan_states', ['org_id', 'group_id', 'status']);
  await index(db, 'loan_states_status_idx', 'loan_states', [
    'org_id',
    'status',
    'group_id',
    'next_due_on',
    'principal_paid',
    'loan_id',
  ]);

  await owned(db, 'external_loans', (t) =>
    t
      .addColumn('lender', 'text', (c) => c.notNull())
      .addColumn('received_on', 'text', (c) => c.notNull())
      .addColumn('amount', 'bigint', (c) => c.notNull()),
  ).execute();

  await owned(db, 'savings_cycles', (t) =>
    t
      .addColumn('started_on', 'text', (c) => c.notNull())
      .addColumn('planned_end_on', 'text', (c) => c.notNull())
      .addColumn('share_price', 'bigint')
      .addColumn('created_at', 'text', (c) => c.notNull()),
  ).execute();
  await index(db, 'savings_cycles_group_idx', 'savings_cycles', ['org_id', 'group_id', 'started_on']);

  await owned(db, 'share_outs', (t) =>
    fk(
      t
        .addColumn('cycle_id', 'text', (c) => c.notNull())
        .addColumn('held_on', 'text', (c) => c.notNull())
        .addColumn('fund', 'bigint', (c) => c.notNull())
        .addColumn('value', 'bigint', (c) => c.notNull())
        .addColumn('rule', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull()),
      'share_outs_cycle_fk',
      'cycle_id',
      'savings_cycles',
    ),
  ).execute();
  await index(db, 'share_outs_cycle_idx', 'share_outs', ['org_id', 'cycle_id'], true);

  await owned(db, 'fin_entries', (t) =>
    t
      .addColumn('meeting_id', 'text')
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('entry_date', 'text', (c) => c.notNull())
      .addColumn('person_id', 'text')
      .addColumn('loan_id', 'text')
      .addColumn('amount', 'bigint', (c) => c.notNull())
      .addColumn('note', 'text')
      .addColumn('reverses_id', 'text')
      .addColumn('recorded_by', 'text', (c) => c.notNull())
      .addColumn('recorded_at', 'text', (c) => c.notNull()),
  ).execute();
  await index(db, 'fin_entries_group_date_idx', 'fin_entries', ['org_id', 'group_id', 'entry_date']);
  await index(db, 'fin_entries_meeting_idx', 'fin_entries', ['org_id', 'meeting_id']);
  await partialIndex(db, 'fin_entries_loan_idx', 'fin_entries', ['org_id', 'loan_id']);
  await partialIndex(db, 'fin_entries_reverses_idx', 'fin_entries', ['org_id', 'reverses_id'], true);

  await db.schema
    .createTable('fin_postings')
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('entry_id', 'text', (c) => c.notNull())
    .addColumn('line', 'integer', (c) => c.notNull())
    .addColumn('group_id', 'text', (c) => c.notNull())
    .addColumn('entry_date', 'text', (c) => c.notNull())
    .addColumn('account', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text')
    .addColumn('sub', 'text')
    .addColumn('amount', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('fin_postings_pk', ['org_id', 'entry_id', 'line'])
    .addForeignKeyConstraint('fin_postings_entry_fk', ['org_id', 'entry_id'], 'fin_entries', ['org_id', 'id'])
    .execute();
  await index(db, 'fin_postings_account_idx', 'fin_postings', [
    'org_id',
    'group_id',
    'account',
    'entry_date',
  ]);
  await index(db, 'fin_postings_person_idx', 'fin_postings', [
    'org_id',
    'group_id',
    'person_id',
    'entry_date',
  ]);

  await owned(db, 'bank_statements', (t) =>
    fk(
      t
        .addColumn('bank_account_id', 'text', (c) => c.notNull())
        .addColumn('statement_date', 'text', (c) => c.notNull())
        .addColumn('balance', 'bigint', (c) => c.notNull())
        .addColumn('recorded_by', 'text', (c) => c.notNull())
        .addColumn('recorded_at', 'text', (c) => c.notNull()),
      'bank_statements_account_fk',
      'bank_account_id',
      'bank_accounts',
    ),
  ).execute();

  await db.schema
    .createTable('fin_monthly')
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('group_id', 'text', (c) => c.notNull())
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('account', 'text', (c) => c.notNull())
    .addColumn('sub', 'text', (c) => c.notNull())
    .addColumn('amount', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('fin_monthly_pk', ['org_id', 'group_id', 'month', 'account', 'sub'])
    .execute();
  await index(db, 'fin_monthly_org_idx', 'fin_monthly', ['org_id', 'account', 'month', 'group_id', 'amount']);

  await db.schema
    .createTable('fin_balances')
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('group_id', 'text', (c) => c.notNull())
    .addColumn('account', 'text', (c) => c.notNull())
    .addColumn('sub', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('amount', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('fin_balances_pk', ['org_id', 'group_id', 'account', 'sub', 'person_id'])
    .execute();

  await db.schema
    .createTable('group_months')
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('group_id', 'text', (c) => c.notNull())
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('meetings_held', 'integer', (c) => c.notNull())
    .addColumn('meetings_closed', 'integer', (c) => c.notNull())
    .addColumn('meetings_recorded_late', 'integer', (c) => c.notNull())
    .addColumn('member_meetings', 'integer', (c) => c.notNull())
    .addColumn('present', 'integer', (c) => c.notNull())
    .addColumn('savings_made', 'integer', (c) => c.notNull())
    .addColumn('loans_disbursed', 'integer', (c) => c.notNull())
    .addColumn('instalments_due', 'integer', (c) => c.notNull())
    .addColumn('instalments_paid_on_time', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('group_months_pk', ['org_id', 'group_id', 'month'])
    .execute();
}
