import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, type SqliteDatabase as KyselySqlite, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { startCheckpointer } from './checkpointer.ts';
import type { Tables } from './schema.ts';

export type DialectName = 'sqlite' | 'postgres';

export interface Database {
  db: Kysely<Tables>;
  dialect: DialectName;
  /** The raw SQLite handle, for online backup and for the raw-insert baseline of the benchmarks. */
  sqlite?: SqliteDatabase.Database;
  close(): Promise<void>;
}

// PostgreSQL bigint arrives as text by default; change sequences fit in a JavaScript number.
pg.types.setTypeParser(20, (value) => Number(value));

export interface OpenOptions {
  /** postgres://… for PostgreSQL; anything else is ignored. */
  url?: string | undefined;
  /** The SQLite file, or ':memory:'. */
  sqliteFile?: string;
  /** PostgreSQL schema to use instead of public (tests give each run its own). */
  pgSchema?: string;
  poolSize?: number;
}

/**
 * Kysely prepares every query afresh, and on the sync path preparing was a fifth of the time (see
 * DEVELOPERS.md, benchmarks). The same SQL text reuses its prepared statement; SQLite re-prepares it by
 * itself after a schema change. A statement still being iterated is busy, so that query gets a fresh one.
 * When full, the oldest entry goes: the hot statements are few and come back at once.
 */
export function withStatementCache(sqlite: SqliteDatabase.Database, capacity = 500): KyselySqlite {
  const cache = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(text) {
      const cached = cache.get(text);
      if (cached && !cached.busy) return cached;
      const statement = sqlite.prepare(text);
      if (!cached) {
        if (cache.size >= capacity) cache.delete(cache.keys().next().value!);
        cache.set(text, statement);
      }
      return statement;
    },
  };
}

export function openSqlite(file: string): Database {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('temp_store = MEMORY');
  const checkpointer = file === ':memory:' ? undefined : startCheckpointer(sqlite, file);
  const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  const close = async () => {
    await checkpointer?.stop();
    await db.destroy();
    // Kysely closes the handle only if it ever ran a query; the last connection to close removes the log.
    if (sqlite.open) sqlite.close();
  };
  return { db, dialect: 'sqlite', sqlite, close };
}

export function openPostgres(url: string, schema?: string, poolSize = 10): Database {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', close: () => db.destroy() };
}

export function openDatabase(options: OpenOptions): Database {
  if (options.url && /^postgres(ql)?:\/\//.test(options.url)) {
    return openPostgres(options.url, options.pgSchema, options.poolSize);
  }
  return openSqlite(options.sqliteFile ?? ':memory:');
}

export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  return (
    e?.code === '23505' ||
    e?.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}
