import type { GroupKind } from './schemas.ts';

/** Members a group of each kind is expected to have; outside this range the group gets a warning. */
export const sizeRules: Record<GroupKind, { min: number; max: number } | undefined> = {
  shg: { min: 10, max: 20 },
  savings_group: { min: 10, max: 30 },
  cooperative: { min: 5, max: 100 },
  health_committee: { min: 5, max: 30 },
  federation: undefined,
};

export type SizeWarning = 'group.size_below_min' | 'group.size_above_max';

export function sizeWarning(kind: GroupKind, memberCount: number): SizeWarning | undefined {
  const rule = sizeRules[kind];
  if (!rule) return undefined;
  if (memberCount < rule.min) return 'group.size_below_min';
  if (memberCount > rule.max) return 'group.size_above_max';
  return undefined;
}

export interface Term {
  start: string;
  end: string | null;
}

/** Two terms overlap when each starts before the other ends; an open term never ends. */
export function termsOverlap(a: Term, b: Term): boolean {
  const aEndsAfterBStarts = a.end === null || a.end > b.start;
  const bEndsAfterAStarts = b.end === null || b.end > a.start;
  return aEndsAfterBStarts && bEndsAfterAStarts;
}

/** A term is current on a date when it has started and not yet ended. */
export function termCurrentOn(term: Term, date: string): boolean {
  return term.start <= date && (term.end === null || term.end > date);
}
