import type { DeliveryPlace } from './schemas.ts';

/**
 * The facility-delivery indicator: of the deliveries recorded in a month, the share that took place in a
 * health facility.
 *
 * - Counted: every pregnancy with a delivery recorded, whatever its outcome (stillbirths too), once
 *   however many babies were born; a pregnancy closed without delivery (miscarriage, abortion, moved
 *   away, lost) is not a delivery.
 * - Month: the calendar month of the delivery date.
 * - Area: the woman's area in the registry (where she lives now; the registry keeps no history of moves).
 * - Share = facility deliveries ÷ deliveries, in basis points (10 000 = 100 %), rounded to the nearest
 *   (half up); null for a month with no delivery, which is no share at all rather than 0 %.
 */
export interface DeliveryFact {
  areaId: string | null;
  deliveredOn: string;
  place: DeliveryPlace;
}

export interface FacilityDeliveryCounts {
  deliveries: number;
  facility: number;
  home: number;
  other: number;
  facilityShareBps: number | null;
}

export interface FacilityDeliveryAreaMonth extends FacilityDeliveryCounts {
  areaId: string | null;
  month: string;
}

export interface FacilityDeliveryMonth extends FacilityDeliveryCounts {
  month: string;
}

export interface FacilityDeliveryShares {
  /** One row per area and month with at least one delivery, by area then month. */
  byArea: FacilityDeliveryAreaMonth[];
  /** Every month of the period, all areas together, months without a delivery included. */
  byMonth: FacilityDeliveryMonth[];
  total: FacilityDeliveryCounts;
}

/** part ÷ whole in basis points, rounded half up; null when there is no whole. */
export function shareBps(part: number, whole: number): number | null {
  if (whole === 0) return null;
  return Math.floor((part * 20_000 + whole) / (2 * whole));
}

/** The months `YYYY-MM` from the month of `from` to the month of `to`, both included. */
export function monthsFrom(from: string, to: string): string[] {
  const months: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > last) return months;
    months.push(key);
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year += 1;
  }
}

const empty = () => ({ deliveries: 0, facility: 0, home: 0, other: 0 });
type Tally = ReturnType<typeof empty>;

function add(tally: Tally, place: DeliveryPlace): void {
  tally.deliveries += 1;
  if (place === 'health_facility') tally.facility += 1;
  else if (place === 'home') tally.home += 1;
  else tally.other += 1;
}

const withShare = (tally: Tally): FacilityDeliveryCounts => ({
  ...tally,
  facilityShareBps: shareBps(tally.facility, tally.deliveries),
});

/** The indicator over deliveries already limited to the period `[from, to]` and to what the reader may see. */
export function facilityDeliveryShares(
  deliveries: readonly DeliveryFact[],
  from: string,
  to: string,
): FacilityDeliveryShares {
  const months = new Map(monthsFrom(from, to).map((m) => [m, empty()]));
  const areas = new Map<string, { areaId: string | null; month: string; tally: Tally }>();
  const total = empty();
  for (const d of deliveries) {
    if (d.deliveredOn < from || d.deliveredOn > to) continue;
    const month = d.deliveredOn.slice(0, 7);
    const key = `${d.areaId ?? ''}\u0000${month}`;
    let cell = areas.get(key);
    if (!cell) {
      cell = { areaId: d.areaId, month, tally: empty() };
      areas.set(key, cell);
    }
    add(cell.tally, d.place);
    const monthly = months.get(month);
    if (monthly) add(monthly, d.place);
    add(total, d.place);
  }
  const byArea = [...areas.values()]
    .sort((a, b) =>
      (a.areaId ?? '') === (b.areaId ?? '')
        ? a.month.localeCompare(b.month)
        : (a.areaId ?? '').localeCompare(b.areaId ?? ''),
    )
    .map((c) => ({ areaId: c.areaId, month: c.month, ...withShare(c.tally) }));
  const byMonth = [...months.entries()].map(([month, tally]) => ({ month, ...withShare(tally) }));
  return { byArea, byMonth, total: withShare(total) };
}
