import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { translate } from '@groundwork/core';
import SqliteDatabase from 'better-sqlite3';
import type { Config } from '../config.ts';
import { openSqlite } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { CliError, command } from './errors.ts';
import { runningServerPid } from './pid-file.ts';

export interface RestoreArgs {
  file: string;
}

function checkBackup(file: string): void {
  if (!existsSync(file)) throw new CliError('cli.restore.no_file', { file });
  let db: SqliteDatabase.Database | undefined;
  try {
    db = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
    const tables = db
      .prepare(
        `SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('organisations', 'kysely_migration')`,
      )
      .pluck()
      .all();
    if (tables.length < 2) throw new CliError('cli.restore.not_groundwork', { file });
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new CliError('cli.restore.damaged', { file, reason: String(check) });
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError('cli.restore.not_sqlite_file', { file, reason: (error as Error).message });
  } finally {
    db?.close();
  }
}

async function copyDatabase(from: string, to: string): Promise<void> {
  const source = new SqliteDatabase(from, { readonly: true, fileMustExist: true });
  try {
    await source.backup(to);
  } finally {
    source.close();
  }
}

/**
 * Replaces the SQLite database with a backup. The backup is copied and brought up to date beside the
 * database first, and the database it replaces is kept, so a failed or mistaken restore loses nothing.
 */
export const restore = command(async (config: Config, args: RestoreArgs, output) => {
  if (config.databaseUrl) {
    throw new CliError('cli.restore.not_sqlite', {
      command: 'pg_restore --clean --dbname="$DATABASE_URL" groundwork.dump',
    });
  }
  const target = config.sqliteFile;
  const pid = runningServerPid(config);
  if (pid) throw new CliError('cli.restore.server_running', { pid: String(pid), file: target });
  checkBackup(args.file);
  mkdirSync(dirname(target), { recursive: true });
  const incoming = `${target}.restoring`;
  rmSync(incoming, { force: true });
  await copyDatabase(args.file, incoming);
  const restored = openSqlite(incoming);
  try {
    await migrateToLatest(restored.db);
  } catch (error) {
    await restored.close();
    rmSync(incoming, { force: true });
    throw new CliError('cli.restore.cannot_migrate', { file: args.file, reason: (error as Error).message });
  }
  await restored.close();
  let kept = '';
  if (existsSync(target)) {
    kept = `${target}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    await copyDatabase(target, kept);
  }
  for (const suffix of ['-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
  renameSync(incoming, target);
  output.out(
    kept
      ? translate(output.locale, 'cli.restore.done_kept', { target, file: args.file, kept })
      : translate(output.locale, 'cli.restore.done', { target, file: args.file }),
  );
  return 0;
});
