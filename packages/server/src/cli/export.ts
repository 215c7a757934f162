import { closeSync, openSync, writeSync } from 'node:fs';
import { translate } from '@groundwork/core';
import { stringify } from 'csv-stringify/sync';
import type { Database } from '../db/database.ts';
import { type CsvKind, currencyOf } from './csv-kind.ts';
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
    throw new CliError('cli.export.cannot_write', { file, reason: (error as Error).message });
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
    output.err(
      args.out
        ? translate(output.locale, kind.messages.exportedToFile, { count, org: org.slug, file: args.out })
        : translate(output.locale, kind.messages.exported, { count, org: org.slug }),
    );
    return 0;
  });
}
