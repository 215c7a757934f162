/** The first retry waits about this long; each failure after it doubles the wait. */
export const firstRetryMs = 2_000;
/** However often it failed, a retry comes within this. */
export const maxRetryMs = 5 * 60_000;

/**
 * How long to wait after the n-th failure in a row (n ≥ 1): exponential, capped, with jitter in its
 * upper half, so that phones coming back online together do not all knock at once.
 */
export function retryDelay(failures: number, random: () => number = Math.random): number {
  const ceiling = Math.min(maxRetryMs, firstRetryMs * 2 ** Math.max(0, failures - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
