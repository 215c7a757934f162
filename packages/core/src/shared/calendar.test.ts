import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addYears,
  daysBetween,
  firstOfMonth,
  lastDayOfMonth,
  monthOf,
} from './calendar.ts';

describe('calendar', () => {
  it('moves by days across months and leap days', () => {
    expect(addDays('2026-11-03', 28)).toBe('2026-12-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysBetween('2026-12-31', '2026-11-03')).toBe(-58);
  });

  it('puts a 29 February birthday on 1 March in a year without one', () => {
    expect(addYears('2024-02-29', 5)).toBe('2029-03-01');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2021-12-02', 5)).toBe('2026-12-02');
  });

  it('knows the ends of a month', () => {
    expect(lastDayOfMonth('2028-02-10')).toBe('2028-02-29');
    expect(lastDayOfMonth('2026-12-31')).toBe('2026-12-31');
    expect(firstOfMonth('2026-04-17')).toBe('2026-04-01');
    expect(monthOf('2026-04-17')).toBe('2026-04');
  });

  it('moves by months, keeping the day where the month has it', () => {
    expect(addMonths('2026-04-01', -11)).toBe('2025-05-01');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2027-12-15', 1)).toBe('2028-01-15');
  });
});
