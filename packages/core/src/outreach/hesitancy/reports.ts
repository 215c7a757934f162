import type { FunnelRow, ReasonMonth } from './funnel.ts';

/** `GET /api/outreach/hesitancy/funnel`: the people first visited in the period, stage by stage. */
export interface FunnelReport {
  from: string | null;
  to: string;
  rows: (FunnelRow & { vaccineName: string })[];
}

/** `GET /api/outreach/hesitancy/reasons`: the reasons given, month by month. */
export interface ReasonsReport {
  from: string | null;
  to: string;
  months: ReasonMonth[];
}
