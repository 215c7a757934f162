import { type Locale, type MessageKey, translate } from '@groundwork/core';
import type { z } from 'zod';
import type { Database } from '../db/database.ts';
import type { Organisation } from '../orgs/organisations.ts';

export interface RowError {
  row: number;
  column: string;
  message: string;
}

export interface Currency {
  code: string;
  /** Digits after the decimal point: INR 2, XOF 0. */
  exponent: number;
}

export function currencyOf(org: Organisation): Currency {
  const format = new Intl.NumberFormat('en', { style: 'currency', currency: org.currency });
  return { code: org.currency, exponent: format.resolvedOptions().maximumFractionDigits ?? 2 };
}

/** An integer count of minor units written in major units without floating point: 15050 paise is "150.50". */
export function toMajor(minor: number, exponent: number): string {
  if (exponent === 0) return String(minor);
  const digits = String(Math.abs(minor)).padStart(exponent + 1, '0');
  const sign = minor < 0 ? '-' : '';
  return `${sign}${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}

const yes = new Set(['yes', 'y', 'true', '1']);
const no = new Set(['no', 'n', 'false', '0']);

/** Reads the cells of one CSV row into typed values, collecting what cannot be read in the output's language. */
export class RowReader {
  readonly errors: RowError[] = [];

  constructor(
    readonly row: number,
    private readonly cells: Record<string, string>,
    readonly locale: Locale,
  ) {}

  /** Notes that a cell cannot be taken. */
  fail(column: string, key: MessageKey, params: Record<string, string | number> = {}): undefined {
    this.errors.push({ row: this.row, column, message: translate(this.locale, key, params) });
    return undefined;
  }

  text(column: string): string | undefined {
    const value = this.cells[column]?.trim();
    return value ? value : undefined;
  }

  word(column: string): string | undefined {
    return this.text(column)
      ?.toLowerCase()
      .replace(/[\s-]+/g, '_');
  }

  integer(column: string): number | undefined {
    const value = this.text(column);
    if (value === undefined) return undefined;
    return /^-?\d+$/.test(value) ? Number(value) : this.fail(column, 'cli.row.whole_number');
  }

  number(column: string): number | undefined {
    const value = this.text(column);
    if (value === undefined) return undefined;
    return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : this.fail(column, 'cli.row.number');
  }

  flag(column: string): boolean | undefined {
    const value = this.text(column)?.toLowerCase();
    if (value === undefined) return undefined;
    if (yes.has(value)) return true;
    if (no.has(value)) return false;
    return this.fail(column, 'cli.row.yes_or_no');
  }

  list(column: string): string[] | undefined {
    const items = this.text(column)
      ?.split(';')
      .map((s) => s.trim())
      .filter(Boolean);
    return items?.length ? items : undefined;
  }

  /** A decimal as a whole number of its smallest unit, exactly: "2.5" at 2 places is 250. */
  scaled(column: string, places: number, value = this.text(column)): number | undefined {
    if (value === undefined) return undefined;
    const match = /^(\d+)(?:\.(\d+))?$/.exec(value.replace(/,/g, ''));
    if (!match) return this.fail(column, 'cli.row.amount');
    const fraction = match[2] ?? '';
    if (fraction.length > places) {
      return places === 0
        ? this.fail(column, 'cli.row.no_decimals')
        : this.fail(column, 'cli.row.max_decimals', { places });
    }
    return Number(`${match[1]}${fraction.padEnd(places, '0')}`);
  }
}

/** A CSV row on its way out; empty cells may be null. */
export type Cells = Record<string, string | null | undefined>;

/** What the import and export of one kind of record need to know about its columns. */
export interface CsvKind<P> {
  /** The plural names the command: `import people`. */
  noun: string;
  /** What the import and export say when done: a count of these records. */
  messages: { imported: MessageKey; exported: MessageKey; exportedToFile: MessageKey };
  commandType: string;
  table: 'people' | 'groups';
  /** Every column with what it holds, for `--help`. */
  columns: readonly (readonly [name: string, meaning: string])[];
  schema: z.ZodType<P>;
  read(row: RowReader, currency: Currency): Record<string, unknown>;
  /** The CSV column a payload field came from, so errors name what the person typed. */
  columnOf(field: string): string;
  /** The organisation's records as CSV rows, a page at a time, in an order that re-imports. */
  pages(database: Database, org: Organisation, currency: Currency): AsyncGenerator<Cells[]>;
}

export async function areaCodesOf(database: Database, orgId: string): Promise<Map<string, string>> {
  const rows = await database.db
    .selectFrom('areas')
    .select(['id', 'code'])
    .where('org_id', '=', orgId)
    .where('code', 'is not', null)
    .execute();
  return new Map(rows.map((r) => [r.id, r.code ?? '']));
}

/** Looks a field up, then its parents: `skills.3` is the `skills` column. */
export function columnFrom(columns: Record<string, string>, field: string): string {
  const parts = field.replace(/^payload\./, '').split('.');
  for (let n = parts.length; n > 0; n--) {
    const column = columns[parts.slice(0, n).join('.')];
    if (column) return column;
  }
  return field;
}
