import type { Database } from '../db/database.ts';
import { loadDemo } from '../demo/load.ts';
import { hasOrganisations, printDemoLogins } from './demo-logins.ts';
import { CliError, command } from './errors.ts';

export const demo = command(async (database: Database, _args: object, output) => {
  if (await hasOrganisations(database)) {
    throw new CliError(
      'This database already has organisations; demo data loads only into an empty one. ' +
        'Point GROUNDWORK_DATA_DIR or DATABASE_URL at a new database.',
    );
  }
  printDemoLogins(output, await loadDemo(database));
  return 0;
});
