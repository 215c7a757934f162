import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.ts';
import { describeEntry, type ReportDocument, translator } from './document.ts';
import { formatDate, majorUnits, nextDay, percentText } from './format.ts';
import { escapeHtml, toHtml } from './html.ts';

const doc: ReportDocument = {
  file: 'cash-book_2025-01-06_2025-03-31',
  title: 'report.title.cash_book',
  subject: 'Lakshmi <SHG> & "friends"',
  currency: 'INR',
  facts: [{ label: 'report.fact.as_of', value: '2025-03-31', type: 'date' }],
  notes: [],
  tables: [
    {
      heading: null,
      columns: [
        { key: 'date', label: 'report.column.date', type: 'date' },
        { key: 'description', label: 'report.column.description', type: 'text' },
        { key: 'receipt', label: 'report.column.receipt', type: 'money' },
        { key: 'rate', label: 'report.column.rate', type: 'percent' },
      ],
      rows: [{ date: '2025-01-13', description: 'Savings, "weekly"', receipt: 15_000_000, rate: 46 }],
      footer: [{ description: 'Total', receipt: -5 }],
    },
  ],
};

describe('report formats', () => {
  it('writes minor units as major units with exact integer digits', () => {
    expect(majorUnits(1250, 'INR')).toBe('12.50');
    expect(majorUnits(500, 'XOF')).toBe('500');
    expect(majorUnits(-5, 'INR')).toBe('-0.05');
    expect(majorUnits(0, 'INR')).toBe('0.00');
    expect(majorUnits(123_456_789_012, 'INR')).toBe('1234567890.12');
    expect(percentText(200)).toBe('2');
    expect(percentText(46)).toBe('0.46');
    expect(percentText(250)).toBe('2.5');
    expect(nextDay('2024-02-28')).toBe('2024-02-29');
    expect(nextDay('2025-12-31')).toBe('2026-01-01');
  });

  it('writes dates in the reader’s calendar words, whatever the server’s time zone', () => {
    expect(formatDate('2025-01-13', 'en')).toBe('13 Jan 2025');
    expect(formatDate('2025-01-13', 'fr')).toBe('13 janv. 2025');
    expect(formatDate('2025-01-13', 'mr')).toMatch(/^13 .+ 2025$/);
  });

  it('makes a CSV with translated headers, decimal amounts and quoted text', () => {
    const csv = toCsv(doc, translator('hi'));
    expect(csv.startsWith('\ufeff')).toBe(true);
    const [header, row, total] = csv.slice(1).trim().split('\n');
    expect(header).toBe('तारीख,विवरण,आया,हर किस्त अवधि का ब्याज (%)');
    expect(row).toBe('2025-01-13,"Savings, ""weekly""",150000.00,0.46');
    expect(total).toBe(',Total,-0.05,');
  });

  it('adds a section column when a report has several tables', () => {
    const two: ReportDocument = {
      ...doc,
      tables: [
        {
          heading: 'Savings',
          columns: [{ key: 'a', label: 'report.column.deposit', type: 'money' }],
          rows: [{ a: 100 }],
          footer: [],
        },
        {
          heading: 'Fines',
          columns: [{ key: 'b', label: 'report.column.levied', type: 'money' }],
          rows: [{ b: 50 }],
          footer: [],
        },
      ],
    };
    const lines = toCsv(two, translator('en')).slice(1).trim().split('\n');
    expect(lines).toEqual(['Section,Saved,Fine charged', 'Savings,1.00,', 'Fines,,0.50']);
  });

  it('makes a printable page in the reader’s language, amounts grouped in lakhs, every text escaped', () => {
    const html = toHtml(doc, translator('en'), 'en');
    expect(html.startsWith('<!doctype html><html lang="en">')).toBe(true);
    expect(html).toContain('<h1>Cash book</h1>');
    expect(html).toContain('1,50,000.00');
    expect(html).toContain('13 Jan 2025');
    expect(html).toContain('Lakshmi &lt;SHG&gt; &amp; &quot;friends&quot;');
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/<script|<link|src=/i);
    const hindi = toHtml(doc, translator('hi'), 'hi');
    expect(hindi).toContain('<html lang="hi">');
    expect(hindi).toContain('<h1>रोकड़ बही</h1>');
    expect(escapeHtml(`it's <b>`)).toBe('it&#39;s &lt;b&gt;');
  });

  it('names a correction by the entry it cancels', () => {
    const t = translator('en');
    expect(
      describeEntry(t, { kind: 'reversal', reverses: { entryId: 'x', kind: 'fine_paid' }, reversed: false }),
    ).toBe('Correction, cancels: Fine paid');
    expect(describeEntry(t, { kind: 'saving_deposit', reverses: null, reversed: true })).toBe(
      'Savings deposit (cancelled by a correction)',
    );
  });
});
