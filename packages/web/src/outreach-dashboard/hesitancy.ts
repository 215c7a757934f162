import { type FunnelRow, type HesitancyReason, hesitancyReasons, type ReasonMonth } from '@groundwork/core';

/** The funnel's stages, in the order a person goes through them. */
export const funnelStages = ['visited', 'counselled', 'agreed', 'vaccinated'] as const;
export type FunnelStage = (typeof funnelStages)[number];

/** The people at each stage of the funnel, for every vaccine together or for one (by its id). */
export function funnelValues(rows: readonly FunnelRow[], vaccineId = ''): number[] {
  const chosen = vaccineId ? rows.filter((r) => r.vaccineId === vaccineId) : rows;
  return funnelStages.map((stage) => chosen.reduce((sum, row) => sum + row[stage], 0));
}

/** Each stage as a share of the people visited (a whole percentage with one decimal), null before any visit. */
export function funnelShares(values: readonly number[]): (number | null)[] {
  const visited = values[0] ?? 0;
  return values.map((v) => (visited === 0 ? null : Math.round((v * 1000) / visited) / 10));
}

export interface ReasonSeries {
  months: string[];
  /** Only the reasons someone gave in the period, in the catalogue's order, so the chart stays legible. */
  reasons: { reason: HesitancyReason; values: number[] }[];
}

/** Reasons over time: a line per reason given, a point per month. */
export function reasonSeries(months: readonly ReasonMonth[]): ReasonSeries {
  const sorted = [...months].sort((a, b) => (a.month < b.month ? -1 : 1));
  const reasons = hesitancyReasons
    .map((reason) => ({ reason, values: sorted.map((m) => m.reasons[reason] ?? 0) }))
    .filter((r) => r.values.some((v) => v > 0));
  return { months: sorted.map((m) => m.month), reasons };
}
