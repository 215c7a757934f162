/** Tables of relief distributions (migration 0007). JSON is stored as text. */
export interface KitsTable {
  org_id: string;
  id: string;
  name: string;
  /** JSON: [{ item, unit, quantity }] */
  items: string;
  created_by: string;
  created_at: string;
}

export interface DistributionPointsTable {
  org_id: string;
  id: string;
  name: string;
  area_id: string;
  created_by: string;
  created_at: string;
}

export interface DistributionsTable {
  org_id: string;
  id: string;
  name: string;
  kit_id: string;
  point_id: string;
  starts_on: string;
  ends_on: string;
  target: number | null;
  created_by: string;
  created_at: string;
}

export interface DistributionReceiptsTable {
  org_id: string;
  id: string;
  distribution_id: string;
  person_id: string;
  given_on: string;
  proof_kind: string;
  photo_ref: string | null;
  given_by: string;
  recorded_at: string;
}

export interface StockMovementsTable {
  org_id: string;
  id: string;
  point_id: string;
  kind: string;
  item: string;
  /** The item as stock is matched on (see stockKey); `unit` is kept the same way. */
  item_key: string;
  unit: string;
  /** Signed: in is positive, out negative. */
  quantity: number;
  moved_on: string;
  reason: string | null;
  receipt_id: string | null;
  recorded_by: string;
  recorded_at: string;
}

export interface DistributionsTables {
  kits: KitsTable;
  distribution_points: DistributionPointsTable;
  distributions: DistributionsTable;
  distribution_receipts: DistributionReceiptsTable;
  stock_movements: StockMovementsTable;
}
