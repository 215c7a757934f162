import type { Actor, Locale } from '@groundwork/core';
import type { CsvKind, RowError } from '../cli/csv-kind.ts';
import { checkRows, rejectionErrors } from '../cli/import.ts';
import type { Database } from '../db/database.ts';
import { loadOrganisation } from '../orgs/organisations.ts';
import { applyAllAs } from './apply-as.ts';
import { readCsvText } from './csv-text.ts';

export interface ImportReport {
  /** Data rows in the file. */
  rows: number;
  /** Every cell that cannot be taken, sorted by row then column; when any, nothing was written. */
  errors: RowError[];
  /** Rows written now (or, on a dry run, that would be). */
  applied: number;
  /** Rows imported before (same content): skipped, so sending a file twice writes it once. */
  before: number;
  dryRun: boolean;
}

export interface ImportRequest {
  database: Database;
  actor: Actor;
  deviceId: string;
  locale: Locale;
  csv: string;
  file: string;
  dryRun: boolean;
}

const sorted = (errors: RowError[]) =>
  [...errors].sort((a, b) => a.row - b.row || a.column.localeCompare(b.column));

/**
 * The CLI's import over HTTP: the same columns, checks and command ids (from the row's content, so a
 * file sent again applies only its new rows), all or nothing, but as the user rather than the installation.
 */
export async function importRows<P>(kind: CsvKind<P>, request: ImportRequest): Promise<ImportReport> {
  const { database, actor, locale } = request;
  const org = await loadOrganisation(database.db, actor.orgId);
  const parsed = readCsvText(
    request.csv,
    kind.columns.map(([name]) => name),
    kind.noun,
    request.file,
    locale,
  );
  const records = parsed.records;
  const answer = (errors: RowError[], applied: number, before: number): ImportReport => ({
    rows: records.length,
    errors: sorted(errors),
    applied: errors.length > 0 ? 0 : applied,
    before,
    dryRun: request.dryRun,
  });
  if (parsed.errors.length > 0) return answer(parsed.errors, 0, 0);

  const { errors, imported, pending, commands } = await checkRows(database, org, kind, records, locale);
  if (errors.length > 0) return answer(errors, 0, imported.size);

  const rejections = await applyAllAs(database, actor, request.deviceId, commands, !request.dryRun);
  const refused = rejections.flatMap((r) => rejectionErrors(kind, pending[r.index]!.row, r.error, locale));
  return answer(refused, commands.length, imported.size);
}
