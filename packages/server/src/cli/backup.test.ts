import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { type Database, openSqlite } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { testDatabaseKinds } from '../db/testing.ts';
import { makeOrg } from '../testing/harness.ts';
import { backup } from './backup.ts';
import { pidFileOf } from './pid-file.ts';
import { restore } from './restore.ts';
import { captureOutput, useTempDir } from './testing.ts';

const slugs = async (database: Database) =>
  (await database.db.selectFrom('organisations').select('slug').orderBy('slug').execute()).map((r) => r.slug);

describe('backup and restore of SQLite', () => {
  const dir = useTempDir();
  const config = loadConfig({ GROUNDWORK_DATA_DIR: join(dir, 'data') });
  const backupFile = join(dir, 'backup.db');

  beforeAll(async () => {
    const database = openSqlite(config.sqliteFile);
    await migrateToLatest(database.db);
    await makeOrg(database, 'before-backup');
    const output = captureOutput();
    expect(await backup(database, { file: backupFile, force: false }, output)).toBe(0);
    expect(await backup(database, { file: backupFile, force: false }, output)).toBe(1);
    expect(output.stderr[0]).toContain('already exists');
    await makeOrg(database, 'after-backup');
    await database.close();
  });

  it('restores the rows of the backup and keeps the database it replaced', async () => {
    const output = captureOutput();
    expect(await restore(config, { file: backupFile }, output)).toBe(0);
    const restored = openSqlite(config.sqliteFile);
    expect(await slugs(restored)).toEqual(['before-backup']);
    await restored.close();
    const kept = readdirSync(join(dir, 'data')).find((name) => name.includes('before-restore'));
    expect(kept).toBeDefined();
    const previous = openSqlite(join(dir, 'data', kept!));
    expect(await slugs(previous)).toEqual(['after-backup', 'before-backup']);
    await previous.close();
  });

  it('refuses a file that is not a Groundwork database', async () => {
    const junk = join(dir, 'junk.db');
    writeFileSync(junk, 'this is not a database, it is a shopping list');
    const empty = join(dir, 'empty.db');
    const other = new SqliteDatabase(empty);
    other.exec('CREATE TABLE t (x)');
    other.close();
    const output = captureOutput();
    expect(await restore(config, { file: junk }, output)).toBe(1);
    expect(await restore(config, { file: empty }, output)).toBe(1);
    expect(await restore(config, { file: join(dir, 'missing.db') }, output)).toBe(1);
    expect(output.stderr[0]).toMatch(/junk\.db is not a SQLite database/);
    expect(output.stderr[1]).toMatch(/empty\.db is a SQLite database, but not a Groundwork one/);
    expect(output.stderr[2]).toMatch(/There is no file .*missing\.db/);
  });

  it('refuses while a server holds the database', async () => {
    writeFileSync(pidFileOf(config), String(process.pid));
    const output = captureOutput();
    try {
      expect(await restore(config, { file: backupFile }, output)).toBe(1);
    } finally {
      rmSync(pidFileOf(config));
    }
    expect(output.stderr[0]).toContain(`process ${process.pid}`);
    expect(existsSync(`${config.sqliteFile}.restoring`)).toBe(false);
  });
});

describe.each(testDatabaseKinds().filter((k) => k.name === 'postgres'))('backup on $name', (kind) => {
  let database: Database;
  const dir = useTempDir();
  beforeAll(async () => {
    database = await kind.open();
  });
  afterAll(() => database.close());

  it('points to pg_dump and pg_restore', async () => {
    const output = captureOutput();
    expect(await backup(database, { file: join(dir, 'x.db'), force: false }, output)).toBe(1);
    const config = loadConfig({ DATABASE_URL: 'postgres://example/db' });
    expect(await restore(config, { file: 'x.dump' }, output)).toBe(1);
    expect(output.stderr[0]).toContain('pg_dump');
    expect(output.stderr[1]).toContain('pg_restore');
  });
});
