import { closeSync, openSync, writeSync } from 'node:fs';
import { stringify } from 'csv-stringify/sync';
import type { Database } from '../db/database.ts';
import { type CsvKind, countOf, currencyOf } from './csv-kind.ts';
import { CliError, command } from './errors.ts';
import { requireOrganisation } from './system.ts';

export interface ExportArgs {
  org: string;
  out?: string | undefined;
}

function openOut(file: string): number {
  try {
    return openSync(file, 'w');
  } catch (error) {
    throw new CliError(`Cannot write ${file}: ${(error as Error).message}`);
  }
}

/** Writes the organisation's records in the import's own columns, so that the file can be imported again. */
export function exportCsv<P>(kind: CsvKind<P>) {
  return command(async (database: Database, args: ExportArgs, output) => {
    const org = await requireOrganisation(database, args.org);
    const columns = kind.columns.map(([name]) => name);
    const fd = args.out ? openOut(args.out) : undefined;
    const write = (text: string) => (fd === undefined ? output.raw(text) : writeSync(fd, text));
    let count = 0;
    try {
      write(stringify([columns]));
      for await (const page of kind.pages(database, org, currencyOf(org))) {
        write(stringify(page, { columns }));
        count += page.length;
      }
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
    output.err(`Exported ${countOf(kind, count)} of ${org.slug}${args.out ? ` to ${args.out}` : ''}.`);
    return 0;
  });
}
