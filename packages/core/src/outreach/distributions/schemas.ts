import { z } from 'zod';
import { dateSchema } from '../../shared/dates.ts';
import { idSchema } from '../../shared/ids.ts';

/**
 * Quantities are whole numbers of their unit: a kit holds 5 kg of rice or 500 g of salt, never 0.5 kg,
 * so stock sums stay exact on every device.
 */
export const stockQuantity = z.number().int().positive().max(1_000_000_000);
const itemName = z.string().trim().min(1).max(100);
const unitName = z.string().trim().min(1).max(20);

export const kitItem = z.strictObject({ item: itemName, unit: unitName, quantity: stockQuantity });
export type KitItem = z.infer<typeof kitItem>;

export const kitDefine = z.strictObject({
  id: idSchema.optional(),
  name: z.string().trim().min(1).max(200),
  items: z.array(kitItem).min(1).max(50),
});

export const distributionPointCreate = z.strictObject({
  id: idSchema.optional(),
  name: z.string().trim().min(1).max(200),
  areaId: idSchema,
});

export const distributionCreate = z.strictObject({
  id: idSchema.optional(),
  name: z.string().trim().min(1).max(200),
  kitId: idSchema,
  pointId: idSchema,
  startsOn: dateSchema,
  endsOn: dateSchema,
  /** How many people the event means to reach, for its progress. */
  target: z.number().int().positive().max(10_000_000).optional(),
});

export const proofKinds = ['signature', 'thumbprint', 'photo'] as const;
export type ProofKind = (typeof proofKinds)[number];

/** How the recipient acknowledged the kit: a signature or thumbprint on paper, or a photo kept elsewhere. */
export const receiptProof = z.strictObject({
  kind: z.enum(proofKinds),
  /** Where the photo is kept (the file or blob name the phone gave it); only for a photo. */
  photoRef: z.string().trim().min(1).max(500).optional(),
});
export type ReceiptProof = z.infer<typeof receiptProof>;

export const distributionGive = z.strictObject({
  id: idSchema.optional(),
  distributionId: idSchema,
  personId: idSchema,
  givenOn: dateSchema,
  proof: receiptProof,
});

const stockLine = {
  id: idSchema.optional(),
  pointId: idSchema,
  item: itemName,
  unit: unitName,
  movedOn: dateSchema,
};

export const stockReceive = z.strictObject({
  ...stockLine,
  quantity: stockQuantity,
  note: z.string().trim().max(500).optional(),
});

/** A count found different from the books (spoilt, lost, found): signed, never zero, always with a reason. */
export const stockAdjust = z.strictObject({
  ...stockLine,
  quantity: z.number().int().min(-1_000_000_000).max(1_000_000_000),
  reason: z.string().trim().min(3).max(500),
});

export const stockMovementKinds = ['receive', 'adjust', 'distribution'] as const;
export type StockMovementKind = (typeof stockMovementKinds)[number];
