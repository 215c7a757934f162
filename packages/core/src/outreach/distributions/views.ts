import type { KitItem, ProofKind, StockMovementKind } from './schemas.ts';

/** The records of relief distributions as the API returns them and a device holds them. */
export interface KitView {
  id: string;
  name: string;
  items: KitItem[];
  createdAt: string;
}

export interface DistributionPointView {
  id: string;
  name: string;
  areaId: string;
  createdAt: string;
}

export interface DistributionView {
  id: string;
  name: string;
  kitId: string;
  pointId: string;
  areaId: string;
  startsOn: string;
  endsOn: string;
  target: number | null;
  createdAt: string;
}

export interface ReceiptView {
  id: string;
  distributionId: string;
  personId: string;
  givenOn: string;
  proof: { kind: ProofKind; photoRef: string | null };
  givenBy: string;
  recordedAt: string;
}

export interface StockMovementView {
  id: string;
  pointId: string;
  kind: StockMovementKind;
  item: string;
  unit: string;
  /** Signed: in is positive, out negative. */
  quantity: number;
  movedOn: string;
  reason: string | null;
  receiptId: string | null;
  recordedBy: string;
  recordedAt: string;
}

/** Whether a distribution is on: today falls within its dates. */
export function isDistributionRunning(d: Pick<DistributionView, 'startsOn' | 'endsOn'>, today: string) {
  return d.startsOn <= today && today <= d.endsOn;
}
