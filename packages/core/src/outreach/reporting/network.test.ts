import { describe, expect, it } from 'vitest';
import { networkFigures } from './network.ts';

const counts = (n: Partial<Record<string, number>>) => ({
  peopleWithDose: 0,
  fullyVaccinated: 0,
  deliveries: 0,
  facilityDeliveries: 0,
  homeVisits: 0,
  ...n,
});

describe('networkFigures', () => {
  it('suppresses small counts of each partner and computes shares only from counts shown', () => {
    const { partners, total } = networkFigures([
      counts({
        peopleWithDose: 40,
        fullyVaccinated: 22,
        deliveries: 10,
        facilityDeliveries: 8,
        homeVisits: 4,
      }),
      counts({
        peopleWithDose: 12,
        fullyVaccinated: 5,
        deliveries: 6,
        facilityDeliveries: 3,
        homeVisits: 30,
      }),
    ]);
    expect(partners[0]).toEqual({
      peopleWithDose: { value: 40, suppressed: false },
      fullyVaccinated: { value: 22, suppressed: false },
      deliveries: { value: 10, suppressed: false },
      facilityDeliveries: { value: 8, suppressed: false },
      facilityShare: 0.8,
      homeVisits: { value: null, suppressed: true },
    });
    expect(partners[1]!.facilityDeliveries).toEqual({ value: null, suppressed: true });
    expect(partners[1]!.facilityShare).toBeNull();
    expect(total.peopleWithDose).toEqual({ value: 52, suppressed: false });
    expect(total.deliveries).toEqual({ value: 16, suppressed: false });
    // 11 facility deliveries in all, less the 8 shown, would give away the partner's 3.
    expect(total.facilityDeliveries).toEqual({ value: null, suppressed: true });
    expect(total.facilityShare).toBeNull();
    expect(total.homeVisits).toEqual({ value: null, suppressed: true });
  });

  it('has an empty total for a network without partners', () => {
    const { partners, total } = networkFigures([]);
    expect(partners).toEqual([]);
    expect(total.deliveries).toEqual({ value: null, suppressed: true });
  });
});
