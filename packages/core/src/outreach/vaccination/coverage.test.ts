import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageBands } from './age.ts';
import { type CoveredPerson, coverageOf, coverageShare } from './coverage.ts';

describe('coverage arithmetic', () => {
  it('rounds shares to the nearest basis point, halves up, and has none for an empty target', () => {
    expect(coverageShare(1, 3)).toBe(3333);
    expect(coverageShare(2, 3)).toBe(6667);
    expect(coverageShare(1, 8)).toBe(1250);
    expect(coverageShare(1, 80_000)).toBe(0);
    expect(coverageShare(1, 20_000)).toBe(1);
    expect(coverageShare(3, 3)).toBe(10_000);
    expect(coverageShare(0, 0)).toBeNull();
  });

  it('counts a small population by hand', () => {
    const people: CoveredPerson[] = [
      { sex: 'female', ageBand: '18-44', doses: 2 },
      { sex: 'female', ageBand: '18-44', doses: 1 },
      { sex: 'female', ageBand: '18-44', doses: 0 },
      { sex: 'male', ageBand: '60+', doses: 2 },
      { sex: 'male', ageBand: '18-44', doses: 0 },
      { sex: 'female', ageBand: 'unknown', doses: 1 },
    ];
    const { total, bySexAndAge } = coverageOf(people, 2);
    expect(total).toEqual({
      target: 6,
      atLeastOneDose: 4,
      fullyVaccinated: 2,
      atLeastOneDoseShare: 6667,
      fullyVaccinatedShare: 3333,
    });
    expect(bySexAndAge).toEqual([
      {
        sex: 'female',
        ageBand: '18-44',
        target: 3,
        atLeastOneDose: 2,
        fullyVaccinated: 1,
        atLeastOneDoseShare: 6667,
        fullyVaccinatedShare: 3333,
      },
      {
        sex: 'female',
        ageBand: 'unknown',
        target: 1,
        atLeastOneDose: 1,
        fullyVaccinated: 0,
        atLeastOneDoseShare: 10_000,
        fullyVaccinatedShare: 0,
      },
      {
        sex: 'male',
        ageBand: '18-44',
        target: 1,
        atLeastOneDose: 0,
        fullyVaccinated: 0,
        atLeastOneDoseShare: 0,
        fullyVaccinatedShare: 0,
      },
      {
        sex: 'male',
        ageBand: '60+',
        target: 1,
        atLeastOneDose: 1,
        fullyVaccinated: 1,
        atLeastOneDoseShare: 10_000,
        fullyVaccinatedShare: 10_000,
      },
    ]);
  });

  it('has cells that add up to the total, with fully vaccinated never above at least one dose', () => {
    const person = fc.record({
      sex: fc.constantFrom('female', 'male', 'other', 'unknown'),
      ageBand: fc.constantFrom(...ageBands),
      doses: fc.integer({ min: 0, max: 3 }),
    });
    fc.assert(
      fc.property(fc.array(person, { maxLength: 60 }), fc.integer({ min: 1, max: 3 }), (people, series) => {
        const { total, bySexAndAge } = coverageOf(people, series);
        const sum = (key: 'target' | 'atLeastOneDose' | 'fullyVaccinated') =>
          bySexAndAge.reduce((n, c) => n + c[key], 0);
        expect(sum('target')).toBe(people.length);
        expect(sum('atLeastOneDose')).toBe(total.atLeastOneDose);
        expect(sum('fullyVaccinated')).toBe(total.fullyVaccinated);
        expect(total.fullyVaccinated).toBeLessThanOrEqual(total.atLeastOneDose);
        for (const cell of bySexAndAge) expect(cell.target).toBeGreaterThan(0);
      }),
    );
  });

  it('counts people given in groups of alike people as it counts them one by one', () => {
    const one = coverageOf(
      [
        { sex: 'male', ageBand: '5-17', doses: 1 },
        { sex: 'male', ageBand: '5-17', doses: 1 },
        { sex: 'male', ageBand: '5-17', doses: 0 },
      ],
      1,
    );
    const grouped = coverageOf(
      [
        { sex: 'male', ageBand: '5-17', doses: 1, people: 2 },
        { sex: 'male', ageBand: '5-17', doses: 0, people: 1 },
        { sex: 'female', ageBand: '5-17', doses: 0, people: 0 },
      ],
      1,
    );
    expect(grouped).toEqual(one);
  });
});
