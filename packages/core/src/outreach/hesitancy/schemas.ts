import { z } from 'zod';
import { dateSchema } from '../../shared/dates.ts';
import { idSchema } from '../../shared/ids.ts';

/** Why a person hesitates, as the mobiliser ticks it on the doorstep. `other` needs a few words. */
export const hesitancyReasons = [
  'fear_of_side_effects',
  'rumours',
  'religious_or_cultural',
  'loss_of_wages',
  'distance_or_access',
  'illness',
  'family_refusal',
  'other',
] as const;
export type HesitancyReason = (typeof hesitancyReasons)[number];

/** What the mobiliser talked about. */
export const counsellingMessages = ['safety', 'effectiveness', 'where_and_when', 'myths_answered'] as const;
export type CounsellingMessage = (typeof counsellingMessages)[number];

export const hesitancyOutcomes = ['agreed', 'refused', 'will_think', 'vaccinated_elsewhere'] as const;
export type HesitancyOutcome = (typeof hesitancyOutcomes)[number];

/** How many refusals take a person off the follow-up list when the organisation has not said. */
export const defaultMaxRefusals = 3;

export const hesitancyVisitInput = z.strictObject({
  id: idSchema.optional(),
  personId: idSchema,
  vaccineId: idSchema,
  visitedOn: dateSchema,
  reasons: z.array(z.enum(hesitancyReasons)).max(hesitancyReasons.length).default([]),
  /** The reason in her words, required when `other` is ticked. */
  otherReason: z.string().trim().min(1).max(500).optional(),
  counselling: z
    .strictObject({
      messages: z.array(z.enum(counsellingMessages)).max(counsellingMessages.length).default([]),
      notes: z.string().trim().min(1).max(2000).optional(),
    })
    .default({ messages: [] }),
  outcome: z.enum(hesitancyOutcomes),
  /** The day to come back; not needed when the outcome closes the follow-up. */
  nextVisitOn: dateSchema.optional(),
});
export type HesitancyVisitInput = z.output<typeof hesitancyVisitInput>;

export const outreachSettingsInput = z.strictObject({
  /** Refusals after which a person leaves the follow-up list: visiting more would be pressure, not counselling. */
  maxRefusals: z.number().int().min(1).max(20),
});
export type OutreachSettingsInput = z.output<typeof outreachSettingsInput>;

/** A hesitancy visit as the API returns it and the field app holds it. */
export interface HesitancyVisitView {
  id: string;
  personId: string;
  vaccineId: string;
  visitedOn: string;
  reasons: HesitancyReason[];
  otherReason: string | null;
  counselling: { messages: CounsellingMessage[]; notes: string | null };
  outcome: HesitancyOutcome;
  nextVisitOn: string | null;
  recordedBy: string;
  recordedAt: string;
}
