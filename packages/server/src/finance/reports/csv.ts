import { stringify } from 'csv-stringify/sync';
import {
  type Cell,
  type CellType,
  type Column,
  moneyCurrency,
  type ReportDocument,
  type Translate,
} from './document.ts';
import { majorUnits, percentText } from './format.ts';

/** A cell as a spreadsheet reads it: amounts in major units with a point ("12.50"), dates as YYYY-MM-DD. */
function csvCell(value: Cell, type: CellType, currency: string | null): string {
  if (value === null) return '';
  if (type === 'money') return majorUnits(Number(value), moneyCurrency(currency));
  if (type === 'percent') return percentText(Number(value));
  return String(value);
}

/**
 * A report as one CSV table with translated headers. A report of several tables (the sections of a
 * passbook, the bank accounts of a bank book) becomes one table with a first column naming the section,
 * and the columns of all of them. It starts with a byte order mark so that spreadsheet programs read
 * Devanagari as UTF-8.
 */
export function toCsv(doc: ReportDocument, t: Translate): string {
  const sectioned = doc.tables.length > 1 || doc.tables.some((table) => table.heading !== null);
  const columns: Column[] = [];
  for (const table of doc.tables) {
    for (const column of table.columns) {
      if (!columns.some((c) => c.key === column.key)) columns.push(column);
    }
  }
  const header = [...(sectioned ? [t('report.column.section')] : []), ...columns.map((c) => t(c.label))];
  const records = doc.tables.flatMap((table) =>
    [...table.rows, ...table.footer].map((row) => [
      ...(sectioned ? [table.heading ?? ''] : []),
      ...columns.map((c) => csvCell(row[c.key] ?? null, c.type, doc.currency)),
    ]),
  );
  return stringify([header, ...records], { bom: true });
}
