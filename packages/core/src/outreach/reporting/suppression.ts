/**
 * Small-cell suppression for figures that leave the organisation (a DHIS2 export, a network's view):
 * a count under the minimum cell size could point at a few identifiable people, so it is never shown.
 */
export const minimumCellSize = 5;

/** A count as it may be shared: its value, or null with the flag when it is too small to show. */
export type SharedCount = { value: number; suppressed: false } | { value: null; suppressed: true };

const hidden: SharedCount = { value: null, suppressed: true };

/** Whether a count may be shown beyond the organisation. Zero is under the minimum too: "none of them" discloses. */
export function isShareable(count: number, minimum = minimumCellSize): boolean {
  return count >= minimum;
}

export function suppressCount(count: number, minimum = minimumCellSize): SharedCount {
  return isShareable(count, minimum) ? { value: count, suppressed: false } : hidden;
}

/** Every count of a list or a record, each shown or suppressed on its own. */
export function suppressSmallCounts<T extends readonly number[] | Readonly<Record<string, number>>>(
  counts: T,
  minimum = minimumCellSize,
): { -readonly [K in keyof T]: SharedCount } {
  if (Array.isArray(counts)) {
    return counts.map((count: number) => suppressCount(count, minimum)) as never;
  }
  const shared: Record<string, SharedCount> = {};
  for (const [key, count] of Object.entries(counts)) shared[key] = suppressCount(count, minimum);
  return shared as never;
}

/**
 * Parts and their total. The total is suppressed as well when it would give the suppressed parts away:
 * total minus the parts shown is what the suppressed parts add up to, so it must itself reach the
 * minimum (with one suppressed part, it would be that part exactly).
 */
export function suppressWithTotal(
  parts: readonly number[],
  minimum = minimumCellSize,
): { parts: SharedCount[]; total: SharedCount } {
  const shared: SharedCount[] = suppressSmallCounts(parts, minimum);
  const total = parts.reduce((sum, count) => sum + count, 0);
  const hiddenSum = parts.reduce((sum, count, i) => (shared[i]?.suppressed ? sum + count : sum), 0);
  const anyHidden = shared.some((count) => count.suppressed);
  const revealing = anyHidden && !isShareable(hiddenSum, minimum);
  return { parts: shared, total: revealing ? hidden : suppressCount(total, minimum) };
}

/**
 * The share of a part in a whole (0.25 is 25%), from counts that are both shown; null otherwise, so that
 * a share never lets a reader work a suppressed count back out.
 */
export function sharedShare(part: SharedCount, whole: SharedCount): number | null {
  if (part.suppressed || whole.suppressed || whole.value === 0) return null;
  return part.value / whole.value;
}
