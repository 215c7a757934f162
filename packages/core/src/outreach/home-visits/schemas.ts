import { z } from 'zod';
import { dateSchema } from '../../shared/dates.ts';
import { idSchema } from '../../shared/ids.ts';
import { followUpPlanKinds } from './rhythm.ts';

/** Why someone ends a plan by hand; a delivery or a closure ends a pregnancy's plan by itself. */
export const planEndReasons = ['moved_away', 'lost_to_follow_up', 'died', 'refused', 'other'] as const;
/** The reasons the system writes when a pregnancy's delivery or closure ends her plan. */
export const planAutomaticEndReasons = ['delivered', 'pregnancy_closed'] as const;
export type PlanEndReason = (typeof planEndReasons)[number] | (typeof planAutomaticEndReasons)[number];

export const dangerSigns = [
  'fever',
  'fast_breathing',
  'chest_indrawing',
  'convulsions',
  'not_feeding',
  'vomiting',
  'diarrhoea',
  'lethargy',
  'bleeding',
  'severe_headache',
  'blurred_vision',
  'swelling',
  'reduced_fetal_movement',
  'water_broke',
  'other',
] as const;
export type DangerSign = (typeof dangerSigns)[number];

export const adviceCodes = [
  'nutrition',
  'hygiene',
  'breastfeeding',
  'immunisation',
  'family_planning',
  'other',
] as const;
export type AdviceCode = (typeof adviceCodes)[number];

export const followUpPlanStart = z.strictObject({
  id: idSchema.optional(),
  personId: idSchema,
  kind: z.enum(followUpPlanKinds),
  startsOn: dateSchema,
});
export type FollowUpPlanStart = z.infer<typeof followUpPlanStart>;

export const followUpPlanEnd = z.strictObject({
  planId: idSchema,
  endedOn: dateSchema,
  reason: z.enum(planEndReasons),
});
export type FollowUpPlanEnd = z.infer<typeof followUpPlanEnd>;

/** A code listed once only: the screen shows ticks, so a repeated code is a slip of the client. */
const codes = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .array(z.enum(values))
    .max(values.length)
    .refine((list) => new Set(list).size === list.length, 'each code once')
    .default([]);

/**
 * What the worker saw. Weight and MUAC are optional: a visit without scales or tape is still a visit,
 * and a number made up to fill a required field is worse than none. Their plausible ranges are checked
 * by the command, with their own error codes.
 */
export const homeVisitObservations = z.strictObject({
  weightGrams: z.number().int().positive().optional(),
  muacMm: z.number().int().positive().optional(),
  oedema: z.boolean().optional(),
  dangerSigns: codes(dangerSigns),
});

export const homeVisitRecord = z.strictObject({
  id: idSchema.optional(),
  personId: idSchema,
  planId: idSchema.optional(),
  visitedOn: dateSchema,
  observations: homeVisitObservations,
  advice: codes(adviceCodes),
  referral: z
    .strictObject({
      to: z.string().trim().min(1).max(200),
      reason: z.string().trim().min(1).max(500),
    })
    .optional(),
  notes: z.string().trim().max(2000).optional(),
});
export type HomeVisitRecord = z.infer<typeof homeVisitRecord>;
