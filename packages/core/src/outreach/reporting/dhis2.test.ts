import { describe, expect, it } from 'vitest';
import {
  dhis2IndicatorSchema,
  dhis2MappingSet,
  dhis2MonthRange,
  dhis2MonthSchema,
  dhis2UidSchema,
  parseDhis2Indicator,
} from './dhis2.ts';

describe('DHIS2 identifiers', () => {
  it('accepts an 11-character uid that starts with a letter', () => {
    expect(dhis2UidSchema.safeParse('fbfJHSPpUQD').success).toBe(true);
    expect(dhis2UidSchema.safeParse('a1234567890').success).toBe(true);
  });

  it.each(['fbfJHSPpUQ', 'fbfJHSPpUQDx', '1bfJHSPpUQD', 'fbfJHSP-UQD', ''])('refuses %j', (uid) => {
    expect(dhis2UidSchema.safeParse(uid).success).toBe(false);
  });

  it('accepts monthly periods and refuses other forms', () => {
    for (const ok of ['202611', '202501', '199912'])
      expect(dhis2MonthSchema.safeParse(ok).success).toBe(true);
    for (const bad of ['202613', '202600', '2026-11', '2026W4', '26011', '2026110', '2026Q1']) {
      expect(dhis2MonthSchema.safeParse(bad).success, bad).toBe(false);
    }
  });

  it('gives the days of a month, leap years included', () => {
    expect(dhis2MonthRange('202611')).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(dhis2MonthRange('202402')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(dhis2MonthRange('202502')).toEqual({ from: '2025-02-01', to: '2025-02-28' });
    expect(dhis2MonthRange('202512')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
  });
});

describe('DHIS2 indicators', () => {
  it('reads the indicator keys', () => {
    expect(parseDhis2Indicator('doses:COVID19-CVS:2')).toEqual({
      kind: 'doses',
      vaccineCode: 'COVID19-CVS',
      doseNumber: 2,
    });
    expect(parseDhis2Indicator('deliveries:facility')).toEqual({ kind: 'deliveries_facility' });
    expect(parseDhis2Indicator('deliveries:all')).toEqual({ kind: 'deliveries_all' });
    expect(parseDhis2Indicator('home_visits')).toEqual({ kind: 'home_visits' });
  });

  it.each(['doses:MR', 'doses:MR:0', 'doses::1', 'deliveries', 'deliveries:home', 'visits'])(
    'refuses the key %j',
    (key) => {
      expect(dhis2IndicatorSchema.safeParse(key).success).toBe(false);
    },
  );

  it('names the field of a bad uid in a mapping', () => {
    const parsed = dhis2MappingSet.safeParse({
      indicators: [{ indicator: 'home_visits', dataElement: 'short' }],
      areas: [],
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['indicators', 0, 'dataElement']);
  });
});
