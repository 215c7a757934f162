import { z } from 'zod';
import { lastDayOfMonth } from '../../shared/calendar.ts';
import { idSchema } from '../../shared/ids.ts';

/** A DHIS2 uid: 11 characters, letters and digits, the first a letter (CodeGenerator's alphabet). */
export const dhis2UidSchema = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9]{10}$/, 'a DHIS2 uid: 11 letters or digits, starting with a letter');

/** A DHIS2 monthly period, `yyyyMM`: 202611 is November 2026. */
export const dhis2MonthSchema = z
  .string()
  .regex(/^(19|20)\d\d(0[1-9]|1[0-2])$/, 'a DHIS2 monthly period such as 202611');

/**
 * What a DHIS2 data element counts: doses of a vaccine (by its code) and dose number, deliveries in a
 * health facility, all deliveries, home visits.
 */
export const dhis2IndicatorSchema = z
  .string()
  .regex(
    /^(doses:[A-Za-z0-9][A-Za-z0-9_.-]{0,39}:[1-9][0-9]?|deliveries:facility|deliveries:all|home_visits)$/,
    'doses:<vaccine code>:<dose number>, deliveries:facility, deliveries:all or home_visits',
  );

export type Dhis2Indicator =
  | { kind: 'doses'; vaccineCode: string; doseNumber: number }
  | { kind: 'deliveries_facility' }
  | { kind: 'deliveries_all' }
  | { kind: 'home_visits' };

/** Reads an indicator key that the schema accepted. */
export function parseDhis2Indicator(key: string): Dhis2Indicator {
  if (key === 'deliveries:facility') return { kind: 'deliveries_facility' };
  if (key === 'deliveries:all') return { kind: 'deliveries_all' };
  if (key === 'home_visits') return { kind: 'home_visits' };
  const [, vaccineCode = '', dose = ''] = key.split(':');
  return { kind: 'doses', vaccineCode, doseNumber: Number(dose) };
}

export const dosesIndicator = (vaccineCode: string, doseNumber: number): string =>
  `doses:${vaccineCode}:${doseNumber}`;

export const dhis2IndicatorMapping = z.strictObject({
  indicator: dhis2IndicatorSchema,
  dataElement: dhis2UidSchema,
  categoryOptionCombo: dhis2UidSchema.optional(),
});

export const dhis2AreaMapping = z.strictObject({ areaId: idSchema, orgUnit: dhis2UidSchema });

/** The whole mapping of an organisation; setting it replaces what was there. */
export const dhis2MappingSet = z.strictObject({
  dataSet: dhis2UidSchema.nullable().default(null),
  indicators: z.array(dhis2IndicatorMapping).max(500),
  areas: z.array(dhis2AreaMapping).max(5000),
});
export type Dhis2MappingSet = z.output<typeof dhis2MappingSet>;

export const dhis2ExportQuery = z.strictObject({
  period: dhis2MonthSchema,
  /** Mark the data set complete for the month (only once the month is over). */
  complete: z.enum(['true', 'false']).default('false'),
});

/** The first and last day of a DHIS2 month, as YYYY-MM-DD. */
export function dhis2MonthRange(period: string): { from: string; to: string } {
  const from = `${period.slice(0, 4)}-${period.slice(4, 6)}-01`;
  return { from, to: lastDayOfMonth(from) };
}

/** One value as DHIS2's dataValueSets import reads it: the value is text. */
export interface Dhis2DataValue {
  dataElement: string;
  period: string;
  orgUnit: string;
  categoryOptionCombo?: string;
  value: string;
}

export interface Dhis2DataValueSet {
  dataSet?: string;
  period: string;
  orgUnit?: string;
  completeDate?: string;
  dataValues: Dhis2DataValue[];
}
