import { z } from 'zod';
import { sexes } from '../../people/schemas.ts';
import { dateSchema } from '../../shared/dates.ts';
import { idSchema } from '../../shared/ids.ts';

const age = z.number().int().min(0).max(130);

export const vaccineDefine = z.strictObject({
  id: idSchema.optional(),
  name: z.string().trim().min(1).max(200),
  /** Short and stable: it is what the FHIR export and the registers call the vaccine. */
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/, 'letters, digits, dots, dashes and underscores'),
  dosesInSeries: z.number().int().min(1).max(20),
  minIntervalDays: z.number().int().min(0).max(3650),
});
export type VaccineDefine = z.infer<typeof vaccineDefine>;

export const driveSite = z.strictObject({
  id: idSchema.optional(),
  name: z.string().trim().min(1).max(200),
});

/** Who a drive means to reach: the people of an area (and the areas beneath it) who match the criteria. */
export const driveTarget = z.strictObject({
  areaId: idSchema,
  minAge: age.optional(),
  maxAge: age.optional(),
  sex: z.enum(sexes).optional(),
});
export type DriveTarget = z.infer<typeof driveTarget>;

/** The dates' order, the age range and distinct sites are checked by `checkDrive`, with their own messages. */
export const driveCreate = z.strictObject({
  id: idSchema.optional(),
  name: z.string().trim().min(1).max(200),
  startsOn: dateSchema,
  endsOn: dateSchema,
  sites: z.array(driveSite).min(1).max(100),
  target: driveTarget,
});
export type DriveCreate = z.infer<typeof driveCreate>;

export const vaccinationRecord = z.strictObject({
  id: idSchema.optional(),
  personId: idSchema,
  vaccineId: idSchema,
  doseNumber: z.number().int().min(1).max(20),
  givenOn: dateSchema,
  driveId: idSchema.optional(),
  /** The id of one of the drive's sites; only with a drive. */
  site: idSchema.optional(),
  lotNumber: z.string().trim().min(1).max(60).optional(),
});
export type VaccinationRecord = z.infer<typeof vaccinationRecord>;

export const vaccinationVoid = z.strictObject({
  doseId: idSchema,
  reason: z.string().trim().min(1).max(500),
});
export type VaccinationVoid = z.infer<typeof vaccinationVoid>;

/** A vaccine as the API returns it and the field app holds it. */
export interface VaccineView {
  id: string;
  name: string;
  code: string;
  dosesInSeries: number;
  minIntervalDays: number;
  createdAt: string;
}

export interface DriveView {
  id: string;
  name: string;
  startsOn: string;
  endsOn: string;
  sites: { id: string; name: string }[];
  target: { areaId: string; minAge: number | null; maxAge: number | null; sex: string | null };
  createdAt: string;
}

export interface DoseView {
  id: string;
  personId: string;
  vaccineId: string;
  doseNumber: number;
  givenOn: string;
  driveId: string | null;
  site: string | null;
  lotNumber: string | null;
  recordedBy: string;
  recordedAt: string;
  voidedAt: string | null;
  voidReason: string | null;
}
