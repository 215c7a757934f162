import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageBandOf, ageInYearsOn, bornByForAge, inDriveTarget } from './age.ts';

describe('ages and age bands', () => {
  it('counts completed years from a birth date', () => {
    expect(ageInYearsOn({ birthDate: '2021-06-15' }, '2026-06-14')).toBe(4);
    expect(ageInYearsOn({ birthDate: '2021-06-15' }, '2026-06-15')).toBe(5);
    expect(ageInYearsOn({ birthDate: '2008-02-29' }, '2026-02-28')).toBe(17);
    expect(ageInYearsOn({ birthDate: '2008-02-29' }, '2026-03-01')).toBe(18);
  });

  it('counts the age reached in the reference year from a birth year alone', () => {
    expect(ageInYearsOn({ birthYear: 1966 }, '2026-01-01')).toBe(60);
    expect(ageInYearsOn({ birthYear: 1966, birthDate: null }, '2026-12-31')).toBe(60);
    expect(ageInYearsOn({}, '2026-01-01')).toBeNull();
  });

  it('puts each age in its band, the edges in the upper band', () => {
    expect([0, 4, 5, 17, 18, 44, 45, 59, 60, 99].map(ageBandOf)).toEqual([
      '0-4',
      '0-4',
      '5-17',
      '5-17',
      '18-44',
      '18-44',
      '45-59',
      '45-59',
      '60+',
      '60+',
    ]);
    expect(ageBandOf(null)).toBe('unknown');
    expect(ageBandOf(-1)).toBe('0-4');
  });

  it('keeps in a target only people of the sex and age range asked for', () => {
    const on = '2026-03-01';
    const adult = { sex: 'female', birthDate: '2008-03-01' };
    expect(inDriveTarget(adult, { minAge: 18 }, on)).toBe(true);
    expect(inDriveTarget({ ...adult, birthDate: '2008-03-02' }, { minAge: 18 }, on)).toBe(false);
    expect(inDriveTarget(adult, { minAge: 18, maxAge: 18 }, on)).toBe(true);
    expect(inDriveTarget(adult, { sex: 'male' }, on)).toBe(false);
    expect(inDriveTarget({ sex: 'female' }, {}, on)).toBe(true);
    expect(inDriveTarget({ sex: 'female' }, { maxAge: 4 }, on)).toBe(false);
    expect(inDriveTarget({ sex: 'female', birthDate: '2026-05-01' }, { maxAge: 4 }, on)).toBe(false);
  });

  it('gives birth bounds that say the same as the age itself, by date and by year', () => {
    const day = fc
      .integer({ min: 0, max: 60_000 })
      .map((n) => new Date(Date.UTC(1900, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, fc.integer({ min: 0, max: 100 }), (born, on, age) => {
        const bound = bornByForAge(age, on);
        const byDate = ageInYearsOn({ birthDate: born }, on) as number;
        expect(born <= bound.date).toBe(byDate >= age);
        const year = Number(born.slice(0, 4));
        expect(year <= bound.year).toBe((ageInYearsOn({ birthYear: year }, on) as number) >= age);
      }),
    );
    expect(bornByForAge(18, '2024-02-29')).toEqual({ date: '2006-02-29', year: 2006 });
  });
});
