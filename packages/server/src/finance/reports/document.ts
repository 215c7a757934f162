import { type Locale, type MessageKey, translate } from '@groundwork/core';
import { formatDate } from './format.ts';
import { kindLabels, labelOf } from './labels.ts';

/**
 * A report as a reader sees it, whatever the format: a title, a few facts (the group, the member, the
 * period), and tables. The JSON answer is the report's own data; CSV and HTML are drawn from this.
 */
export type CellType = 'text' | 'date' | 'money' | 'count' | 'percent';
export type Cell = string | number | null;
export type Row = Record<string, Cell>;

export interface Column {
  key: string;
  label: MessageKey;
  type: CellType;
}

export interface Table {
  /** The section's name; null for a report of one table. */
  heading: string | null;
  columns: Column[];
  rows: Row[];
  /** Totals and closing balances, set apart below the rows. */
  footer: Row[];
  /** What to say when there are no rows; 'nothing was recorded in this period' unless set. */
  empty?: string;
}

export interface Fact {
  label: MessageKey;
  value: Cell;
  type: CellType;
}

export interface ReportDocument {
  /** The file name without extension, ASCII only: 'cash-book_2025-01-06_2025-03-31'. */
  file: string;
  title: MessageKey;
  /** What the report is about (the group's name, an area's), shown beside the title. */
  subject: string;
  /** How the subject is named; 'Group' unless set. */
  subjectLabel?: MessageKey;
  /** The currency of its amounts; null for a report with no money in it, which then names none. */
  currency: string | null;
  facts: Fact[];
  notes: string[];
  tables: Table[];
}

/** The currency of a money cell: a report with money in it always names its currency. */
export function moneyCurrency(currency: string | null): string {
  if (currency === null) throw new Error('A report with amounts of money must name its currency');
  return currency;
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export const translator =
  (locale: Locale): Translate =>
  (key, params) =>
    translate(locale, key, params);

/** Where a group's entry came from, kept with each line of a book. */
export interface EntryRef {
  entryId: string;
  /** The entry's kind; 'reversal' for a correction. */
  kind: string;
  /** For a correction, the entry it cancels and that entry's kind. */
  reverses: { entryId: string; kind: string } | null;
  /** True when a later correction (up to the report's end date) cancels this entry. */
  reversed: boolean;
}

/** The words for an entry: its kind, or "correction, cancels: …" for a reversal. */
export function describeEntry(t: Translate, ref: Pick<EntryRef, 'kind' | 'reverses' | 'reversed'>): string {
  const label = (kind: string) => {
    const key = labelOf(kindLabels, kind);
    return key ? t(key) : kind;
  };
  if (ref.reverses) return t('report.line.reversal', { kind: label(ref.reverses.kind) });
  if (ref.reversed) return t('report.line.reversed', { kind: label(ref.kind) });
  return label(ref.kind);
}

/** The period fact: '6 Jan 2025 to 31 Mar 2025'. */
export function periodFact(t: Translate, locale: Locale, from: string, to: string): Fact {
  return {
    label: 'report.fact.period',
    value: t('report.fact.period_value', { from: formatDate(from, locale), to: formatDate(to, locale) }),
    type: 'text',
  };
}
