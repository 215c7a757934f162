import { describe, expect, it } from 'vitest';
import { checkPregnancyDates, mayBePregnant } from './rules.ts';

const codeOf = (run: () => void): string | undefined => {
  try {
    run();
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
};

describe('the dates of a pregnancy', () => {
  it('expects the delivery within 44 weeks of registration', () => {
    expect(
      codeOf(() => checkPregnancyDates({ registeredOn: '2026-01-01', expectedDeliveryOn: '2026-11-05' })),
    ).toBeUndefined();
    expect(
      codeOf(() => checkPregnancyDates({ registeredOn: '2026-01-01', expectedDeliveryOn: '2026-11-06' })),
    ).toBe('pregnancy.expected_delivery_out_of_range');
    expect(
      codeOf(() => checkPregnancyDates({ registeredOn: '2026-01-01', expectedDeliveryOn: '2025-12-31' })),
    ).toBe('pregnancy.expected_delivery_out_of_range');
  });

  it('takes a last period up to 44 weeks before registration, and a delivery no later than 44 weeks after it', () => {
    const base = { registeredOn: '2026-03-01', expectedDeliveryOn: '2026-10-01' };
    expect(
      codeOf(() => checkPregnancyDates({ ...base, lastMenstrualPeriodOn: '2025-12-25' })),
    ).toBeUndefined();
    expect(codeOf(() => checkPregnancyDates({ ...base, lastMenstrualPeriodOn: '2026-03-02' }))).toBe(
      'pregnancy.last_period_out_of_range',
    );
    expect(codeOf(() => checkPregnancyDates({ ...base, lastMenstrualPeriodOn: '2025-04-01' }))).toBe(
      'pregnancy.last_period_out_of_range',
    );
    expect(codeOf(() => checkPregnancyDates({ ...base, lastMenstrualPeriodOn: '2025-06-01' }))).toBe(
      'pregnancy.expected_delivery_out_of_range',
    );
  });

  it('refuses only a person recorded as male', () => {
    expect(['female', 'other', 'unknown', 'male'].map(mayBePregnant)).toEqual([true, true, true, false]);
  });
});
