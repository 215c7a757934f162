import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { CliError } from './errors.ts';

/** "Given Name" in a spreadsheet header is the column given_name. */
const columnName = (header: string) => header.trim().toLowerCase().replace(/\s+/g, '_');

/** The data rows of a CSV file with known columns; a typo in a header stops the import before anything else. */
export function readCsv(file: string, known: readonly string[], noun: string): Record<string, string>[] {
  let content: Buffer;
  try {
    content = readFileSync(file);
  } catch (error) {
    throw new CliError('cli.csv.cannot_read', { file, reason: (error as Error).message });
  }
  let header: string[] = [];
  try {
    return parse(content, {
      bom: true,
      trim: true,
      skip_empty_lines: true,
      columns: (names: string[]) => {
        header = names.map(columnName);
        const unknown = header.filter((name) => name !== '' && !known.includes(name));
        if (unknown.length > 0) {
          throw new CliError('cli.csv.unknown_columns', { file, columns: unknown.join(', '), noun });
        }
        const repeated = header.find((name, i) => name !== '' && header.indexOf(name) !== i);
        if (repeated) throw new CliError('cli.csv.repeated_column', { file, column: repeated });
        return header;
      },
    }) as Record<string, string>[];
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError('cli.csv.unreadable', { file, reason: (error as Error).message });
  }
}

/** A UUID (version 8: custom) that is the same every time for the same text. */
export function uuidFrom(text: string): string {
  const b = createHash('sha256').update(text).digest().subarray(0, 16);
  b[6] = (b[6]! & 0x0f) | 0x80;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * One command id per row, from what the row says rather than where it stands: re-running a file, or
 * the same list with rows added, re-sorted or corrected, applies only the rows not applied before.
 * Identical rows are told apart by how many came before them.
 */
export function rowCommandIds(scope: string, records: Record<string, string>[]): string[] {
  const seen = new Map<string, number>();
  return records.map((cells) => {
    const content = JSON.stringify(
      Object.entries(cells)
        .filter(([name, value]) => name !== '' && value !== '')
        .sort(([a], [b]) => (a < b ? -1 : 1)),
    );
    const occurrence = seen.get(content) ?? 0;
    seen.set(content, occurrence + 1);
    return uuidFrom(`${scope}\n${content}\n${occurrence}`);
  });
}
