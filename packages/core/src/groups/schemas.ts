import { z } from 'zod';
import { dateSchema } from '../shared/dates.ts';
import { idSchema } from '../shared/ids.ts';

export const groupKinds = ['shg', 'savings_group', 'cooperative', 'health_committee', 'federation'] as const;
export type GroupKind = (typeof groupKinds)[number];
export const groupStatuses = ['active', 'dormant', 'closed'] as const;
export const cadences = ['weekly', 'fortnightly', 'monthly'] as const;
export const weekdays = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;

const minorUnits = z.number().int().min(0).max(1_000_000_000_000);

/** A fine the group levies, e.g. 1000 paise for coming late. */
export const fineRule = z.strictObject({
  reason: z.enum(['absence', 'late', 'late_repayment', 'missed_saving', 'other']),
  amount: minorUnits,
  label: z.string().trim().max(100).optional(),
});

/** The group's rules as typed data. Money is in the organisation currency's minor unit. */
export const constitution = z.strictObject({
  savingAmountPerMeeting: minorUnits,
  sharePrice: minorUnits.optional(),
  fineRules: z.array(fineRule).max(20).default([]),
  /** Basis points per month: 200 is 2% a month. */
  interestRateBpsPerMonth: z.number().int().min(0).max(10_000),
  /** The largest loan as a multiple of the member's own savings; 2 means twice her savings. */
  loanCapMultipleOfSavings: z.number().positive().max(100).optional(),
  loanCapAmount: minorUnits.optional(),
  shareOutRule: z.enum(['proportional', 'equal']).default('proportional'),
});
export type Constitution = z.infer<typeof constitution>;

const groupFields = {
  kind: z.enum(groupKinds),
  name: z.string().trim().min(2).max(200),
  areaId: idSchema.nullable().optional(),
  formedOn: dateSchema,
  cadence: z.enum(cadences),
  meetingWeekday: z.enum(weekdays).optional(),
  meetingDayOfMonth: z.number().int().min(1).max(28).optional(),
  parentId: idSchema.nullable().optional(),
  status: z.enum(groupStatuses).default('active'),
  constitution: constitution.optional(),
};

export const groupCreate = z.strictObject({ id: idSchema.optional(), ...groupFields });
export type GroupCreate = z.infer<typeof groupCreate>;

export const groupUpdate = z.strictObject({
  id: idSchema,
  name: groupFields.name.optional(),
  areaId: groupFields.areaId,
  cadence: groupFields.cadence.optional(),
  meetingWeekday: groupFields.meetingWeekday.nullable(),
  meetingDayOfMonth: groupFields.meetingDayOfMonth.nullable(),
  parentId: groupFields.parentId,
  status: z.enum(groupStatuses).optional(),
  constitution: constitution.optional(),
});
export type GroupUpdate = z.infer<typeof groupUpdate>;

export const leaveReasons = [
  'moved',
  'married',
  'died',
  'expelled',
  'voluntary',
  'migrated',
  'other',
] as const;

export const membershipAdd = z.strictObject({
  id: idSchema.optional(),
  groupId: idSchema,
  personId: idSchema,
  joinedOn: dateSchema,
});

export const membershipEnd = z.strictObject({
  id: idSchema,
  leftOn: dateSchema,
  reason: z.enum(leaveReasons),
  note: z.string().trim().max(500).optional(),
});

export const offices = [
  'president',
  'secretary',
  'treasurer',
  'vice_president',
  'book_keeper',
  'other',
] as const;
export type Office = (typeof offices)[number];

export const officeAssign = z.strictObject({
  id: idSchema.optional(),
  groupId: idSchema,
  personId: idSchema,
  office: z.enum(offices),
  termStart: dateSchema,
  termEnd: dateSchema.optional(),
  electedOn: dateSchema.optional(),
});

export const officeEnd = z.strictObject({ id: idSchema, termEnd: dateSchema });
