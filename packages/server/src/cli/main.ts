import { Command, Option } from 'commander';
import { type Config, loadConfig } from '../config.ts';
import { type Database, openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { serve } from '../serve.ts';
import { backup } from './backup.ts';
import type { CsvKind } from './csv-kind.ts';
import { demo } from './demo.ts';
import { exportCsv } from './export.ts';
import { groupsCsv } from './groups-csv.ts';
import { importCsv } from './import.ts';
import { migrate } from './migrate.ts';
import { networkAdd } from './network-add.ts';
import { orgAdd } from './org-add.ts';
import { processOutput } from './output.ts';
import { peopleCsv } from './people-csv.ts';
import { restore } from './restore.ts';
import { userAdd } from './user-add.ts';
import { userDisable } from './user-disable.ts';
import { userResetPassword } from './user-password.ts';

type Run<T, A> = (target: T, args: A, output: typeof processOutput) => Promise<number>;

async function withDatabase<A>(run: Run<Database, A>, args: A, options = { migrate: true }): Promise<void> {
  const config = loadConfig();
  const database = openDatabase({ url: config.databaseUrl, sqliteFile: config.sqliteFile });
  try {
    if (options.migrate) await migrateToLatest(database.db);
    process.exitCode = await run(database, args, processOutput);
  } finally {
    await database.close();
  }
}

async function withConfig<A>(run: Run<Config, A>, args: A): Promise<void> {
  process.exitCode = await run(loadConfig(), args, processOutput);
}

const collect = (value: string, previous: string[]) => [...previous, value];

function columnsHelp(kind: CsvKind<unknown>): string {
  const width = Math.max(...kind.columns.map(([name]) => name.length));
  const lines = kind.columns.map(([name, meaning]) => `  ${name.padEnd(width)}  ${meaning}`.trimEnd());
  return [
    '',
    'Columns (a header row names them, in any order; all but the required ones may be left out):',
    ...lines,
    '',
    'Every row is checked first and nothing is written unless every row is good. Rows are numbered as in a',
    'spreadsheet: row 2 is the first data row. Running the same file again imports only rows not imported before.',
  ].join('\n');
}

const program = new Command('groundwork')
  .description('Groundwork: records for self-help groups, health outreach and community rights work.')
  .showHelpAfterError()
  .addHelpText(
    'after',
    '\nThe database is SQLite in GROUNDWORK_DATA_DIR (default ./data), or PostgreSQL when DATABASE_URL is set.',
  );

program
  .command('serve')
  .description('start the server (PORT, HOST; GROUNDWORK_DEMO=false to start empty)')
  .action(() => serve(loadConfig()));
program
  .command('migrate')
  .description('bring the database schema up to date')
  .action(() => withDatabase(migrate, {}, { migrate: false }));
program
  .command('demo')
  .description('load the demo organisations into an empty database (--scale learn: 926 SHGs over five years)')
  .addOption(new Option('--scale <scale>', 'demo or learn').choices(['demo', 'learn']).default('demo'))
  .action((options) => withDatabase(demo, options));

program
  .command('org')
  .description('organisations')
  .command('add')
  .description('create an organisation')
  .requiredOption('--name <name>', 'its full name')
  .requiredOption('--slug <slug>', 'short name: lowercase letters, digits and dashes')
  .requiredOption('--country <code>', 'ISO 3166 country code, such as IN or ML')
  .requiredOption('--currency <code>', 'ISO 4217 currency code, such as INR or XOF')
  .option('--locale <locale>', 'language: en, hi, mr or fr', 'en')
  .requiredOption('--time-zone <zone>', 'IANA time zone, such as Asia/Kolkata')
  .action((options) => withDatabase(orgAdd, options));

program
  .command('network')
  .description('networks of partner organisations')
  .command('add')
  .description('create a network')
  .requiredOption('--name <name>', 'its full name')
  .requiredOption('--slug <slug>', 'short name')
  .requiredOption('--orgs <slugs>', 'the partner organisations, comma-separated: org-a,org-b')
  .action((options) => withDatabase(networkAdd, options));

const user = program.command('user').description('user accounts');
user
  .command('add')
  .description('create a user (password from --password or GROUNDWORK_PASSWORD)')
  .requiredOption('--org <slug>', 'the user’s organisation')
  .requiredOption('--username <name>', 'the login name')
  .requiredOption(
    '--role <role>',
    'admin, coordinator, field_worker, health_worker, group_leader, viewer or network_viewer',
  )
  .option(
    '--password <password>',
    'at least 8 characters; prefer GROUNDWORK_PASSWORD, kept out of shell history',
  )
  .option('--display-name <name>', 'the name shown in the app')
  .option('--locale <locale>', 'language: en, hi, mr or fr')
  .option('--area <id>', 'an area the user works in (repeat for more)', collect, [])
  .option('--group <id>', 'a group the user works with (repeat for more)', collect, [])
  .option('--sensitive', 'may read sensitive personal data (admin, coordinator, health_worker only)', false)
  .action((options) => withDatabase(userAdd, options));
user
  .command('disable')
  .description('disable a user and end every session')
  .requiredOption('--org <slug>', 'the user’s organisation')
  .requiredOption('--username <name>', 'the login name')
  .action((options) => withDatabase(userDisable, options));
user
  .command('reset-password')
  .description('set a new password (from --password or GROUNDWORK_PASSWORD) and end every session')
  .requiredOption('--org <slug>', 'the user’s organisation')
  .requiredOption('--username <name>', 'the login name')
  .option('--password <password>', 'at least 8 characters')
  .action((options) => withDatabase(userResetPassword, options));

const importing = program.command('import').description('import people or groups from a CSV file');
const exporting = program
  .command('export')
  .description('export people or groups as CSV, in the import’s columns');
for (const kind of [peopleCsv, groupsCsv] as CsvKind<unknown>[]) {
  importing
    .command(`${kind.noun} <file>`)
    .description(`import ${kind.noun} from a CSV file, all rows or none`)
    .requiredOption('--org <slug>', 'the organisation')
    .addHelpText('after', columnsHelp(kind))
    .action((file: string, options: { org: string }) =>
      withDatabase(importCsv(kind), { file, org: options.org }),
    );
  exporting
    .command(kind.noun)
    .description(`export ${kind.noun} (never sensitive attributes)`)
    .requiredOption('--org <slug>', 'the organisation')
    .option('--out <file>', 'write to this file instead of stdout')
    .action((options: { org: string; out?: string }) => withDatabase(exportCsv(kind), options));
}

program
  .command('backup <file>')
  .description('copy the SQLite database to a file, while the server runs')
  .option('--force', 'replace the file if it exists', false)
  .action((file: string, options: { force: boolean }) =>
    withDatabase(backup, { file, force: options.force }),
  );
program
  .command('restore <file>')
  .description('replace the SQLite database with a backup (stop the server first)')
  .action((file: string) => withConfig(restore, { file }));

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // Anything not foreseen still ends in one line; LOG_LEVEL=debug shows where it came from.
  const e = error as Error;
  process.stderr.write(`groundwork: ${process.env.LOG_LEVEL === 'debug' ? e.stack : e.message}\n`);
  process.exitCode = 1;
}
