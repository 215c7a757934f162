import { describe, expect, it } from 'vitest';
import { isPlausibleMeasure, isSevereAcuteMalnutrition, muacMmRange, weightGramsRange } from './measures.ts';

describe('observations at a home visit', () => {
  it('flags severe acute malnutrition below 115 mm of MUAC, not at it', () => {
    expect(isSevereAcuteMalnutrition(114)).toBe(true);
    expect(isSevereAcuteMalnutrition(115)).toBe(false);
    expect(isSevereAcuteMalnutrition(null)).toBe(false);
    expect(isSevereAcuteMalnutrition(undefined)).toBe(false);
  });

  it('takes weights and MUAC within human ranges and refuses typing slips', () => {
    expect(isPlausibleMeasure(400, weightGramsRange)).toBe(true);
    expect(isPlausibleMeasure(12, weightGramsRange)).toBe(false);
    expect(isPlausibleMeasure(1_200_000, weightGramsRange)).toBe(false);
    expect(isPlausibleMeasure(60, muacMmRange)).toBe(true);
    expect(isPlausibleMeasure(12, muacMmRange)).toBe(false);
    expect(isPlausibleMeasure(1250, muacMmRange)).toBe(false);
  });
});
