import type { FacilityDeliveryMonth } from '@groundwork/core';
import { percentOfBps } from './coverage.ts';

export interface DeliverySeries {
  months: string[];
  /** The share delivered in a health facility, in percent; null for a month without a delivery. */
  facilityPercent: (number | null)[];
  deliveries: number[];
  facility: number[];
}

/** The facility-delivery trend, a point per month of the period (months without a delivery left as gaps). */
export function deliverySeries(byMonth: readonly FacilityDeliveryMonth[]): DeliverySeries {
  const sorted = [...byMonth].sort((a, b) => (a.month < b.month ? -1 : 1));
  return {
    months: sorted.map((m) => m.month),
    facilityPercent: sorted.map((m) => percentOfBps(m.facilityShareBps)),
    deliveries: sorted.map((m) => m.deliveries),
    facility: sorted.map((m) => m.facility),
  };
}
