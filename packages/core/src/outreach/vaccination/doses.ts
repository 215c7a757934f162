import { DomainError } from '../../errors/domain-error.ts';
import { addDays } from '../../shared/calendar.ts';
import type { Task } from '../tasks/task.ts';

/** What the dose rules need of a vaccine. */
export interface VaccineSeries {
  id: string;
  dosesInSeries: number;
  minIntervalDays: number;
}

/** A dose of one vaccine for one person; voided doses are left out before these rules see them. */
export interface GivenDose {
  doseNumber: number;
  givenOn: string;
}

export interface DoseCircumstances {
  /** Today where the organisation works. */
  today: string;
  birthDate?: string | null;
  birthYear?: number | null;
}

/** The first day dose `n + 1` may be given after dose `n` on `givenOn`. */
export const earliestNext = (vaccine: Pick<VaccineSeries, 'minIntervalDays'>, givenOn: string): string =>
  addDays(givenOn, vaccine.minIntervalDays);

/**
 * Refuses a dose that the series and the person's other doses of the same vaccine do not allow, with the
 * field at fault and what to tell the worker:
 * - `dose.beyond_series`: a number past the series (dose 3 of a 2-dose vaccine);
 * - `dose.in_future`, `dose.before_birth`: a date after today, or before she was born (by year when
 *   only the year is known);
 * - `dose.duplicate`: this dose number is already recorded;
 * - `dose.out_of_order`: dose n without dose n - 1;
 * - `dose.too_soon`: fewer than the interval's days since dose n - 1 (`earliest` is the first allowed date);
 * - `dose.next_too_soon`: dose n + 1 is already recorded less than the interval after this date (a dose
 *   recorded again after its record was voided).
 */
export function checkDose(
  vaccine: VaccineSeries,
  earlierDoses: readonly GivenDose[],
  dose: GivenDose,
  circumstances: DoseCircumstances,
): void {
  const { doseNumber, givenOn } = dose;
  if (doseNumber > vaccine.dosesInSeries) {
    throw new DomainError('dose.beyond_series', {
      field: 'doseNumber',
      params: { doseNumber, dosesInSeries: vaccine.dosesInSeries },
    });
  }
  if (givenOn > circumstances.today) throw new DomainError('dose.in_future', { field: 'givenOn' });
  const { birthDate, birthYear } = circumstances;
  const bornAfter = birthDate ? givenOn < birthDate : !!birthYear && Number(givenOn.slice(0, 4)) < birthYear;
  if (bornAfter) {
    throw new DomainError('dose.before_birth', {
      field: 'givenOn',
      params: { born: birthDate ?? String(birthYear) },
    });
  }
  const same = earlierDoses.find((d) => d.doseNumber === doseNumber);
  if (same) {
    throw new DomainError('dose.duplicate', {
      field: 'doseNumber',
      params: { doseNumber, givenOn: same.givenOn },
    });
  }
  if (doseNumber > 1) {
    const previous = earlierDoses.find((d) => d.doseNumber === doseNumber - 1);
    if (!previous) {
      throw new DomainError('dose.out_of_order', {
        field: 'doseNumber',
        params: { doseNumber, missing: doseNumber - 1 },
      });
    }
    const earliest = earliestNext(vaccine, previous.givenOn);
    if (givenOn < earliest) {
      throw new DomainError('dose.too_soon', {
        field: 'givenOn',
        params: { earliest, previous: previous.givenOn, days: vaccine.minIntervalDays },
      });
    }
  }
  const next = earlierDoses.find((d) => d.doseNumber === doseNumber + 1);
  if (next && next.givenOn < earliestNext(vaccine, givenOn)) {
    throw new DomainError('dose.next_too_soon', {
      field: 'givenOn',
      params: { next: next.givenOn, days: vaccine.minIntervalDays },
    });
  }
}

/**
 * The dose a person should have next of a vaccine she has started: the first dose number of the series not
 * yet recorded, due `minIntervalDays` after the dose before it. Nothing when the series is complete, or
 * when she has had no dose of it (a person not yet vaccinated is followed up as hesitant, not as a dose
 * due). `doses` are hers, of this vaccine, none voided.
 */
export function nextDose(
  vaccine: VaccineSeries,
  doses: readonly (GivenDose & { personId: string })[],
): Task | null {
  const first = doses[0];
  if (!first) return null;
  const given = new Map(doses.map((d) => [d.doseNumber, d.givenOn]));
  for (let doseNumber = 1; doseNumber <= vaccine.dosesInSeries; doseNumber++) {
    if (given.has(doseNumber)) continue;
    // Dose 1 missing while a later one stands (its record was voided): it is due at once, from the
    // earliest dose she has.
    const previous = given.get(doseNumber - 1) ?? ([...given.values()].sort()[0] as string);
    return {
      kind: 'dose',
      personId: first.personId,
      dueOn: doseNumber === 1 ? previous : earliestNext(vaccine, previous),
      refId: vaccine.id,
      detail: { doseNumber },
    };
  }
  return null;
}
