/** One way of writing the workload, measured batch by batch so that ways can take turns. */
export interface Lane {
  /** Runs batch `index` of the workload and resolves when it is durably committed. */
  runBatch(index: number): Promise<void>;
  close(): Promise<void>;
}

export interface Workload {
  warmupBatches: number;
  batches: number;
  batchSize: number;
}

export const totalBatches = (w: Workload): number => w.warmupBatches + w.batches;

/** Batches each lane runs before the next lane's turn. */
const turn = 10;

/**
 * Runs the lanes' batches taking turns, `turn` batches at a time, so that a neighbour's load slows them
 * alike and their ratio stays meaningful on a noisy machine. Returns each lane's measured batch times in
 * milliseconds (warm-up batches are run but not kept).
 */
export async function takeTurns<N extends string>(
  lanes: Record<N, Lane>,
  workload: Workload,
  sample: () => void,
): Promise<Record<N, number[]>> {
  const names = Object.keys(lanes) as N[];
  const batchMs = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<N, number[]>;
  const total = totalBatches(workload);
  for (let first = 0; first < total; first += turn) {
    for (const name of names) {
      for (let index = first; index < Math.min(first + turn, total); index++) {
        const started = performance.now();
        await lanes[name].runBatch(index);
        if (index >= workload.warmupBatches) batchMs[name].push(performance.now() - started);
        sample();
      }
    }
  }
  return batchMs;
}

/** Items per second over the measured batches: batch count × size over the sum of their times. */
export const perSecond = (batchMs: readonly number[], batchSize: number): number =>
  (batchMs.length * batchSize * 1000) / batchMs.reduce((a, b) => a + b, 0);
