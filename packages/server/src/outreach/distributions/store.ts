import {
  type DistributionPointView,
  type DistributionView,
  DomainError,
  type KitItem,
  type KitView,
  type ProofKind,
  type ReceiptView,
  type StockMovementKind,
  type StockMovementView,
} from '@groundwork/core';
import type { Kysely } from 'kysely';
import type { Tables } from '../../db/schema.ts';
import { idTaken, loadRecord, missingRecord } from '../rows.ts';

type Db = Kysely<Tables>;

export const toKitView = (row: Tables['kits']): KitView => ({
  id: row.id,
  name: row.name,
  items: JSON.parse(row.items) as KitItem[],
  createdAt: row.created_at,
});

export const toPointView = (row: Tables['distribution_points']): DistributionPointView => ({
  id: row.id,
  name: row.name,
  areaId: row.area_id,
  createdAt: row.created_at,
});

export const toDistributionView = (row: Tables['distributions'], areaId: string): DistributionView => ({
  id: row.id,
  name: row.name,
  kitId: row.kit_id,
  pointId: row.point_id,
  areaId,
  startsOn: row.starts_on,
  endsOn: row.ends_on,
  target: row.target,
  createdAt: row.created_at,
});

export const toReceiptView = (row: Tables['distribution_receipts']): ReceiptView => ({
  id: row.id,
  distributionId: row.distribution_id,
  personId: row.person_id,
  givenOn: row.given_on,
  proof: { kind: row.proof_kind as ProofKind, photoRef: row.photo_ref },
  givenBy: row.given_by,
  recordedAt: row.recorded_at,
});

export const toMovementView = (row: Tables['stock_movements']): StockMovementView => ({
  id: row.id,
  pointId: row.point_id,
  kind: row.kind as StockMovementKind,
  item: row.item,
  unit: row.unit,
  quantity: Number(row.quantity),
  movedOn: row.moved_on,
  reason: row.reason,
  receiptId: row.receipt_id,
  recordedBy: row.recorded_by,
  recordedAt: row.recorded_at,
});

export const loadKit = (db: Db, orgId: string, id: string, field?: string) =>
  loadRecord(db, 'kits', orgId, id, field);

export const loadPoint = (db: Db, orgId: string, id: string, field?: string) =>
  loadRecord(db, 'distribution_points', orgId, id, field);

/** A distribution with the area of its point, which is where it lives for access and sync. */
export async function loadDistribution(db: Db, orgId: string, id: string, field?: string) {
  const row = await db
    .selectFrom('distributions')
    .innerJoin('distribution_points as p', (j) =>
      j.onRef('p.org_id', '=', 'distributions.org_id').onRef('p.id', '=', 'distributions.point_id'),
    )
    .selectAll('distributions')
    .select('p.area_id')
    .where('distributions.org_id', '=', orgId)
    .where('distributions.id', '=', id)
    .executeTakeFirst();
  if (!row) throw missingRecord(field);
  const { area_id, ...distribution } = row;
  return { row: distribution, areaId: area_id };
}

type IdTable = 'kits' | 'distribution_points' | 'distributions' | 'distribution_receipts' | 'stock_movements';

/** A client-made id already used by another record: refused by name rather than by a failed insert. */
export async function ensureNewId(db: Db, table: IdTable, orgId: string, id: string | undefined) {
  if (id !== undefined && (await idTaken(db, table, orgId, id)))
    throw new DomainError('distribution.id_taken', { field: 'id' });
}
