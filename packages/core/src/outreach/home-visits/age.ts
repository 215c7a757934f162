import { addDays, addYears } from './calendar.ts';

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
  const bornAfter = birth.birthDate
    ? birth.birthDate > startsOn
    : (birth.birthYear ?? 0) > Number(startsOn.slice(0, 4));
  if (bornAfter) return { ok: false, reason: 'born_after_start', span };
  if (startsOn >= span.fifthBirthday) return { ok: false, reason: 'not_under_five', span };
  return { ok: true, span };
}
