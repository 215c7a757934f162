import type { MessageKey } from '@groundwork/core';
import type { Column, Fact, ReportDocument, Row } from '../finance/reports/document.ts';

/** What a report of one table says besides its rows: most outreach lists and exports are one. */
export interface OneTable {
  file: string;
  title: MessageKey;
  subject: string;
  subjectLabel?: MessageKey;
  facts?: Fact[];
  notes?: string[];
  columns: Column[];
  rows: Row[];
  /** What to say when there are no rows. */
  empty: string;
}

/** A report with no money and a single table without a heading or totals. */
export function oneTableDocument(d: OneTable): ReportDocument {
  return {
    file: d.file,
    title: d.title,
    subject: d.subject,
    ...(d.subjectLabel ? { subjectLabel: d.subjectLabel } : {}),
    currency: null,
    facts: d.facts ?? [],
    notes: d.notes ?? [],
    tables: [{ heading: null, columns: d.columns, rows: d.rows, footer: [], empty: d.empty }],
  };
}
