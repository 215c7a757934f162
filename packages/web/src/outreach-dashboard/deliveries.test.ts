import { facilityDeliveryShares } from '@groundwork/core';
import { describe, expect, it } from 'vitest';
import { deliverySeries } from './deliveries.ts';

describe('the facility-delivery trend', () => {
  it('gives a point per month of the period, a gap where nobody delivered', () => {
    const shares = facilityDeliveryShares(
      [
        { areaId: 'a', deliveredOn: '2026-01-04', place: 'health_facility' },
        { areaId: 'a', deliveredOn: '2026-01-20', place: 'home' },
        { areaId: 'b', deliveredOn: '2026-01-28', place: 'health_facility' },
        { areaId: 'a', deliveredOn: '2026-03-02', place: 'health_facility' },
      ],
      '2026-01-01',
      '2026-03-31',
    );
    expect(deliverySeries(shares.byMonth)).toEqual({
      months: ['2026-01', '2026-02', '2026-03'],
      facilityPercent: [66.67, null, 100],
      deliveries: [3, 0, 1],
      facility: [2, 0, 1],
    });
  });

  it('puts the months in order whatever order they came in', () => {
    const month = (m: string) => ({
      month: m,
      deliveries: 1,
      facility: 0,
      home: 1,
      other: 0,
      facilityShareBps: 0,
    });
    expect(deliverySeries([month('2026-02'), month('2025-12')]).months).toEqual(['2025-12', '2026-02']);
  });
});
