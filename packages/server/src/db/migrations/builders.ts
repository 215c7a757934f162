import { type CreateTableBuilder, type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow the live schema types
export type AnyDb = Kysely<any>;
export type Table = CreateTableBuilder<string, never>;

/**
 * A tenant table: `(org_id, id)` primary key, `org_id` pointing at its organisation. Build the rest of
 * the columns in `build`. Shared by the migrations from 0004 on; change it only in ways that leave
 * the tables those migrations made exactly as they are.
 */
export function tenant(db: AnyDb, name: string, build: (t: Table) => Table) {
  const table = db.schema
    .createTable(name)
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('id', 'text', (c) => c.notNull()) as unknown as Table;
  return build(table).addPrimaryKeyConstraint(`${name}_pk`, ['org_id', 'id'] as never);
}

/** A composite foreign key `(org_id, column)` → `target(org_id, id)`: a row never points into another organisation. */
export function fk(t: Table, name: string, column: string, target: string): Table {
  return t.addForeignKeyConstraint(name, ['org_id', column] as never, target, ['org_id', 'id']) as Table;
}

export async function index(db: AnyDb, name: string, table: string, columns: string[], unique = false) {
  let builder = db.schema.createIndex(name).on(table).columns(columns);
  if (unique) builder = builder.unique();
  await builder.execute();
}

/** An index of the rows that have the last column set. */
export async function partialIndex(
  db: AnyDb,
  name: string,
  table: string,
  columns: string[],
  unique = false,
) {
  let builder = db.schema
    .createIndex(name)
    .on(table)
    .columns(columns)
    .where(sql.ref(columns.at(-1) ?? ''), 'is not', null);
  if (unique) builder = builder.unique();
  await builder.execute();
}
