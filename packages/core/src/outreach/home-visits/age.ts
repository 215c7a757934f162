import { addDays, addYears } from '../../shared/calendar.ts';

export interface Birth {
  birthDate: string | null;
  birthYear: number | null;
}

export interface ChildPlanSpan {
  /** The birth date the rule used: the real one, or 1 July of the birth year. */
  bornOn: string;
  estimated: boolean;
  fifthBirthday: string;
  /** The plan's last day: the day before the fifth birthday. */
  endsOn: string;
}

/**
 * When a child's under-five follow-up ends. With only a birth year, she is taken as born on 1 July of
 * that year, the middle of the year, so the estimate is never more than six months out either way
 * (the usual demographic convention for a birth year alone). Null when nothing is known of her birth.
 */
export function childPlanSpan(birth: Birth): ChildPlanSpan | null {
  const estimated = !birth.birthDate;
  const bornOn = birth.birthDate ?? (birth.birthYear === null ? null : `${birth.birthYear}-07-01`);
  if (bornOn === null) return null;
  const fifthBirthday = addYears(bornOn, 5);
  return { bornOn, estimated, fifthBirthday, endsOn: addDays(fifthBirthday, -1) };
}

/**
 * Whether she was born by `on`. With only a birth year any day of that year counts: a newborn may be
 * registered in March, before the 1 July estimate.
 */
function bornBy(birth: Birth, on: string): boolean {
  return birth.birthDate ? birth.birthDate <= on : (birth.birthYear ?? 0) <= Number(on.slice(0, 4));
}

/**
 * Whether a child is under five on a date: born by then and before her fifth birthday, by the same
 * estimate as `childPlanSpan` when only her birth year is known, so a voucher and a follow-up plan
 * agree on who is a child. Null when nothing is known of her birth.
 */
export function isUnderFiveOn(on: string, birth: Birth): boolean | null {
  const span = childPlanSpan(birth);
  if (span === null) return null;
  return bornBy(birth, on) && on < span.fifthBirthday;
}

export type ChildPlanCheck =
  | { ok: true; span: ChildPlanSpan }
  | {
      ok: false;
      reason: 'birth_unknown' | 'born_after_start' | 'not_under_five';
      span: ChildPlanSpan | null;
    };

/**
 * Whether a child plan may start on `startsOn`: she must be born by then (a birth year after the start's
 * year, or a birth date after it, cannot be) and not yet five.
 */
export function checkChildPlan(birth: Birth, startsOn: string): ChildPlanCheck {
  const span = childPlanSpan(birth);
  if (span === null) return { ok: false, reason: 'birth_unknown', span };
  if (!bornBy(birth, startsOn)) return { ok: false, reason: 'born_after_start', span };
  if (startsOn >= span.fifthBirthday) return { ok: false, reason: 'not_under_five', span };
  return { ok: true, span };
}
