import { z } from 'zod';
import { dateSchema } from '../shared/dates.ts';
import { idSchema } from '../shared/ids.ts';

export const sexes = ['female', 'male', 'other', 'unknown'] as const;

const phoneSchema = z.string().regex(/^\+?[0-9][0-9 -]{5,18}[0-9]$/, 'digits, optionally starting with +');
const yearSchema = z.number().int().min(1900).max(2100);

const personFields = {
  givenName: z.string().trim().min(1).max(100),
  familyName: z.string().trim().max(100).optional(),
  sex: z.enum(sexes),
  birthDate: dateSchema.optional(),
  birthYear: yearSchema.optional(),
  phone: phoneSchema.optional(),
  areaId: idSchema.nullable().optional(),
  householdId: idSchema.nullable().optional(),
  occupation: z.string().trim().max(100).optional(),
  skills: z.array(z.string().trim().min(1).max(60)).max(30).optional(),
  disabilityType: z.string().trim().max(100).nullable().optional(),
};

export const consentInput = z.strictObject({
  given: z.boolean(),
  date: dateSchema,
});

export const personCreate = z.strictObject({
  id: idSchema.optional(),
  ...personFields,
  consent: consentInput.optional(),
  /** Add her to a group at once, as a group leader or field worker registers a new member. */
  membership: z.strictObject({ id: idSchema.optional(), groupId: idSchema, joinedOn: dateSchema }).optional(),
  /** Set when the caller has seen the probable-duplicate warning and means to create the person anyway. */
  allowDuplicate: z.boolean().optional(),
});
export type PersonCreate = z.infer<typeof personCreate>;

export const personUpdate = z.strictObject({
  id: idSchema,
  givenName: personFields.givenName.optional(),
  familyName: z.string().trim().max(100).nullable().optional(),
  sex: personFields.sex.optional(),
  birthDate: dateSchema.nullable().optional(),
  birthYear: yearSchema.nullable().optional(),
  phone: phoneSchema.nullable().optional(),
  areaId: idSchema.nullable().optional(),
  householdId: idSchema.nullable().optional(),
  occupation: z.string().trim().max(100).nullable().optional(),
  skills: personFields.skills,
  disabilityType: personFields.disabilityType,
});
export type PersonUpdate = z.infer<typeof personUpdate>;

export const consentRecord = z.strictObject({ personId: idSchema, ...consentInput.shape });

/** Sensitive attributes, stored apart from the person and shown only with the explicit permission. */
export const sensitiveAttributes = z.strictObject({
  hivStatus: z.enum(['positive', 'negative', 'unknown', 'not_disclosed']).optional(),
  onTreatment: z.boolean().optional(),
  sexWork: z.boolean().optional(),
  disabilityDetails: z.string().trim().max(500).optional(),
  notes: z.string().trim().max(2000).optional(),
});
export type SensitiveAttributes = z.infer<typeof sensitiveAttributes>;

export const sensitiveSet = z.strictObject({ personId: idSchema, attributes: sensitiveAttributes });

export const householdCreate = z.strictObject({
  id: idSchema.optional(),
  name: z.string().trim().min(1).max(200),
  areaId: idSchema.nullable().optional(),
});
