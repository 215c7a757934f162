import { type VoucherCategory, type VoucherView, voucherStatus } from '@groundwork/core';
import type { Kysely } from 'kysely';
import type { Tables } from '../../db/schema.ts';
import { loadRecord } from '../rows.ts';

export type VoucherRow = Tables['vouchers'];

/** A voucher as the API returns it and a device holds it; its status is as of `today`. */
export function toVoucherView(row: VoucherRow, today: string): VoucherView {
  const use =
    row.used_on !== null
      ? {
          usedOn: row.used_on,
          facility: row.used_facility ?? '',
          amountMinor: Number(row.used_amount_minor),
          usedBy: row.used_by ?? '',
        }
      : null;
  const cancellation =
    row.cancelled_at !== null
      ? {
          reason: row.cancel_reason ?? '',
          cancelledBy: row.cancelled_by ?? '',
          cancelledAt: row.cancelled_at,
        }
      : null;
  return {
    id: row.id,
    personId: row.person_id,
    category: row.category as VoucherCategory,
    reason: row.reason,
    service: row.service,
    valueMinor: Number(row.value_minor),
    currency: row.currency,
    issuedOn: row.issued_on,
    expiresOn: row.expires_on,
    facility: row.facility,
    issuedBy: row.issued_by,
    issuedAt: row.issued_at,
    use,
    cancellation,
    status: voucherStatus({ use, cancellation, expiresOn: row.expires_on }, today),
  };
}

/** A voucher of the organisation; named by a payload field it is a bad reference, by the address a 404. */
export const loadVoucher = (db: Kysely<Tables>, orgId: string, id: string, field?: string) =>
  loadRecord(db, 'vouchers', orgId, id, field);
