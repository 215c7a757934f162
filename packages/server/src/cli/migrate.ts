import { translate } from '@groundwork/core';
import type { Database } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { command } from './errors.ts';

export const migrate = command(async (database: Database, _args: object, output) => {
  const applied = await migrateToLatest(database.db);
  output.out(
    applied.length > 0
      ? translate(output.locale, 'cli.migrate.applied', { names: applied.join(', ') })
      : translate(output.locale, 'cli.migrate.up_to_date'),
  );
  return 0;
});
