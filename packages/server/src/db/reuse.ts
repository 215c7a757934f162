import { isDeepStrictEqual } from 'node:util';
import { type Compilable, CompiledQuery, type Kysely, type QueryResult } from 'kysely';
import type { DialectName } from './database.ts';
import type { Tables } from './schema.ts';

const compiledSql = new Map<string, string>();

/**
 * Kysely builds and compiles a query tree on every call, which on the sync path cost more than SQLite
 * itself. The few statements run for every command are compiled once per dialect and shape; later calls
 * reuse the SQL text with their own parameters. `params` must be the parameters the builder would bind, in
 * its order: the first compile checks that, so a mismatch fails loudly instead of binding wrong values.
 */
export async function executeReused<R>(
  db: Kysely<Tables>,
  dialect: DialectName,
  shape: string,
  params: readonly unknown[],
  build: () => Compilable<R>,
): Promise<QueryResult<R>> {
  const key = `${dialect}\u0000${shape}`;
  const sql = compiledSql.get(key);
  if (sql !== undefined) return db.executeQuery<R>(CompiledQuery.raw(sql, params as unknown[]));
  const compiled = build().compile();
  if (!isDeepStrictEqual([...compiled.parameters], [...params])) {
    throw new Error(`executeReused: the parameters given for "${shape}" are not the ones its query binds`);
  }
  compiledSql.set(key, compiled.sql);
  return db.executeQuery<R>(compiled);
}

type Row<T extends keyof Tables> = Tables[T];

/** Inserts rows of one table; rows of the same columns and count share one compiled statement. */
export function insertRows<T extends keyof Tables>(
  db: Kysely<Tables>,
  dialect: DialectName,
  table: T,
  rows: Row<T>[],
): Promise<QueryResult<unknown>> {
  const columns = Object.keys(rows[0] ?? {});
  const params: unknown[] = [];
  for (const row of rows as unknown as Record<string, unknown>[])
    for (const c of columns) params.push(row[c]);
  return executeReused(db, dialect, `insert ${table} ${rows.length} ${columns.join(',')}`, params, () =>
    // biome-ignore lint/suspicious/noExplicitAny: the row type is the table's own, which Kysely cannot see through a generic
    db.insertInto(table).values(rows as any),
  );
}
