import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { type Database, openPostgres, openSqlite } from './database.ts';
import { migrateToLatest } from './migrate.ts';

export interface TestDatabaseKind {
  name: 'sqlite' | 'postgres';
  open(): Promise<Database>;
}

/** SQLite always; PostgreSQL too when TEST_DATABASE_URL is set. Each open gives a fresh, migrated database. */
export function testDatabaseKinds(): TestDatabaseKind[] {
  const kinds: TestDatabaseKind[] = [{ name: 'sqlite', open: openTestSqlite }];
  const url = process.env.TEST_DATABASE_URL;
  if (url) kinds.push({ name: 'postgres', open: () => openTestPostgres(url) });
  return kinds;
}

async function openTestSqlite(): Promise<Database> {
  const database = openSqlite(':memory:');
  await migrateToLatest(database.db);
  return database;
}

/** A schema of its own per test database, dropped on close, so test files can run side by side. */
async function openTestPostgres(url: string): Promise<Database> {
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const database = openPostgres(url, schema, 5);
  const drop = async () => {
    await sql`DROP SCHEMA ${sql.id(schema)} CASCADE`.execute(database.db);
    await database.close();
  };
  try {
    await migrateToLatest(database.db, schema);
  } catch (error) {
    await drop();
    throw error;
  }
  return {
    ...database,
    close: drop,
  };
}
