import type SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import type { BenchDatabase } from './databases.ts';
import { log } from './stats.ts';

/**
 * Not copied: the command log and change feed (no report reads them, and they are the largest tables),
 * sessions (each run logs in afresh) and the migrator's own tables (the schema is migrated already).
 */
const skipped = new Set(['commands', 'changes', 'sessions', 'kysely_migration', 'kysely_migration_lock']);
const rowsPerInsert = 20_000;

/**
 * Copies every table of a SQLite database into a fresh, migrated PostgreSQL schema: one INSERT … SELECT
 * FROM unnest(…) per 20,000 rows, a typed array per column, with foreign keys not checked during the
 * copy (the rows come from a database that checked them). SQLite's 0 and 1 become PostgreSQL booleans.
 */
export async function copyToPostgres(
  sqlite: SqliteDatabase.Database,
  target: BenchDatabase,
): Promise<number> {
  const { url, schema } = target.pg!;
  const client = new pg.Client({ connectionString: url, options: `-c search_path=${schema}` });
  await client.connect();
  let copied = 0;
  try {
    const columns = await client.query<{ table_name: string; column_name: string; udt_name: string }>(
      `SELECT table_name, column_name, udt_name FROM information_schema.columns
       WHERE table_schema = $1 ORDER BY table_name, ordinal_position`,
      [schema],
    );
    const tables = new Map<string, { name: string; type: string }[]>();
    for (const c of columns.rows) {
      if (skipped.has(c.table_name)) continue;
      tables.set(c.table_name, [
        ...(tables.get(c.table_name) ?? []),
        { name: c.column_name, type: c.udt_name },
      ]);
    }
    await client.query('BEGIN');
    await client.query('SET LOCAL session_replication_role = replica');
    for (const [table, cols] of tables) {
      const started = performance.now();
      const names = cols.map((c) => `"${c.name}"`).join(', ');
      const select = sqlite.prepare(`SELECT ${names} FROM "${table}"`).raw(true);
      const insert = `INSERT INTO "${table}" (${names}) SELECT * FROM unnest(${cols
        .map((c, i) => `$${i + 1}::${c.type}[]`)
        .join(', ')})`;
      let chunk: unknown[][] = cols.map(() => []);
      let n = 0;
      const flush = async () => {
        if (n === 0) return;
        await client.query(insert, chunk);
        copied += n;
        chunk = cols.map(() => []);
        n = 0;
      };
      let rows = 0;
      for (const row of select.iterate() as Iterable<unknown[]>) {
        for (const [i, c] of cols.entries()) chunk[i]!.push(c.type === 'bool' ? toBoolean(row[i]) : row[i]);
        n++;
        rows++;
        if (n === rowsPerInsert) await flush();
      }
      await flush();
      if (rows > 10_000)
        log(`copied ${rows} rows of ${table} in ${Math.round(performance.now() - started)} ms`);
    }
    await client.query('COMMIT');
    await client.query('ANALYZE');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    await client.end();
  }
  return copied;
}

const toBoolean = (value: unknown) => (value === null || value === undefined ? null : Boolean(value));
