import { existsSync, rmSync } from 'node:fs';
import type { Database } from '../db/database.ts';
import { CliError, command } from './errors.ts';

export interface BackupArgs {
  file: string;
  force: boolean;
}

/** An online backup: the server may keep running and writing while the copy is made. */
export const backup = command(async (database: Database, args: BackupArgs, output) => {
  if (!database.sqlite) {
    throw new CliError(
      'backup copies the SQLite database. On PostgreSQL use pg_dump, for example: ' +
        'pg_dump --format=custom --file=groundwork.dump "$DATABASE_URL"',
    );
  }
  if (existsSync(args.file)) {
    if (!args.force)
      throw new CliError(`${args.file} already exists; give another name, or --force to replace it.`);
    rmSync(args.file);
  }
  await database.sqlite.backup(args.file);
  output.out(`Backed up the database to ${args.file}.`);
  return 0;
});
