import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { backstopPages, startCheckpointer } from './checkpointer.ts';
import { openSqlite } from './database.ts';

const dirs: string[] = [];
function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'groundwork-checkpoint-'));
  dirs.push(dir);
  return join(dir, 'groundwork.db');
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function until(check: () => boolean, ms = 5000): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return check();
}

describe('the SQLite checkpointer', () => {
  it('copies committed pages into the database file on its own thread', async () => {
    const file = tempFile();
    const database = openSqlite(file);
    const sqlite = database.sqlite!;
    expect(sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(backstopPages);
    sqlite.exec('CREATE TABLE t (v TEXT)');
    const before = statSync(file).size;
    const insert = sqlite.prepare('INSERT INTO t VALUES (?)');
    sqlite.transaction(() => {
      for (let i = 0; i < 500; i++) insert.run('x'.repeat(4000));
    })();
    // 2 MB is far below the writer's own threshold, so only the checkpointer can have moved it.
    expect(await until(() => statSync(file).size > before + 1_500_000)).toBe(true);
    await database.close();
    expect(existsSync(`${file}-wal`)).toBe(false);
    const reopened = new SqliteDatabase(file, { readonly: true });
    expect(reopened.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 500 });
    reopened.close();
  });

  it('hands checkpoints back to the writer when its thread cannot run', async () => {
    const file = tempFile();
    const sqlite = new SqliteDatabase(file);
    sqlite.pragma('journal_mode = WAL');
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.message);
    process.on('warning', onWarning);
    try {
      const checkpointer = startCheckpointer(sqlite, join(file, 'missing', 'nothing.db'));
      expect(await until(() => sqlite.pragma('wal_autocheckpoint', { simple: true }) === 4000)).toBe(true);
      expect(await until(() => warnings.some((w) => w.includes('checkpointer stopped')))).toBe(true);
      await checkpointer.stop();
    } finally {
      process.off('warning', onWarning);
      sqlite.close();
    }
  });

  it('is not started for an in-memory database', async () => {
    const database = openSqlite(':memory:');
    expect(database.sqlite!.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    await database.close();
  });
});
