import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../errors/domain-error.ts';
import { checkDose, type GivenDose, nextDose } from './doses.ts';

const twoDose = { id: 'v2', dosesInSeries: 2, minIntervalDays: 28 };
const today = { today: '2026-06-30' };

function refusal(run: () => void): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('the dose was accepted');
}

describe('checkDose', () => {
  it('accepts dose 1, and dose 2 on the first day the interval allows', () => {
    expect(() => checkDose(twoDose, [], { doseNumber: 1, givenOn: '2026-05-01' }, today)).not.toThrow();
    const earlier = [{ doseNumber: 1, givenOn: '2026-05-01' }];
    expect(() => checkDose(twoDose, earlier, { doseNumber: 2, givenOn: '2026-05-29' }, today)).not.toThrow();
  });

  it('refuses dose 3 of a 2-dose vaccine', () => {
    const earlier = [
      { doseNumber: 1, givenOn: '2026-03-01' },
      { doseNumber: 2, givenOn: '2026-04-01' },
    ];
    const error = refusal(() => checkDose(twoDose, earlier, { doseNumber: 3, givenOn: '2026-06-01' }, today));
    expect(error).toMatchObject({
      code: 'dose.beyond_series',
      field: 'doseNumber',
      params: { doseNumber: 3, dosesInSeries: 2 },
    });
  });

  it('refuses the same dose again', () => {
    const earlier = [{ doseNumber: 1, givenOn: '2026-05-01' }];
    const error = refusal(() => checkDose(twoDose, earlier, { doseNumber: 1, givenOn: '2026-05-02' }, today));
    expect(error).toMatchObject({
      code: 'dose.duplicate',
      field: 'doseNumber',
      params: { givenOn: '2026-05-01' },
    });
    expect(error.kind).toBe('conflict');
  });

  it('refuses dose 2 without dose 1', () => {
    const error = refusal(() => checkDose(twoDose, [], { doseNumber: 2, givenOn: '2026-05-01' }, today));
    expect(error).toMatchObject({ code: 'dose.out_of_order', params: { doseNumber: 2, missing: 1 } });
  });

  it('refuses a dose before the interval has passed, naming the earliest allowed date', () => {
    const earlier = [{ doseNumber: 1, givenOn: '2026-05-01' }];
    const error = refusal(() => checkDose(twoDose, earlier, { doseNumber: 2, givenOn: '2026-05-28' }, today));
    expect(error).toMatchObject({
      code: 'dose.too_soon',
      field: 'givenOn',
      params: { earliest: '2026-05-29', previous: '2026-05-01', days: 28 },
    });
  });

  it('counts the interval across month and leap-year ends', () => {
    const earlier = [{ doseNumber: 1, givenOn: '2028-02-01' }];
    const error = refusal(() =>
      checkDose(twoDose, earlier, { doseNumber: 2, givenOn: '2028-02-28' }, { today: '2028-12-31' }),
    );
    expect(error.params.earliest).toBe('2028-02-29');
  });

  it('refuses a date in the future, and one before birth (by date, or by year when only that is known)', () => {
    expect(
      refusal(() => checkDose(twoDose, [], { doseNumber: 1, givenOn: '2026-07-01' }, today)),
    ).toMatchObject({
      code: 'dose.in_future',
      field: 'givenOn',
    });
    const born = { ...today, birthDate: '2026-02-10' };
    expect(
      refusal(() => checkDose(twoDose, [], { doseNumber: 1, givenOn: '2026-02-09' }, born)),
    ).toMatchObject({
      code: 'dose.before_birth',
      params: { born: '2026-02-10' },
    });
    expect(() => checkDose(twoDose, [], { doseNumber: 1, givenOn: '2026-02-10' }, born)).not.toThrow();
    const year = { ...today, birthYear: 2026 };
    expect(
      refusal(() => checkDose(twoDose, [], { doseNumber: 1, givenOn: '2025-12-31' }, year)),
    ).toMatchObject({
      code: 'dose.before_birth',
      params: { born: '2026' },
    });
    expect(() => checkDose(twoDose, [], { doseNumber: 1, givenOn: '2026-01-01' }, year)).not.toThrow();
  });

  it('refuses a dose recorded again too close before the next one already given', () => {
    const earlier = [{ doseNumber: 2, givenOn: '2026-05-29' }];
    const error = refusal(() => checkDose(twoDose, earlier, { doseNumber: 1, givenOn: '2026-05-10' }, today));
    expect(error).toMatchObject({ code: 'dose.next_too_soon', params: { next: '2026-05-29', days: 28 } });
    expect(() => checkDose(twoDose, earlier, { doseNumber: 1, givenOn: '2026-05-01' }, today)).not.toThrow();
  });

  it('accepts any series of doses each given at least the interval after the one before', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 0, max: 60 }),
        fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 5, maxLength: 5 }),
        (series, interval, extra) => {
          const vaccine = { id: 'v', dosesInSeries: series, minIntervalDays: interval };
          const given: GivenDose[] = [];
          let day = Date.parse('2020-01-01T00:00:00Z');
          for (let n = 1; n <= series; n++) {
            const dose = { doseNumber: n, givenOn: new Date(day).toISOString().slice(0, 10) };
            checkDose(vaccine, given, dose, { today: '2030-01-01' });
            given.push(dose);
            day += (interval + (extra[n - 1] ?? 0)) * 86_400_000;
          }
          expect(
            nextDose(
              vaccine,
              given.map((g) => ({ ...g, personId: 'p' })),
            ),
          ).toBeNull();
        },
      ),
    );
  });
});

describe('nextDose', () => {
  const dose = (doseNumber: number, givenOn: string) => ({ personId: 'p1', doseNumber, givenOn });

  it('is dose 2 due the interval after dose 1', () => {
    expect(nextDose(twoDose, [dose(1, '2026-05-01')])).toEqual({
      kind: 'dose',
      personId: 'p1',
      dueOn: '2026-05-29',
      refId: 'v2',
      detail: { doseNumber: 2 },
    });
  });

  it('is nothing once the series is complete, or before any dose', () => {
    expect(nextDose(twoDose, [dose(1, '2026-05-01'), dose(2, '2026-06-01')])).toBeNull();
    expect(nextDose(twoDose, [])).toBeNull();
    expect(nextDose({ id: 'v1', dosesInSeries: 1, minIntervalDays: 0 }, [dose(1, '2026-05-01')])).toBeNull();
  });

  it('follows the highest dose in a longer series, and fills a dose whose record was voided', () => {
    const three = { id: 'v3', dosesInSeries: 3, minIntervalDays: 30 };
    expect(nextDose(three, [dose(1, '2026-01-01'), dose(2, '2026-02-01')])).toMatchObject({
      dueOn: '2026-03-03',
      detail: { doseNumber: 3 },
    });
    expect(nextDose(three, [dose(1, '2026-01-01'), dose(3, '2026-03-15')])).toMatchObject({
      dueOn: '2026-01-31',
      detail: { doseNumber: 2 },
    });
    expect(nextDose(three, [dose(2, '2026-02-01')])).toMatchObject({
      dueOn: '2026-02-01',
      detail: { doseNumber: 1 },
    });
  });
});
