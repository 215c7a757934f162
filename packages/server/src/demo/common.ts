import type { Office } from '@groundwork/core';
import { marathiChildren, marathiMen, marathiWomen, muslimNames } from './names.ts';
import type { Plan } from './plan.ts';
import { addDays, addYears, earlierDate } from './random.ts';

/** The day the demo's history stops: elections are held up to here, and open terms run on from it. */
export const demoToday = '2025-06-30';
/**
 * The groups' books run up to yesterday, whenever the demo is loaded, so that a new user sees groups
 * whose next meeting is due now rather than a year of meetings never recorded.
 */
export const booksUntil = addDays(new Date().toISOString().slice(0, 10), -1);
const termYears = 2;

export interface Member {
  id: string;
  name: string;
  joinedOn: string;
}

export function addArea(
  plan: Plan,
  name: string,
  kind: string,
  parentId: string | null,
  code?: string,
): string {
  const id = plan.id();
  plan.add('area.create', { id, name, kind, parentId, ...(code ? { code } : {}) }, '2018-10-01');
  return id;
}

export interface Place {
  id: string;
  name: string;
}

/** A city's wards, each with its slums, under the district. */
export function addWards(
  plan: Plan,
  districtId: string,
  codePrefix: string,
  wards: readonly (readonly [string, readonly string[]])[],
): { wards: Place[]; slums: Place[] } {
  const places = { wards: [] as Place[], slums: [] as Place[] };
  for (const [i, [ward, slums]] of wards.entries()) {
    const wardId = addArea(plan, ward, 'ward', districtId, `${codePrefix}-${i + 1}`);
    places.wards.push({ id: wardId, name: ward });
    for (const name of slums) places.slums.push({ id: addArea(plan, name, 'slum', wardId), name });
  }
  return places;
}

export interface Name {
  givenName: string;
  familyName: string;
  birthYear: number;
}

/** A name and birth year that no one in the organisation already has together. */
export function freshName(
  plan: Plan,
  givenNames: readonly string[],
  familyName: string | readonly string[],
  fromYear: number,
  toYear: number,
): Name {
  for (;;) {
    const givenName = plan.random.pick(givenNames);
    const family = typeof familyName === 'string' ? familyName : plan.random.pick(familyName);
    const birthYear = plan.freeBirthYear(givenName, family, fromYear, toYear);
    if (birthYear !== undefined) return { givenName, familyName: family, birthYear };
  }
}

/** The names one family draws from: a Marathi (or, in Solapur, Telugu) family most often, a Muslim one at times. */
export function indianFamily(plan: Plan, families: readonly string[], muslimShare: number) {
  if (plan.random.chance(muslimShare)) {
    return { ...muslimNames, familyName: plan.random.pick(muslimNames.families) };
  }
  const names = { women: marathiWomen, men: marathiMen, children: marathiChildren, families };
  return { ...names, familyName: plan.random.pick(families) };
}

export const indianMobile = (plan: Plan) =>
  plan.phone(
    (r) =>
      `+91 ${r.pick(['98', '97', '96', '94', '90', '88', '86', '80', '77', '70'])}${r.digits(3)} ${r.digits(5)}`,
  );

/**
 * Elects the group's officers at formation and every two years after, up to `today`. Most offices
 * change hands at an election and some holders are re-elected; an officer is always a member who had
 * joined by then, and no one holds two offices of the group in the same term. Returns the current
 * holders by office.
 */
export function electOfficers(
  plan: Plan,
  groupId: string,
  formedOn: string,
  members: readonly Member[],
  offices: readonly Office[] = ['president', 'secretary', 'treasurer'],
  today = demoToday,
): Map<Office, Member> {
  const random = plan.random;
  let start = formedOn;
  let holders = new Map<Office, Member>();
  for (;;) {
    const eligible = members.filter((m) => m.joinedOn <= start);
    const next = new Map<Office, Member>();
    const taken = new Set<string>();
    for (const office of offices) {
      const previous = holders.get(office);
      const keep = previous && !taken.has(previous.id) && random.chance(0.3);
      const chosen = keep ? previous : random.pick(eligible.filter((m) => !taken.has(m.id)));
      next.set(office, chosen);
      taken.add(chosen.id);
    }
    holders = next;
    const end = addYears(start, termYears);
    const ended = end <= today;
    for (const [office, member] of holders) {
      plan.add(
        'office.assign',
        {
          id: plan.id(),
          groupId,
          personId: member.id,
          office,
          termStart: start,
          electedOn: start,
          ...(ended ? { termEnd: end } : {}),
        },
        start,
      );
    }
    if (!ended) return holders;
    start = end;
  }
}

/** How a member came to join: most on the day the group was formed, a few later. */
export function joiningDates(plan: Plan, formedOn: string, count: number, lateJoiners: number): string[] {
  const lastJoin = earlierDate(addYears(formedOn, 2), demoToday);
  return Array.from({ length: count }, (_, i) =>
    i < count - lateJoiners ? formedOn : plan.random.date(formedOn, lastJoin),
  );
}
