import { formatMoney, type Locale, numberLocaleOf } from '@groundwork/core';
import {
  type Cell,
  type CellType,
  moneyCurrency,
  type ReportDocument,
  type Row,
  type Table,
  type Translate,
} from './document.ts';
import { formatDate, formatPercent } from './format.ts';

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => entities[c] ?? c);

const style = [
  'body{font-family:system-ui,"Noto Sans","Lohit Devanagari",sans-serif;margin:1.5rem;color:#111;font-size:15px}',
  'h1{font-size:1.5rem;margin:0 0 .25rem}h2{font-size:1.15rem;margin:1.5rem 0 .5rem}',
  'dl{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem;margin:0 0 1rem}dt{font-weight:600}dd{margin:0}',
  'table{border-collapse:collapse;width:100%;margin-bottom:1rem}',
  'th,td{border:1px solid #999;padding:.3rem .5rem;text-align:left;vertical-align:top}',
  'th{background:#eee}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}td.n{white-space:nowrap}',
  '.scroll{overflow-x:auto}table.wide{font-size:.85em}',
  'tfoot td{font-weight:600;background:#f6f6f6}.empty{font-style:italic}',
  '@page{margin:12mm}',
  '@media print{body{margin:0;font-size:10pt}th{background:none}tfoot td{background:none}',
  '.scroll{overflow:visible}table.wide{font-size:8pt}th,td{padding:.2rem .3rem}',
  'thead{display:table-header-group}tr{break-inside:avoid}h2{break-after:avoid}}',
].join('');

/** A table of more columns than this is set smaller, and the page prints across the paper (landscape). */
const wideColumns = 8;

const numeric = (type: CellType) => type === 'money' || type === 'count' || type === 'percent';

function shown(value: Cell, type: CellType, currency: string | null, locale: Locale): string {
  if (value === null) return '';
  switch (type) {
    case 'money':
      return formatMoney(Number(value), moneyCurrency(currency), numberLocaleOf(locale));
    case 'date':
      return formatDate(String(value), locale);
    case 'percent':
      return formatPercent(Number(value), locale);
    case 'count':
      return new Intl.NumberFormat(numberLocaleOf(locale)).format(Number(value));
    default:
      return String(value);
  }
}

function tableHtml(table: Table, doc: ReportDocument, t: Translate, locale: Locale): string {
  const cls = (type: CellType) => (numeric(type) ? ' class="n"' : '');
  const row = (r: Row) =>
    `<tr>${table.columns
      .map(
        (c) => `<td${cls(c.type)}>${escapeHtml(shown(r[c.key] ?? null, c.type, doc.currency, locale))}</td>`,
      )
      .join('')}</tr>`;
  const head = table.columns.map((c) => `<th${cls(c.type)}>${escapeHtml(t(c.label))}</th>`).join('');
  const body =
    table.rows.length > 0
      ? table.rows.map(row).join('')
      : `<tr><td class="empty" colspan="${table.columns.length}">${escapeHtml(table.empty ?? t('report.empty'))}</td></tr>`;
  const foot = table.footer.length > 0 ? `<tfoot>${table.footer.map(row).join('')}</tfoot>` : '';
  const heading = table.heading === null ? '' : `<h2>${escapeHtml(table.heading)}</h2>`;
  const wide = table.columns.length > wideColumns ? ' class="wide"' : '';
  return `<section>${heading}<div class="scroll"><table${wide}><thead><tr>${head}</tr></thead><tbody>${body}</tbody>${foot}</table></div></section>`;
}

/**
 * A report as a complete page to read or print: translated title and headings, amounts in the reader's
 * way of writing money, dates in her calendar words. Inline style only, no script and nothing fetched,
 * so it prints the same offline; every text is escaped.
 */
export function toHtml(doc: ReportDocument, t: Translate, locale: Locale): string {
  const title = t(doc.title);
  const landscape = doc.tables.some((table) => table.columns.length > wideColumns);
  const page = `@page{size:A4 ${landscape ? 'landscape' : 'portrait'}}`;
  const group = `<dt>${escapeHtml(t(doc.subjectLabel ?? 'report.fact.group'))}</dt><dd>${escapeHtml(doc.subject)}</dd>`;
  const facts = doc.facts
    .map(
      (f) =>
        `<dt>${escapeHtml(t(f.label))}</dt><dd>${escapeHtml(shown(f.value, f.type, doc.currency, locale))}</dd>`,
    )
    .join('')
    .concat(
      doc.currency === null
        ? ''
        : `<dt>${escapeHtml(t('report.fact.currency'))}</dt><dd>${escapeHtml(doc.currency)}</dd>`,
    );
  const notes = doc.notes.map((n) => `<p>${escapeHtml(n)}</p>`).join('');
  return (
    `<!doctype html><html lang="${escapeHtml(locale)}"><head><meta charset="utf-8">` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<title>${escapeHtml(`${title} · ${doc.subject}`)}</title><style>${style}${page}</style></head><body>` +
    `<header><h1>${escapeHtml(title)}</h1><dl>${group}${facts}</dl></header><main>${notes}${doc.tables.map((table) => tableHtml(table, doc, t, locale)).join('')}</main>` +
    '</body></html>'
  );
}
