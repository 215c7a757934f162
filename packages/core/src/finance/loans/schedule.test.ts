import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../errors/domain-error.ts';
import {
  addPeriods,
  type LoanTerms,
  loanFrequencies,
  loanMethods,
  loanSchedule,
  loanTermsSchema,
  roundDiv,
  scheduleTotals,
} from './schedule.ts';

const monthly = (overrides: Partial<LoanTerms>): LoanTerms => ({
  principal: 1_000_000,
  rateBps: 200,
  method: 'declining_equal_instalment',
  instalments: 10,
  frequency: 'monthly',
  gracePeriods: 0,
  disbursedOn: '2026-01-15',
  ...overrides,
});

describe('addPeriods', () => {
  it('adds weeks and fortnights as 7 and 14 days', () => {
    expect(addPeriods('2026-12-28', 'weekly', 1)).toBe('2027-01-04');
    expect(addPeriods('2026-02-20', 'fortnightly', 1)).toBe('2026-03-06');
    expect(addPeriods('2026-01-01', 'weekly', 0)).toBe('2026-01-01');
  });

  it('keeps the day of the month from the start date, clamped to short months', () => {
    expect(addPeriods('2026-01-31', 'monthly', 1)).toBe('2026-02-28');
    expect(addPeriods('2028-01-31', 'monthly', 1)).toBe('2028-02-29');
    expect(addPeriods('2026-01-31', 'monthly', 2)).toBe('2026-03-31');
    expect(addPeriods('2026-01-31', 'monthly', 3)).toBe('2026-04-30');
    expect(addPeriods('2026-11-15', 'monthly', 14)).toBe('2028-01-15');
  });

  it('refuses a date that is not a calendar date', () => {
    expect(() => addPeriods('2026-02-30', 'monthly', 1)).toThrow(DomainError);
    expect(() => addPeriods('15/01/2026', 'weekly', 1)).toThrow(DomainError);
  });
});

describe('roundDiv', () => {
  it('rounds halves up and is exact beyond 2^53', () => {
    expect(roundDiv(5n, 10n)).toBe(1n);
    expect(roundDiv(4n, 10n)).toBe(0n);
    expect(roundDiv(15n, 10n)).toBe(2n);
    expect(roundDiv(23_330_999_999_976_669n, 10_000n)).toBe(2_333_099_999_998n);
  });
});

describe('loanSchedule worked examples', () => {
  it('₹10,000 at 2% a month, equal instalments, 10 months', () => {
    // A = P·r / (1 − (1 + r)^−n) = 1,000,000 × 0.02 / (1 − 1.02^−10) = 20,000 / 0.179652… = 111,326.53 → 111,327.
    // Each row: interest = balance × 2%, rounded half up; principal = 111,327 − interest; the last row
    // repays the balance left.
    //  #  balance before × 2%          interest  principal            balance after
    //  1  1,000,000 × 0.02 = 20,000.00   20,000  111,327 − 20,000 =  91,327  908,673
    //  2    908,673 × 0.02 = 18,173.46   18,173  111,327 − 18,173 =  93,154  815,519
    //  3    815,519 × 0.02 = 16,310.38   16,310  111,327 − 16,310 =  95,017  720,502
    //  4    720,502 × 0.02 = 14,410.04   14,410  111,327 − 14,410 =  96,917  623,585
    //  5    623,585 × 0.02 = 12,471.70   12,472  111,327 − 12,472 =  98,855  524,730
    //  6    524,730 × 0.02 = 10,494.60   10,495  111,327 − 10,495 = 100,832  423,898
    //  7    423,898 × 0.02 =  8,477.96    8,478  111,327 −  8,478 = 102,849  321,049
    //  8    321,049 × 0.02 =  6,420.98    6,421  111,327 −  6,421 = 104,906  216,143
    //  9    216,143 × 0.02 =  4,322.86    4,323  111,327 −  4,323 = 107,004  109,139
    // 10    109,139 × 0.02 =  2,182.78    2,183  the balance left    109,139        0
    // The last instalment is 2,183 + 109,139 = 111,322.
    // Interest: 20,000 + 18,173 + 16,310 + 14,410 + 12,472 + 10,495 + 8,478 + 6,421 + 4,323 + 2,183 = 113,265.
    const rows: [string, number, number][] = [
      ['2026-02-15', 20_000, 91_327],
      ['2026-03-15', 18_173, 93_154],
      ['2026-04-15', 16_310, 95_017],
      ['2026-05-15', 14_410, 96_917],
      ['2026-06-15', 12_472, 98_855],
      ['2026-07-15', 10_495, 100_832],
      ['2026-08-15', 8_478, 102_849],
      ['2026-09-15', 6_421, 104_906],
      ['2026-10-15', 4_323, 107_004],
      ['2026-11-15', 2_183, 109_139],
    ];
    const schedule = loanSchedule(monthly({}));
    expect(schedule).toEqual(
      rows.map(([dueOn, interest, principal], i) => ({ number: i + 1, dueOn, interest, principal })),
    );
    expect(schedule.slice(0, 9).every((row) => row.principal + row.interest === 111_327)).toBe(true);
    expect(scheduleTotals(schedule)).toEqual({ principal: 1_000_000, interest: 113_265, total: 1_113_265 });
  });

  it('50,000 FCFA at 10% a month flat over 4 months', () => {
    // Total interest = 50,000 × 10% × 4 = 20,000; per instalment 20,000 / 4 = 5,000 and 50,000 / 4 = 12,500.
    const schedule = loanSchedule(
      monthly({
        principal: 50_000,
        rateBps: 1000,
        method: 'flat',
        instalments: 4,
        disbursedOn: '2026-03-02',
      }),
    );
    expect(schedule.map((row) => [row.dueOn, row.principal, row.interest])).toEqual([
      ['2026-04-02', 12_500, 5_000],
      ['2026-05-02', 12_500, 5_000],
      ['2026-06-02', 12_500, 5_000],
      ['2026-07-02', 12_500, 5_000],
    ]);
    expect(scheduleTotals(schedule)).toEqual({ principal: 50_000, interest: 20_000, total: 70_000 });
  });
});

describe('loanSchedule rules', () => {
  it('puts the remainders of flat shares on the last instalment', () => {
    // Interest 1,000 × 1.5% × 3 = 45; shares floor(1,000 / 3) = 333 and floor(45 / 3) = 15.
    const schedule = loanSchedule(monthly({ principal: 1000, rateBps: 150, method: 'flat', instalments: 3 }));
    expect(schedule.map((row) => [row.principal, row.interest])).toEqual([
      [333, 15],
      [333, 15],
      [334, 15],
    ]);
  });

  it('charges equal-principal interest on the balance before each instalment, halves up', () => {
    // Balances 1,000, 667, 334 at 10%: 100, 66.7 → 67, 33.4 → 33.
    const schedule = loanSchedule(
      monthly({ principal: 1000, rateBps: 1000, method: 'declining_equal_principal', instalments: 3 }),
    );
    expect(schedule.map((row) => [row.principal, row.interest])).toEqual([
      [333, 100],
      [333, 67],
      [334, 33],
    ]);
    // 25 × 2% = 0.5 rounds up to 1.
    expect(loanSchedule(monthly({ principal: 25, instalments: 1 }))[0]).toMatchObject({
      principal: 25,
      interest: 1,
    });
  });

  it('treats an annuity at a zero rate as equal principal', () => {
    const schedule = loanSchedule(monthly({ principal: 1000, rateBps: 0, instalments: 3 }));
    expect(schedule.map((row) => [row.principal, row.interest])).toEqual([
      [333, 0],
      [333, 0],
      [334, 0],
    ]);
  });

  it('delays the first instalment by the grace periods without charging interest for them', () => {
    const schedule = loanSchedule(
      monthly({
        principal: 1000,
        rateBps: 1000,
        method: 'declining_equal_principal',
        instalments: 2,
        gracePeriods: 2,
      }),
    );
    expect(schedule.map((row) => [row.dueOn, row.interest])).toEqual([
      ['2026-04-15', 100],
      ['2026-05-15', 50],
    ]);
    const weekly = loanSchedule(monthly({ frequency: 'weekly', instalments: 2, gracePeriods: 1 }));
    expect(weekly.map((row) => row.dueOn)).toEqual(['2026-01-29', '2026-02-05']);
  });

  it('is exact for a principal whose products pass 2^53', () => {
    // 999,999,999,999 × 33.33% × 7 = 2,333,099,999,997.6669 → 2,333,099,999,998.
    const schedule = loanSchedule(
      monthly({ principal: 999_999_999_999, rateBps: 3333, method: 'flat', instalments: 7 }),
    );
    expect(scheduleTotals(schedule).interest).toBe(2_333_099_999_998);
  });

  it('never repays more principal than is owed when the rounded instalment is large', () => {
    // 130 over 260 weeks at 0.01%: A = 0.51 → 1, so the balance is repaid by instalment 130.
    const schedule = loanSchedule(
      monthly({ principal: 130, rateBps: 1, instalments: 260, frequency: 'weekly' }),
    );
    expect(schedule.filter((row) => row.principal === 1)).toHaveLength(130);
    expect(schedule.slice(130).every((row) => row.principal === 0 && row.interest === 0)).toBe(true);
  });

  it('refuses terms out of bounds', () => {
    expect(() => loanSchedule(monthly({ instalments: 0 }))).toThrow(DomainError);
    expect(() => loanSchedule(monthly({ principal: 10.5 }))).toThrow(DomainError);
    expect(() => loanSchedule(monthly({ rateBps: 10_001 }))).toThrow(DomainError);
    expect(() => loanSchedule(monthly({ disbursedOn: '2026-13-01' }))).toThrow(DomainError);
  });

  it('gives a strict schema of the terms without the disbursement date', () => {
    const { disbursedOn, ...fields } = monthly({});
    expect(loanTermsSchema.parse(fields)).toEqual(fields);
    expect(loanTermsSchema.safeParse({ ...fields, disbursedOn }).success).toBe(false);
    expect(loanTermsSchema.safeParse({ ...fields, gracePeriods: 53 }).success).toBe(false);
  });
});

const isoDate = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

const termsArbitrary = fc.record({
  principal: fc.oneof(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: 1_000_000_000_000 })),
  rateBps: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 10_000 })),
  method: fc.constantFrom(...loanMethods),
  instalments: fc.oneof(fc.integer({ min: 1, max: 24 }), fc.integer({ min: 1, max: 260 })),
  frequency: fc.constantFrom(...loanFrequencies),
  gracePeriods: fc.integer({ min: 0, max: 52 }),
  disbursedOn: isoDate,
});

describe('loanSchedule properties', () => {
  it('repays the principal exactly in non-negative whole amounts on increasing dates', () => {
    fc.assert(
      fc.property(termsArbitrary, (terms) => {
        const schedule = loanSchedule(terms);
        expect(schedule).toHaveLength(terms.instalments);
        expect(schedule[0]!.dueOn).toBe(
          addPeriods(terms.disbursedOn, terms.frequency, terms.gracePeriods + 1),
        );
        for (const [i, row] of schedule.entries()) {
          expect(row.number).toBe(i + 1);
          expect(Number.isSafeInteger(row.principal) && row.principal >= 0).toBe(true);
          expect(Number.isSafeInteger(row.interest) && row.interest >= 0).toBe(true);
          if (i > 0) expect(row.dueOn > schedule[i - 1]!.dueOn).toBe(true);
          if (i > 0 && terms.method !== 'flat')
            expect(row.interest).toBeLessThanOrEqual(schedule[i - 1]!.interest);
        }
        const totals = scheduleTotals(schedule);
        expect(totals.principal).toBe(terms.principal);
        expect(totals.total).toBe(totals.principal + totals.interest);
      }),
      { numRuns: 200 },
    );
  });

  it('charges no interest at a zero rate', () => {
    fc.assert(
      fc.property(termsArbitrary, (terms) => {
        expect(scheduleTotals(loanSchedule({ ...terms, rateBps: 0 })).interest).toBe(0);
      }),
      { numRuns: 100 },
    );
  });
});
