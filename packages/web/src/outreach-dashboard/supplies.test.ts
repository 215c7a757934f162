import { describe, expect, it } from 'vitest';
import { type StockLine, stockRows, type VoucherCounts, voucherRows } from './supplies.ts';

const line = (pointId: string, pointName: string, item: string, balance: number): StockLine => ({
  pointId,
  pointName,
  areaId: 'a',
  item,
  unit: 'kg',
  in: 10,
  out: 10 - balance,
  balance,
});

const counts = (issued: number, used: number, expired = 0, cancelled = 0): VoucherCounts => ({
  issued,
  used,
  expired,
  cancelled,
  valueIssued: issued * 50000,
  valueUsed: used * 45000,
});

describe('stock and vouchers', () => {
  it('keeps each point’s items together, and marks what has run out', () => {
    const rows = stockRows([
      line('p2', 'Satpur school', 'rice', 4),
      line('p1', 'Cidco hall', 'oil', 0),
      line('p1', 'Cidco hall', 'dal', 7),
    ]);
    expect(rows.map((r) => [r.pointName, r.item, r.empty])).toEqual([
      ['Cidco hall', 'dal', false],
      ['Cidco hall', 'oil', true],
      ['Satpur school', 'rice', false],
    ]);
  });

  it('gives a row per category used, then the whole, with what is still open', () => {
    const rows = voucherRows({
      currency: 'INR',
      from: '2026-01-01',
      to: '2026-03-31',
      asOf: '2026-03-31',
      totals: {
        child_under_five: counts(5, 2, 1, 1),
        pregnant_woman: counts(0, 0),
        least_access: counts(2, 2),
        all: counts(7, 4, 1, 1),
      },
    });
    expect(rows.map((r) => [r.category, r.issued, r.used, r.open])).toEqual([
      ['child_under_five', 5, 2, 1],
      ['least_access', 2, 2, 0],
      ['all', 7, 4, 1],
    ]);
    expect(rows[2]).toMatchObject({ valueIssued: 350000, valueUsed: 180000 });
  });
});
