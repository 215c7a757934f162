import { type VoucherCategory, voucherCategories } from '@groundwork/core';

/** `GET /api/outreach/stock`: each point's items as on a date. */
export interface StockLine {
  pointId: string;
  pointName: string;
  areaId: string;
  item: string;
  unit: string;
  in: number;
  out: number;
  balance: number;
}

export interface StockReport {
  date: string;
  lines: StockLine[];
}

export interface VoucherCounts {
  issued: number;
  used: number;
  expired: number;
  cancelled: number;
  valueIssued: number;
  valueUsed: number;
}

/** `GET /api/outreach/vouchers/report`: what became of the vouchers issued in the period. */
export interface VoucherReport {
  currency: string;
  from: string;
  to: string;
  asOf: string;
  totals: Record<VoucherCategory, VoucherCounts> & { all: VoucherCounts };
}

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

/** A row per category, in the catalogue's order, and the whole; categories with no voucher left out. */
export function voucherRows(report: VoucherReport): VoucherRow[] {
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
