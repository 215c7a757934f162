import { type CommandEnvelope, type DomainError, type Locale, translate } from '@groundwork/core';
import type { Database } from '../db/database.ts';
import type { Organisation } from '../orgs/organisations.ts';
import { issuesOf } from '../shared/validate.ts';
import { applyAllOrNothing, batchSize } from './apply-all.ts';
import { readCsv, rowCommandIds } from './csv-file.ts';
import { type CsvKind, currencyOf, type RowError, RowReader } from './csv-kind.ts';
import { command, errorSentence, reasonText } from './errors.ts';
import type { Output } from './output.ts';
import { requireOrganisation } from './system.ts';

export interface ImportArgs {
  file: string;
  org: string;
}

interface Draft {
  row: number;
  commandId: string;
  reader: RowReader;
  payload: Record<string, unknown>;
}

const rowOf = (index: number) => index + 2;

async function idsIn(
  database: Database,
  table: 'commands' | 'people' | 'groups',
  orgId: string,
  ids: string[],
): Promise<Set<string>> {
  const found = new Set<string>();
  for (let start = 0; start < ids.length; start += batchSize) {
    const rows = await database.db
      .selectFrom(table)
      .select('id')
      .where('org_id', '=', orgId)
      .where('id', 'in', ids.slice(start, start + batchSize))
      .execute();
    for (const r of rows) found.add(r.id);
  }
  return found;
}

/** area_code names an area the way a spreadsheet would, and across installations; it wins over area_id. */
async function resolveAreaCodes(database: Database, orgId: string, drafts: Draft[]): Promise<void> {
  const codes = [...new Set(drafts.flatMap((d) => d.reader.text('area_code') ?? []))];
  const idsByCode = new Map<string, string[]>();
  for (let start = 0; start < codes.length; start += batchSize) {
    const rows = await database.db
      .selectFrom('areas')
      .select(['id', 'code'])
      .where('org_id', '=', orgId)
      .where('code', 'in', codes.slice(start, start + batchSize))
      .execute();
    for (const r of rows) idsByCode.set(r.code ?? '', [...(idsByCode.get(r.code ?? '') ?? []), r.id]);
  }
  for (const d of drafts) {
    const code = d.reader.text('area_code');
    if (!code) continue;
    const ids = idsByCode.get(code) ?? [];
    if (ids.length === 0) d.reader.fail('area_code', 'cli.row.unknown_area_code', { code });
    else if (ids.length > 1)
      d.reader.fail('area_code', 'cli.row.ambiguous_area_code', { count: String(ids.length), code });
    else d.payload.areaId = ids[0];
  }
}

function validationErrors<P>(kind: CsvKind<P>, d: Draft): RowError[] {
  const parsed = kind.schema.safeParse(d.payload);
  if (parsed.success) return d.reader.errors;
  const unreadable = new Set(d.reader.errors.map((e) => e.column));
  const invalid = issuesOf(parsed.error, '')
    .map((issue) => ({
      row: d.row,
      column: kind.columnOf(issue.field),
      message: reasonText(issue, d.reader.locale),
    }))
    .filter((e) => !unreadable.has(e.column));
  return [...d.reader.errors, ...invalid];
}

/** Explicit ids must be new: in the file and in the database, unless the row was imported before. */
async function idErrors(
  database: Database,
  table: 'people' | 'groups',
  orgId: string,
  drafts: Draft[],
  locale: Locale,
) {
  const withId = drafts.filter((d) => typeof d.payload.id === 'string');
  const taken = await idsIn(
    database,
    table,
    orgId,
    withId.map((d) => d.payload.id as string),
  );
  const firstRow = new Map<string, number>();
  return withId.flatMap((d): RowError[] => {
    const id = d.payload.id as string;
    const earlier = firstRow.get(id);
    if (earlier !== undefined) {
      const message = translate(locale, 'cli.row.repeated_id', { row: String(earlier) });
      return [{ row: d.row, column: 'id', message }];
    }
    firstRow.set(id, d.row);
    return taken.has(id)
      ? [{ row: d.row, column: 'id', message: translate(locale, 'cli.row.id_taken') }]
      : [];
  });
}

export function rejectionErrors<P>(
  kind: CsvKind<P>,
  row: number,
  error: DomainError,
  locale: Locale,
): RowError[] {
  if (error.issues.length > 0) {
    return error.issues.map((i) => ({ row, column: kind.columnOf(i.field), message: reasonText(i, locale) }));
  }
  return [{ row, column: kind.columnOf(error.field ?? ''), message: errorSentence(error, locale) }];
}

function report(
  output: Output,
  errors: RowError[],
  summary: 'cli.import.rows_invalid' | 'cli.import.rows_refused',
): number {
  const sorted = [...errors].sort((a, b) => a.row - b.row || a.column.localeCompare(b.column));
  for (const e of sorted) {
    output.err(
      translate(output.locale, 'cli.import.row_error', {
        row: String(e.row),
        column: e.column,
        message: e.message,
      }),
    );
  }
  const rows = new Set(errors.map((e) => e.row)).size;
  output.err(translate(output.locale, summary, { rows }));
  return 1;
}

/**
 * Reads and checks every row of a file, for the command line and the HTTP import alike: each row's
 * command id comes from its content (so rows imported before are skipped), area codes are resolved,
 * and every cell that cannot be taken is reported. The commands are what is left to apply.
 */
export async function checkRows<P>(
  database: Database,
  org: Organisation,
  kind: CsvKind<P>,
  records: Record<string, string>[],
  locale: Locale,
) {
  const currency = currencyOf(org);
  const commandIds = rowCommandIds(`${org.id}\n${kind.commandType}`, records);
  const drafts = records.map((cells, i): Draft => {
    const reader = new RowReader(rowOf(i), cells, locale);
    return { row: rowOf(i), commandId: commandIds[i]!, reader, payload: kind.read(reader, currency) };
  });
  await resolveAreaCodes(database, org.id, drafts);
  const imported = await idsIn(database, 'commands', org.id, commandIds);
  const pending = drafts.filter((d) => !imported.has(d.commandId));
  const errors = [
    ...drafts.flatMap((d) => validationErrors(kind, d)),
    ...(await idErrors(database, kind.table, org.id, pending, locale)),
  ];
  const at = new Date().toISOString();
  const commands: CommandEnvelope[] = pending.map((d) => ({
    id: d.commandId,
    type: kind.commandType,
    at,
    payload: d.payload,
  }));
  return { errors, imported, pending, commands };
}

export function importCsv<P>(kind: CsvKind<P>) {
  return command(async (database: Database, args: ImportArgs, output) => {
    const org = await requireOrganisation(database, args.org);
    const records = readCsv(
      args.file,
      kind.columns.map(([name]) => name),
      kind.noun,
    );
    const { errors, imported, pending, commands } = await checkRows(
      database,
      org,
      kind,
      records,
      output.locale,
    );
    if (errors.length > 0) return report(output, errors, 'cli.import.rows_invalid');
    const showProgress = commands.length > batchSize;
    const rejections = await applyAllOrNothing(database, org.id, commands, (done) => {
      if (showProgress) {
        output.err(
          translate(output.locale, 'cli.import.progress', {
            done: String(done),
            total: String(commands.length),
          }),
        );
      }
    });
    if (rejections.length > 0) {
      const refused = rejections.flatMap((r) =>
        rejectionErrors(kind, pending[r.index]!.row, r.error, output.locale),
      );
      return report(output, refused, 'cli.import.rows_refused');
    }
    output.out(
      translate(output.locale, kind.messages.imported, {
        count: commands.length,
        file: args.file,
        before: imported.size,
      }),
    );
    return 0;
  });
}
