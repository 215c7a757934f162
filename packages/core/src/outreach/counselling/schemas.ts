import { z } from 'zod';
import { DomainError } from '../../errors/domain-error.ts';
import { dateSchema } from '../../shared/dates.ts';
import { idSchema } from '../../shared/ids.ts';

export const counsellingKinds = ['mental_health', 'vaccine', 'hiv_adherence', 'other'] as const;
export type CounsellingKind = (typeof counsellingKinds)[number];

/**
 * Kinds whose very existence tells a health secret: that someone is counselled on HIV treatment says she
 * lives with HIV. Such a session is shown only to those who may read what a counsellor wrote, and never
 * goes into the change feed.
 */
export const confidentialCounsellingKinds: ReadonlySet<string> = new Set<CounsellingKind>(['hiv_adherence']);

export const counsellingModes = ['individual', 'group'] as const;
export type CounsellingMode = (typeof counsellingModes)[number];

const sessionFields = {
  id: idSchema.optional(),
  kind: z.enum(counsellingKinds),
  /** Who counselled; the author when left out. */
  counsellorUserId: idSchema.optional(),
  heldOn: dateSchema,
  durationMinutes: z.number().int().min(1).max(720),
  /** Where the person was sent on to. The reason is confidential, kept with the notes. */
  referral: z
    .strictObject({
      to: z.string().trim().min(1).max(200),
      reason: z.string().trim().min(1).max(1000).optional(),
    })
    .optional(),
  /** What was said: health-confidential, readable only by health roles, never in the change feed. */
  notes: z.string().trim().min(1).max(20_000),
};

export const counsellingRecordInput = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('individual'), personId: idSchema, ...sessionFields }),
  z.strictObject({
    mode: z.literal('group'),
    /** The people counselled together, or `groupId` for the current members of a group. */
    personIds: z.array(idSchema).min(2).max(200).optional(),
    groupId: idSchema.optional(),
    ...sessionFields,
  }),
]);
export type CounsellingRecordInput = z.output<typeof counsellingRecordInput>;

/** A group session names its people either one by one or as a group's members, never both. */
export function checkGroupParticipants(input: { personIds?: string[]; groupId?: string }): void {
  if ((input.personIds === undefined) === (input.groupId === undefined)) {
    throw new DomainError('counselling.group_participants', { field: 'personIds' });
  }
}

/** A counselling session as lists show it: who, when, how long, referred where, but never what was said. */
export interface CounsellingSessionView {
  id: string;
  kind: CounsellingKind;
  mode: CounsellingMode;
  personIds: string[];
  groupId: string | null;
  counsellorUserId: string;
  heldOn: string;
  durationMinutes: number;
  referral: { to: string } | null;
  recordedBy: string;
  recordedAt: string;
}

/** What only a health role reads, each read audited. */
export interface CounsellingContentView {
  sessionId: string;
  notes: string;
  referralReason: string | null;
}
