import { type Locale, translate } from '@groundwork/core';
import { parse } from 'csv-parse/sync';
import type { RowError } from '../cli/csv-kind.ts';

/** "Given Name" in a spreadsheet header is the column given_name, as the CLI reads it. */
const columnName = (header: string) => header.trim().toLowerCase().replace(/\s+/g, '_');

export type CsvText = { records: Record<string, string>[]; errors: [] } | { records: []; errors: RowError[] };

/** A problem with the whole file is told as row 1, its header. */
const headerError = (column: string, message: string): CsvText => ({
  records: [],
  errors: [{ row: 1, column, message }],
});

/**
 * The data rows of CSV text with known columns, read the way the CLI reads a file: a typo in a header
 * stops the import before anything else, told in the reader's language.
 */
export function readCsvText(
  text: string,
  known: readonly string[],
  noun: string,
  file: string,
  locale: Locale,
): CsvText {
  let header: string[] = [];
  let problem: CsvText | undefined;
  try {
    const records = parse(text, {
      bom: true,
      trim: true,
      skip_empty_lines: true,
      columns: (names: string[]) => {
        header = names.map(columnName);
        const unknown = header.filter((name) => name !== '' && !known.includes(name));
        const repeated = header.find((name, i) => name !== '' && header.indexOf(name) !== i);
        if (unknown.length > 0) {
          const columns = unknown.join(', ');
          problem = headerError(
            columns,
            translate(locale, 'cli.csv.unknown_columns', { file, columns, noun }),
          );
        } else if (repeated) {
          problem = headerError(
            repeated,
            translate(locale, 'cli.csv.repeated_column', { file, column: repeated }),
          );
        }
        if (problem) throw new Error('header refused');
        return header;
      },
    }) as Record<string, string>[];
    return { records, errors: [] };
  } catch (error) {
    if (problem) return problem;
    return headerError(
      '',
      translate(locale, 'cli.csv.unreadable', { file, reason: (error as Error).message }),
    );
  }
}
