import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { type Database, openPostgres, openSqlite } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';

export interface BenchDatabase {
  database: Database;
  /** For the PostgreSQL raw baseline: where the fresh schema lives. */
  pg?: { url: string; schema: string };
  dispose(): Promise<void>;
}

export interface BenchDatabaseKind {
  name: 'sqlite' | 'postgres';
  open(): Promise<BenchDatabase>;
}

/** SQLite always; PostgreSQL too when BENCH_DATABASE_URL (or TEST_DATABASE_URL) names one. */
export function benchDatabaseKinds(env: NodeJS.ProcessEnv = process.env): BenchDatabaseKind[] {
  const kinds: BenchDatabaseKind[] = [{ name: 'sqlite', open: openBenchSqlite }];
  const url = env.BENCH_DATABASE_URL || env.TEST_DATABASE_URL;
  if (url) kinds.push({ name: 'postgres', open: () => openBenchPostgres(url) });
  return kinds;
}

/** A file in a temporary directory with the production pragmas (WAL, synchronous=NORMAL), not :memory:. */
async function openBenchSqlite(): Promise<BenchDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'groundwork-bench-'));
  const database = openSqlite(join(dir, 'groundwork.db'));
  await migrateToLatest(database.db);
  return {
    database,
    dispose: async () => {
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function openBenchPostgres(url: string): Promise<BenchDatabase> {
  const schema = `bench_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const database = openPostgres(url, schema);
  const dispose = async () => {
    await sql`DROP SCHEMA ${sql.id(schema)} CASCADE`.execute(database.db);
    await database.close();
  };
  try {
    await migrateToLatest(database.db, schema);
  } catch (error) {
    await dispose();
    throw error;
  }
  return { database, pg: { url, schema }, dispose };
}
