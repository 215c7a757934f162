import {
  type StockLine,
  type VoucherCategory,
  type VoucherCounts,
  type VoucherReport,
  voucherCategories,
} from '@groundwork/core';

/** `GET /api/outreach/stock` and `GET /api/outreach/vouchers/report` answer these: the server's own types, from core. */
export type { StockLine, StockReport, VoucherCounts, VoucherReport } from '@groundwork/core';

export interface StockRow extends StockLine {
  /** Nothing left to give: the first thing a coordinator must act on. */
  empty: boolean;
}

/** Stock by point, then item; the points by name so that one point's items stay together. */
export function stockRows(lines: readonly StockLine[], locale?: string): StockRow[] {
  return [...lines]
    .sort(
      (a, b) =>
        a.pointName.localeCompare(b.pointName, locale) ||
        (a.pointId < b.pointId ? -1 : a.pointId > b.pointId ? 1 : 0) ||
        a.item.localeCompare(b.item, locale),
    )
    .map((line) => ({ ...line, empty: line.balance <= 0 }));
}

export interface VoucherRow extends VoucherCounts {
  category: VoucherCategory | 'all';
  /** Still to be used: issued, neither used, expired nor cancelled. */
  open: number;
}

/** What the table is made of: the period and its totals, not the month-by-month lines. */
type VoucherTotals = Pick<VoucherReport, 'currency' | 'from' | 'to' | 'asOf' | 'totals'>;

/** A row per category, in the catalogue's order, and the whole; categories with no voucher left out. */
export function voucherRows(report: VoucherTotals): VoucherRow[] {
  const row = (category: VoucherCategory | 'all', c: VoucherCounts): VoucherRow => ({
    category,
    ...c,
    open: Math.max(0, c.issued - c.used - c.expired - c.cancelled),
  });
  const categories = voucherCategories
    .filter((category) => report.totals[category].issued > 0)
    .map((category) => row(category, report.totals[category]));
  return [...categories, row('all', report.totals.all)];
}
