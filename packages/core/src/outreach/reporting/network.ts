import { z } from 'zod';
import { dateSchema } from '../../shared/dates.ts';
import { type SharedCount, sharedShare, suppressWithTotal } from './suppression.ts';

export const networkOutreachQuery = z.strictObject({
  from: dateSchema.optional(),
  to: dateSchema.optional(),
});

/** What a network sees of one partner's outreach, or of all of them together: counts only. */
export interface NetworkOutreachFigures {
  /** People with at least one dose given in the period. */
  peopleWithDose: SharedCount;
  /** People whose dose in the period completed a vaccine's series. */
  fullyVaccinated: SharedCount;
  deliveries: SharedCount;
  facilityDeliveries: SharedCount;
  /** facilityDeliveries / deliveries, only when both are shown. */
  facilityShare: number | null;
  homeVisits: SharedCount;
}

export interface NetworkOutreach {
  from: string;
  to: string;
  minimumCellSize: number;
  networks: {
    id: string;
    slug: string;
    name: string;
    organisations: ({ slug: string; name: string } & NetworkOutreachFigures)[];
    total: NetworkOutreachFigures;
  }[];
}

/** One organisation's counts as the database gives them, before anything is suppressed. */
export interface OutreachCounts {
  peopleWithDose: number;
  fullyVaccinated: number;
  deliveries: number;
  facilityDeliveries: number;
  homeVisits: number;
}

const countKeys = [
  'peopleWithDose',
  'fullyVaccinated',
  'deliveries',
  'facilityDeliveries',
  'homeVisits',
] as const;

/**
 * What a network may see of its partners' counts: each count under the minimum suppressed, each total
 * suppressed too when it would give a suppressed partner's count away, shares only from counts shown.
 */
export function networkFigures(
  partners: readonly OutreachCounts[],
  minimum?: number,
): { partners: NetworkOutreachFigures[]; total: NetworkOutreachFigures } {
  const columns = new Map(
    countKeys.map((key) => [
      key,
      suppressWithTotal(
        partners.map((p) => p[key]),
        minimum,
      ),
    ]),
  );
  const figures = (pick: (c: { parts: SharedCount[]; total: SharedCount }) => SharedCount) => {
    const at = (key: (typeof countKeys)[number]) => pick(columns.get(key)!);
    return {
      peopleWithDose: at('peopleWithDose'),
      fullyVaccinated: at('fullyVaccinated'),
      deliveries: at('deliveries'),
      facilityDeliveries: at('facilityDeliveries'),
      facilityShare: sharedShare(at('facilityDeliveries'), at('deliveries')),
      homeVisits: at('homeVisits'),
    };
  };
  return {
    partners: partners.map((_, i) => figures((c) => c.parts[i]!)),
    total: figures((c) => c.total),
  };
}
