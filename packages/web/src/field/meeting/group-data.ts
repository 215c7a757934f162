import { type Constitution, cadences, fineReasons, type GroupKind, groupKinds } from '@groundwork/core';
import type { Entity } from '../../local/db.ts';

/** The parts of the group's rules a meeting uses; money in minor units. */
export type MeetingRules = Pick<
  Constitution,
  | 'savingAmountPerMeeting'
  | 'fineRules'
  | 'interestRateBpsPerMonth'
  | 'loanCapMultipleOfSavings'
  | 'loanCapAmount'
>;

export interface MeetingGroup {
  id: string;
  name: string;
  kind: GroupKind;
  cadence: (typeof cadences)[number];
  formedOn: string;
  rules: MeetingRules;
}

export interface MeetingMember {
  personId: string;
  name: string;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const count = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;
const oneOf = <T extends string>(options: readonly T[], value: unknown, fallback: T): T =>
  options.includes(value as T) ? (value as T) : fallback;

/** The constitution as the server sent it (toGroupView: parsed JSON, or null when the group has none). */
export function readRules(raw: unknown): MeetingRules {
  const c = (raw ?? {}) as Record<string, unknown>;
  const fineRules = Array.isArray(c.fineRules) ? c.fineRules : [];
  return {
    savingAmountPerMeeting: count(c.savingAmountPerMeeting) ?? 0,
    fineRules: fineRules.flatMap((rule) => {
      const r = (rule ?? {}) as Record<string, unknown>;
      const amount = count(r.amount);
      if (amount === undefined || !fineReasons.includes(r.reason as (typeof fineReasons)[number])) return [];
      return [{ reason: r.reason as (typeof fineReasons)[number], amount }];
    }),
    interestRateBpsPerMonth: count(c.interestRateBpsPerMonth) ?? 0,
    loanCapMultipleOfSavings: count(c.loanCapMultipleOfSavings),
    loanCapAmount: count(c.loanCapAmount),
  };
}

/** A group entity (toGroupView) as the meeting screen needs it. */
export function readGroup(data: Entity): MeetingGroup {
  return {
    id: data.id,
    name: text(data.name),
    kind: oneOf(groupKinds, data.kind, 'shg'),
    cadence: oneOf(cadences, data.cadence, 'weekly'),
    formedOn: text(data.formedOn),
    rules: readRules(data.constitution),
  };
}

/** A membership entity (toMembershipView): whose it is and whether she is still a member. */
export function readMembership(data: Entity): { personId: string; current: boolean } {
  return { personId: text(data.personId), current: data.leftOn === null || data.leftOn === undefined };
}

/** A person entity (toPersonView) as a member of the meeting: her id and the name people call her. */
export function readMember(data: Entity): MeetingMember {
  return { personId: data.id, name: [text(data.givenName), text(data.familyName)].filter(Boolean).join(' ') };
}

/** A meeting entity (the meeting.record change): the day it was held. */
export function readHeldOn(data: Entity): string {
  return text(data.heldOn);
}

/** Groups of this kind keep no savings or loan books: their meetings record attendance and minutes only. */
export const keepsBooks = (kind: GroupKind): boolean => kind !== 'health_committee';
