import { describe, expect, it } from 'vitest';
import { badRows, isReport, overall } from './import-progress.ts';

describe('import progress', () => {
  it('fills the bar step by step', () => {
    expect(overall('reading', 0)).toBe(0);
    expect(overall('reading', 1)).toBe(20);
    expect(overall('checking', 0.5)).toBe(40);
    expect(overall('applying', 1)).toBe(100);
    expect(overall('applying', 2)).toBe(100);
    expect(overall('checking', Number.NaN)).toBe(20);
  });

  it('knows a report from another answer', () => {
    expect(isReport({ rows: 2, errors: [], applied: 2, before: 0, dryRun: true })).toBe(true);
    expect(isReport({ code: 'access.denied', detail: 'no' })).toBe(false);
    expect(isReport(null)).toBe(false);
  });

  it('counts rows, not cells', () => {
    const cell = (row: number, column: string) => ({ row, column, message: 'bad' });
    expect(badRows([cell(3, 'sex'), cell(3, 'birth_year'), cell(5, 'name')])).toBe(2);
  });
});
