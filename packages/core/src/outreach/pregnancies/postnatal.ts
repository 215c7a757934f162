import { addDays, daysBetween } from '../../shared/calendar.ts';
import type { Task } from '../tasks/task.ts';
import type { DeliveryOutcome, DeliveryPlace } from './schemas.ts';

/**
 * WHO's postnatal contacts (2013 recommendations, kept in the 2022 guideline): within 24 hours of
 * birth, on day 3 (48–72 hours), between days 7 and 14, and at six weeks. Days count from the delivery
 * (day 0). As windows:
 *
 * - `first_24_hours`: days 0–1. A task only after a birth at home or elsewhere: after a facility birth
 *   the facility gives it before discharge (WHO asks for a stay of at least 24 hours).
 * - `day_3`: days 2–3.
 * - `days_7_14`: days 7–14.
 * - `week_6`: days 42–48 (the sixth week after birth, and the days just after it).
 *
 * No contact is asked for after a maternal death. A postnatal visit counts for the latest contact whose
 * window has opened on its day, so a late visit still meets the contact it was owed; a visit before
 * the first contact that is a task counts for none, and each contact takes the first visit counting for it.
 */
export const postnatalContactWindows = [
  { contact: 'first_24_hours', fromDay: 0, toDay: 1 },
  { contact: 'day_3', fromDay: 2, toDay: 3 },
  { contact: 'days_7_14', fromDay: 7, toDay: 14 },
  { contact: 'week_6', fromDay: 42, toDay: 48 },
] as const;
export type PostnatalContactName = (typeof postnatalContactWindows)[number]['contact'];

export interface PostnatalContact {
  contact: PostnatalContactName;
  dueOn: string;
  windowEndsOn: string;
  visitedOn: string | null;
}

export interface DeliveryFacts {
  deliveredOn: string;
  place: DeliveryPlace;
  outcome: DeliveryOutcome;
}

/** The postnatal contacts the worker owes after a delivery, with the visit that met each. */
export function postnatalSchedule(
  delivery: DeliveryFacts,
  visitDates: readonly string[],
): PostnatalContact[] {
  if (delivery.outcome === 'maternal_death') return [];
  const windows = postnatalContactWindows.filter(
    (w) => w.contact !== 'first_24_hours' || delivery.place !== 'health_facility',
  );
  const contacts: PostnatalContact[] = windows.map((w) => ({
    contact: w.contact,
    dueOn: addDays(delivery.deliveredOn, w.fromDay),
    windowEndsOn: addDays(delivery.deliveredOn, w.toDay),
    visitedOn: null,
  }));
  for (const day of [...visitDates].sort()) {
    const owed = contacts.filter((c) => c.dueOn <= day).at(-1);
    if (owed && owed.visitedOn === null) owed.visitedOn = day;
  }
  return contacts;
}

/**
 * The next postnatal visit as a task: the contact whose window is open (or has passed with the next not
 * yet open) when it has no visit, else the next contact to come. Null once the six-week window has
 * closed: the postnatal period is over and a missed contact stays in the schedule as missed.
 */
export function nextPostnatalTask(
  pregnancy: { id: string; personId: string } & DeliveryFacts,
  visitDates: readonly string[],
  today: string,
): Task | null {
  const schedule = postnatalSchedule(
    pregnancy,
    visitDates.filter((d) => d <= today),
  );
  const last = schedule.at(-1);
  if (!last || today > last.windowEndsOn) return null;
  const current = schedule.filter((c) => c.dueOn <= today).at(-1);
  const owed = current && current.visitedOn === null ? current : schedule.find((c) => c.dueOn > today);
  if (!owed) return null;
  const offset = daysBetween(pregnancy.deliveredOn, owed.dueOn);
  return {
    kind: 'postnatal_visit',
    personId: pregnancy.personId,
    dueOn: owed.dueOn,
    refId: pregnancy.id,
    detail: { contact: owed.contact, windowEndsOn: owed.windowEndsOn, day: offset },
  };
}

/** The earliest delivery date whose postnatal contacts can still be owed on `today`. */
export function postnatalPeriodOpenSince(today: string): string {
  const last = postnatalContactWindows.at(-1)?.toDay ?? 0;
  return addDays(today, -last);
}
