import { describe, expect, it } from 'vitest';
import { type DeliveryFact, facilityDeliveryShares, monthsFrom, shareBps } from './facility-deliveries.ts';

const d = (areaId: string | null, deliveredOn: string, place: DeliveryFact['place']): DeliveryFact => ({
  areaId,
  deliveredOn,
  place,
});

describe('the share of deliveries in a health facility', () => {
  it('rounds to the nearest basis point, half up, and has no share without deliveries', () => {
    expect(shareBps(2, 3)).toBe(6667);
    expect(shareBps(1, 3)).toBe(3333);
    expect(shareBps(1, 8)).toBe(1250);
    expect(shareBps(1, 16)).toBe(625);
    expect(shareBps(1, 20_000)).toBe(1);
    expect(shareBps(0, 4)).toBe(0);
    expect(shareBps(0, 0)).toBeNull();
  });

  it('lists the months of a period across a new year', () => {
    expect(monthsFrom('2025-11-15', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });

  it('counts a hand-made set per area and month, with every month of the period', () => {
    const set = [
      d('a', '2026-01-03', 'health_facility'),
      d('a', '2026-01-20', 'health_facility'),
      d('a', '2026-01-31', 'home'),
      d('b', '2026-01-10', 'other'),
      d('b', '2026-03-01', 'health_facility'),
      d(null, '2026-03-09', 'home'),
      d('a', '2025-12-31', 'health_facility'),
      d('a', '2026-04-01', 'health_facility'),
    ];
    const shares = facilityDeliveryShares(set, '2026-01-01', '2026-03-31');
    expect(shares.byArea).toEqual([
      { areaId: null, month: '2026-03', deliveries: 1, facility: 0, home: 1, other: 0, facilityShareBps: 0 },
      {
        areaId: 'a',
        month: '2026-01',
        deliveries: 3,
        facility: 2,
        home: 1,
        other: 0,
        facilityShareBps: 6667,
      },
      { areaId: 'b', month: '2026-01', deliveries: 1, facility: 0, home: 0, other: 1, facilityShareBps: 0 },
      {
        areaId: 'b',
        month: '2026-03',
        deliveries: 1,
        facility: 1,
        home: 0,
        other: 0,
        facilityShareBps: 10_000,
      },
    ]);
    expect(shares.byMonth).toEqual([
      { month: '2026-01', deliveries: 4, facility: 2, home: 1, other: 1, facilityShareBps: 5000 },
      { month: '2026-02', deliveries: 0, facility: 0, home: 0, other: 0, facilityShareBps: null },
      { month: '2026-03', deliveries: 2, facility: 1, home: 1, other: 0, facilityShareBps: 5000 },
    ]);
    expect(shares.total).toEqual({ deliveries: 6, facility: 3, home: 2, other: 1, facilityShareBps: 5000 });
  });
});
