import { existsSync, rmSync } from 'node:fs';
import { translate } from '@groundwork/core';
import type { Database } from '../db/database.ts';
import { CliError, command } from './errors.ts';

export interface BackupArgs {
  file: string;
  force: boolean;
}

/** An online backup: the server may keep running and writing while the copy is made. */
export const backup = command(async (database: Database, args: BackupArgs, output) => {
  if (!database.sqlite) {
    throw new CliError('cli.backup.not_sqlite', {
      command: 'pg_dump --format=custom --file=groundwork.dump "$DATABASE_URL"',
    });
  }
  if (existsSync(args.file)) {
    if (!args.force) throw new CliError('cli.backup.file_exists', { file: args.file });
    rmSync(args.file);
  }
  await database.sqlite.backup(args.file);
  output.out(translate(output.locale, 'cli.backup.done', { file: args.file }));
  return 0;
});
