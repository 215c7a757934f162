import type { Database } from '../db/database.ts';
import { loadDemo } from '../demo/load.ts';
import { hasOrganisations, printDemoLogins } from './demo-logins.ts';
import { CliError, command } from './errors.ts';

export const demo = command(async (database: Database, _args: object, output) => {
  if (await hasOrganisations(database)) {
    throw new CliError('cli.demo.not_empty');
  }
  printDemoLogins(output, await loadDemo(database));
  return 0;
});
