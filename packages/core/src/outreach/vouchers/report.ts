import type { VoucherCategory } from './schemas.ts';

export interface VoucherCounts {
  issued: number;
  used: number;
  /** Unused, not cancelled, and past the expiry date on the report's day. */
  expired: number;
  cancelled: number;
  /** What the vouchers not cancelled are worth, in minor units. */
  valueIssued: number;
  /** What was paid with them, in minor units. */
  valueUsed: number;
}

export interface VoucherReportLine extends VoucherCounts {
  /** The month the vouchers were issued, YYYY-MM. */
  month: string;
  category: VoucherCategory;
}

/** `GET /api/outreach/vouchers/report`: what became of the vouchers issued in the period. */
export interface VoucherReport {
  report: 'vouchers';
  currency: string;
  organisation: string;
  from: string;
  to: string;
  /** The day "expired" is judged on. */
  asOf: string;
  lines: VoucherReportLine[];
  totals: Record<VoucherCategory, VoucherCounts> & { all: VoucherCounts };
}
