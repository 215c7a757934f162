import { z } from 'zod';
import { dateSchema } from '../shared/dates.ts';
import { idSchema } from '../shared/ids.ts';
import { fundKinds } from './accounts.ts';
import { loanFrequencies, loanMethods } from './loans/index.ts';

/** A positive amount in the organisation currency's minor unit (paise, francs). */
export const amountSchema = z.number().int().positive().max(1_000_000_000_000);
const note = z.string().trim().max(500).optional();
const viaBank = { bankAccountId: idSchema.nullable().optional() };

export const attendanceStatuses = ['present', 'absent', 'excused', 'late', 'represented'] as const;
export type AttendanceStatus = (typeof attendanceStatuses)[number];
export const agendaKinds = ['grievance_raised', 'scheme_information', 'training_given', 'other'] as const;
export const activityKinds = ['song', 'game', 'other'] as const;
export const expenseCategories = [
  'stationery',
  'travel',
  'bank_charges',
  'meeting',
  'training',
  'other',
] as const;
export const lenders = ['bank_linkage', 'federation', 'other'] as const;
export const fineReasons = ['absence', 'late', 'late_repayment', 'missed_saving', 'other'] as const;

export const bankAccountOpen = z.strictObject({
  id: idSchema.optional(),
  groupId: idSchema,
  bankName: z.string().trim().min(2).max(200),
  branch: z.string().trim().max(200).optional(),
  accountNumberLast4: z
    .string()
    .regex(/^\d{4}$/, 'the last four digits')
    .optional(),
  openedOn: dateSchema,
});

const memberAmount = z.strictObject({ personId: idSchema, amount: amountSchema, ...viaBank });

export const newLoan = z.strictObject({
  id: idSchema.optional(),
  personId: idSchema,
  principal: amountSchema,
  /** Interest per period in basis points; when left out, the constitution's monthly rate for the period. */
  rateBps: z.number().int().min(0).max(10_000).optional(),
  method: z.enum(loanMethods),
  instalments: z.number().int().min(1).max(260),
  frequency: z.enum(loanFrequencies),
  gracePeriods: z.number().int().min(0).max(52).default(0),
  purpose: z.string().trim().min(2).max(200),
  ...viaBank,
});
export type NewLoan = z.infer<typeof newLoan>;

/** Money of the group as a whole, in or out of a meeting. */
export const groupEntry = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('bank_deposit'), bankAccountId: idSchema, amount: amountSchema, note }),
  z.strictObject({ kind: z.literal('bank_withdrawal'), bankAccountId: idSchema, amount: amountSchema, note }),
  z.strictObject({
    kind: z.literal('grant_received'),
    fund: z.enum(fundKinds),
    amount: amountSchema,
    note,
    ...viaBank,
  }),
  z.strictObject({
    kind: z.literal('expense'),
    category: z.enum(expenseCategories),
    amount: amountSchema,
    note,
    ...viaBank,
  }),
  z.strictObject({ kind: z.literal('other_income'), amount: amountSchema, note, ...viaBank }),
  z.strictObject({
    kind: z.literal('social_fund_payout'),
    personId: idSchema.optional(),
    amount: amountSchema,
    note,
    ...viaBank,
  }),
  z.strictObject({
    kind: z.literal('external_loan_received'),
    externalLoanId: idSchema.optional(),
    lender: z.enum(lenders),
    amount: amountSchema,
    note,
    ...viaBank,
  }),
  z.strictObject({
    kind: z.literal('external_loan_repaid'),
    externalLoanId: idSchema,
    principal: z.number().int().min(0).max(1_000_000_000_000),
    interest: z.number().int().min(0).max(1_000_000_000_000),
    note,
    ...viaBank,
  }),
]);
export type GroupEntry = z.infer<typeof groupEntry>;

export const meetingRecord = z.strictObject({
  id: idSchema.optional(),
  groupId: idSchema,
  heldOn: dateSchema,
  /** A closed meeting is locked; leave it open to add entries later the same day. */
  close: z.boolean().default(true),
  attendance: z.array(z.strictObject({ personId: idSchema, status: z.enum(attendanceStatuses) })).max(500),
  minutes: z.string().trim().max(5000).optional(),
  decisions: z.array(z.string().trim().min(1).max(500)).max(50).default([]),
  agenda: z
    .array(z.strictObject({ kind: z.enum(agendaKinds), note }))
    .max(50)
    .default([]),
  activities: z
    .array(z.strictObject({ kind: z.enum(activityKinds), note }))
    .max(20)
    .default([]),
  savings: z.array(memberAmount).max(500).default([]),
  withdrawals: z.array(memberAmount).max(500).default([]),
  socialFund: z.array(memberAmount).max(500).default([]),
  repayments: z
    .array(z.strictObject({ loanId: idSchema, amount: amountSchema, ...viaBank }))
    .max(500)
    .default([]),
  fines: z
    .array(
      z.strictObject({
        personId: idSchema,
        reason: z.enum(fineReasons),
        amount: amountSchema,
        loanId: idSchema.optional(),
      }),
    )
    .max(500)
    .default([]),
  finePayments: z.array(memberAmount).max(500).default([]),
  fineWaivers: z
    .array(z.strictObject({ personId: idSchema, amount: amountSchema, note }))
    .max(500)
    .default([]),
  loans: z.array(newLoan).max(100).default([]),
  entries: z.array(groupEntry).max(100).default([]),
});
export type MeetingRecord = z.infer<typeof meetingRecord>;

export const meetingClose = z.strictObject({ id: idSchema });

/** A member's money outside the meeting form: a late saving, a correction after a reversal. */
export const memberEntry = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('saving_deposit'), ...memberAmount.shape, note }),
  z.strictObject({ kind: z.literal('saving_withdrawal'), ...memberAmount.shape, note }),
  z.strictObject({ kind: z.literal('social_fund_contribution'), ...memberAmount.shape, note }),
  z.strictObject({ kind: z.literal('fine_paid'), ...memberAmount.shape, note }),
  z.strictObject({
    kind: z.literal('fine_levied'),
    personId: idSchema,
    reason: z.enum(fineReasons),
    amount: amountSchema,
    loanId: idSchema.optional(),
    note,
  }),
  z.strictObject({ kind: z.literal('fine_waived'), personId: idSchema, amount: amountSchema, note }),
  z.strictObject({
    kind: z.literal('loan_repayment'),
    loanId: idSchema,
    amount: amountSchema,
    note,
    ...viaBank,
  }),
]);

export const entryRecord = z.strictObject({
  id: idSchema.optional(),
  groupId: idSchema,
  date: dateSchema,
  /** The meeting this belongs to: an open one it joins, or a closed one it corrects. */
  meetingId: idSchema.optional(),
  entry: z.discriminatedUnion('kind', [...groupEntry.options, ...memberEntry.options]),
});
export type EntryRecord = z.infer<typeof entryRecord>;

export const entryReverse = z.strictObject({
  id: idSchema.optional(),
  entryId: idSchema,
  date: dateSchema,
  reason: z.string().trim().min(2).max(500),
});

export const loanWriteOff = z.strictObject({
  id: idSchema,
  date: dateSchema,
  reason: z.string().trim().min(2).max(500),
});

export const cycleStart = z.strictObject({
  id: idSchema.optional(),
  groupId: idSchema,
  startedOn: dateSchema,
  plannedEndOn: dateSchema,
  sharePrice: amountSchema.optional(),
});

export const shareOutRecord = z.strictObject({
  id: idSchema.optional(),
  groupId: idSchema,
  heldOn: dateSchema,
  /** Starts the next cycle the same day, so that the group carries on saving. */
  nextCycle: z
    .strictObject({ id: idSchema.optional(), plannedEndOn: dateSchema, sharePrice: amountSchema.optional() })
    .optional(),
});

export const bankStatementRecord = z.strictObject({
  id: idSchema.optional(),
  bankAccountId: idSchema,
  date: dateSchema,
  balance: z.number().int().min(-1_000_000_000_000).max(1_000_000_000_000),
});
