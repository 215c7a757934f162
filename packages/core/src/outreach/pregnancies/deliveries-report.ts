import type { FacilityDeliveryCounts } from './facility-deliveries.ts';

/** `GET /api/outreach/deliveries`: the share of deliveries in a health facility, by area and month. */
export interface FacilityDeliveriesReport {
  report: 'facility_deliveries';
  from: string;
  to: string;
  areaId: string | null;
  byArea: ({ areaId: string | null; areaName: string | null; month: string } & FacilityDeliveryCounts)[];
  byMonth: ({ month: string } & FacilityDeliveryCounts)[];
  total: FacilityDeliveryCounts;
}
