import { z } from 'zod';
import { amountSchema } from '../../finance/schemas.ts';
import { dateSchema } from '../../shared/dates.ts';
import { idSchema } from '../../shared/ids.ts';

export const voucherCategories = ['child_under_five', 'pregnant_woman', 'least_access'] as const;
export type VoucherCategory = (typeof voucherCategories)[number];

const facility = z.string().trim().min(1).max(200);

const voucherFields = {
  id: idSchema.optional(),
  personId: idSchema,
  /** What it pays for at the facility: consultation, delivery, medicines… */
  service: z.string().trim().min(2).max(100),
  /** Its worth in the minor unit of the organisation's currency (paise, francs). */
  valueMinor: amountSchema,
  /** When sent, it must be the organisation's currency: a phone set up for another cannot slip in. */
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'ISO 4217 code')
    .optional(),
  issuedOn: dateSchema,
  expiresOn: dateSchema,
  /** The facility it is meant for, when it is meant for one. */
  facility: facility.optional(),
};

/** A least-access voucher says why the person qualifies; the other categories are checked from the records. */
export const voucherIssue = z.strictObject({
  ...voucherFields,
  category: z.enum(voucherCategories),
  /** Why she has the least access to care: required for that category. */
  reason: z.string().trim().min(3).max(500).optional(),
});
export type VoucherIssue = z.infer<typeof voucherIssue>;

export const voucherUse = z.strictObject({
  voucherId: idSchema,
  usedOn: dateSchema,
  facility,
  amountMinor: amountSchema,
});

export const voucherCancel = z.strictObject({
  voucherId: idSchema,
  reason: z.string().trim().min(3).max(500),
});

export const voucherStatuses = ['open', 'used', 'expired', 'cancelled'] as const;
export type VoucherStatus = (typeof voucherStatuses)[number];

export interface VoucherView {
  id: string;
  personId: string;
  category: VoucherCategory;
  reason: string | null;
  service: string;
  valueMinor: number;
  currency: string;
  issuedOn: string;
  expiresOn: string;
  facility: string | null;
  issuedBy: string;
  issuedAt: string;
  use: { usedOn: string; facility: string; amountMinor: number; usedBy: string } | null;
  cancellation: { reason: string; cancelledBy: string; cancelledAt: string } | null;
  /** As of the day it was read (or written): an open voucher past its expiry date is expired. */
  status: VoucherStatus;
}
