import { type AnyDb, fk, index, partialIndex, tenant } from './builders.ts';

/**
 * Relief distributions (kits, points, events, receipts, stock movements) and subsidised-care vouchers.
 * Stock is never a stored balance: it is the sum of its movements, so two phones cannot overwrite it.
 */
export async function up(db: AnyDb): Promise<void> {
  await tenant(db, 'kits', (t) =>
    t
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('items', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull()),
  ).execute();

  await tenant(db, 'distribution_points', (t) =>
    fk(
      t
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('area_id', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull()),
      'distribution_points_area_fk',
      'area_id',
      'areas',
    ),
  ).execute();
  await index(db, 'distribution_points_area_idx', 'distribution_points', ['org_id', 'area_id']);

  await tenant(db, 'distributions', (t) =>
    fk(
      fk(
        t
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('kit_id', 'text', (c) => c.notNull())
          .addColumn('point_id', 'text', (c) => c.notNull())
          .addColumn('starts_on', 'text', (c) => c.notNull())
          .addColumn('ends_on', 'text', (c) => c.notNull())
          .addColumn('target', 'integer')
          .addColumn('created_by', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull()),
        'distributions_kit_fk',
        'kit_id',
        'kits',
      ),
      'distributions_point_fk',
      'point_id',
      'distribution_points',
    ),
  ).execute();
  await index(db, 'distributions_point_idx', 'distributions', ['org_id', 'point_id']);

  await tenant(db, 'distribution_receipts', (t) =>
    fk(
      fk(
        t
          .addColumn('distribution_id', 'text', (c) => c.notNull())
          .addColumn('person_id', 'text', (c) => c.notNull())
          .addColumn('given_on', 'text', (c) => c.notNull())
          .addColumn('proof_kind', 'text', (c) => c.notNull())
          .addColumn('photo_ref', 'text')
          .addColumn('given_by', 'text', (c) => c.notNull())
          .addColumn('recorded_at', 'text', (c) => c.notNull()),
        'distribution_receipts_distribution_fk',
        'distribution_id',
        'distributions',
      ),
      'distribution_receipts_person_fk',
      'person_id',
      'people',
    ),
  ).execute();
  // One kit per person per distribution, whichever phone records it.
  await index(
    db,
    'distribution_receipts_once_idx',
    'distribution_receipts',
    ['org_id', 'distribution_id', 'person_id'],
    true,
  );
  await index(db, 'distribution_receipts_person_idx', 'distribution_receipts', ['org_id', 'person_id']);

  await tenant(db, 'stock_movements', (t) =>
    fk(
      fk(
        t
          .addColumn('point_id', 'text', (c) => c.notNull())
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('item', 'text', (c) => c.notNull())
          .addColumn('item_key', 'text', (c) => c.notNull())
          .addColumn('unit', 'text', (c) => c.notNull())
          .addColumn('quantity', 'bigint', (c) => c.notNull())
          .addColumn('moved_on', 'text', (c) => c.notNull())
          .addColumn('reason', 'text')
          .addColumn('receipt_id', 'text')
          .addColumn('recorded_by', 'text', (c) => c.notNull())
          .addColumn('recorded_at', 'text', (c) => c.notNull()),
        'stock_movements_point_fk',
        'point_id',
        'distribution_points',
      ),
      'stock_movements_receipt_fk',
      'receipt_id',
      'distribution_receipts',
    ),
  ).execute();
  await index(db, 'stock_movements_line_idx', 'stock_movements', [
    'org_id',
    'point_id',
    'item_key',
    'unit',
    'moved_on',
  ]);
  await partialIndex(db, 'stock_movements_receipt_idx', 'stock_movements', ['org_id', 'receipt_id']);

  await tenant(db, 'vouchers', (t) =>
    fk(
      t
        .addColumn('person_id', 'text', (c) => c.notNull())
        .addColumn('category', 'text', (c) => c.notNull())
        .addColumn('reason', 'text')
        .addColumn('service', 'text', (c) => c.notNull())
        .addColumn('value_minor', 'bigint', (c) => c.notNull())
        .addColumn('currency', 'text', (c) => c.notNull())
        .addColumn('issued_on', 'text', (c) => c.notNull())
        .addColumn('expires_on', 'text', (c) => c.notNull())
        .addColumn('facility', 'text')
        .addColumn('issued_by', 'text', (c) => c.notNull())
        .addColumn('issued_at', 'text', (c) => c.notNull())
        // A voucher is used at most once, so its use lives on its row: a second use has nowhere to go.
        .addColumn('used_on', 'text')
        .addColumn('used_facility', 'text')
        .addColumn('used_amount_minor', 'bigint')
        .addColumn('used_by', 'text')
        .addColumn('used_at', 'text')
        .addColumn('cancel_reason', 'text')
        .addColumn('cancelled_by', 'text')
        .addColumn('cancelled_at', 'text'),
      'vouchers_person_fk',
      'person_id',
      'people',
    ),
  ).execute();
  await index(db, 'vouchers_person_idx', 'vouchers', ['org_id', 'person_id']);
  await index(db, 'vouchers_issued_idx', 'vouchers', ['org_id', 'issued_on']);
}

export async function down(): Promise<void> {
  throw new Error('Migrations are additive once released; restore a backup instead of migrating down.');
}
