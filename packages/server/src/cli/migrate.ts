import type { Database } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { command } from './errors.ts';

export const migrate = command(async (database: Database, _args: object, output) => {
  const applied = await migrateToLatest(database.db);
  output.out(
    applied.length > 0 ? `Applied migrations: ${applied.join(', ')}.` : 'The database is up to date.',
  );
  return 0;
});
