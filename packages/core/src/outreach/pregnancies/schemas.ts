import { z } from 'zod';
import { dateSchema } from '../../shared/dates.ts';
import { idSchema } from '../../shared/ids.ts';

export const deliveryPlaces = ['health_facility', 'home', 'other'] as const;
export type DeliveryPlace = (typeof deliveryPlaces)[number];

/**
 * How a delivery ended. `maternal_death` is kept apart because it changes what follows: no postnatal
 * visits are asked of the worker for a woman who died (a surviving baby is registered and followed on
 * her own plan).
 */
export const deliveryOutcomes = [
  'live_birth',
  'stillbirth',
  'live_and_stillbirth',
  'maternal_death',
  'other',
] as const;
export type DeliveryOutcome = (typeof deliveryOutcomes)[number];

export const pregnancyCloseReasons = [
  'miscarriage',
  'abortion',
  'moved_away',
  'lost_to_follow_up',
  'other',
] as const;
export type PregnancyCloseReason = (typeof pregnancyCloseReasons)[number];

export const babySexes = ['female', 'male', 'unknown'] as const;

export const pregnancyRegister = z.strictObject({
  id: idSchema.optional(),
  /** The id of the monthly follow-up plan the registration starts, for a device that made it offline. */
  planId: idSchema.optional(),
  personId: idSchema,
  registeredOn: dateSchema,
  expectedDeliveryOn: dateSchema,
  lastMenstrualPeriodOn: dateSchema.optional(),
});
export type PregnancyRegister = z.infer<typeof pregnancyRegister>;

const notes = z.string().trim().max(2000).optional();

export const antenatalContactRecord = z.strictObject({
  id: idSchema.optional(),
  pregnancyId: idSchema,
  contactOn: dateSchema,
  place: z.string().trim().min(1).max(200).optional(),
  notes,
});
export type AntenatalContactRecord = z.infer<typeof antenatalContactRecord>;

export const babyRecord = z.strictObject({
  sex: z.enum(babySexes),
  birthWeightGrams: z.number().int().min(300).max(7000).optional(),
});

export const deliveryRecord = z.strictObject({
  pregnancyId: idSchema,
  deliveredOn: dateSchema,
  place: z.enum(deliveryPlaces),
  facilityName: z.string().trim().min(1).max(200).optional(),
  outcome: z.enum(deliveryOutcomes),
  babies: z.array(babyRecord).min(1).max(6).optional(),
});
export type DeliveryRecord = z.infer<typeof deliveryRecord>;

export const postnatalVisitRecord = z.strictObject({
  id: idSchema.optional(),
  pregnancyId: idSchema,
  visitedOn: dateSchema,
  notes,
});
export type PostnatalVisitRecord = z.infer<typeof postnatalVisitRecord>;

export const pregnancyClose = z.strictObject({
  pregnancyId: idSchema,
  closedOn: dateSchema,
  reason: z.enum(pregnancyCloseReasons),
});
export type PregnancyClose = z.infer<typeof pregnancyClose>;
