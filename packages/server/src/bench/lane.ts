/** One way of writing the workload, measured batch by batch so that ways can take turns. */
export interface Lane {
  /**
   * Runs batches `from` to `to` (not included) one after another, each resolved when durably committed,
   * and gives the milliseconds each took.
   */
  runBatches(from: number, to: number): Promise<number[]>;
  close(): Promise<void>;
}

/** A lane that runs in this thread, each batch timed here. */
export function inProcess(runBatch: (index: number) => Promise<void>, close = async () => {}): Lane {
  return {
    async runBatches(from, to) {
      const times: number[] = [];
      for (let index = from; index < to; index++) {
        const started = performance.now();
        await runBatch(index);
        times.push(performance.now() - started);
      }
      return times;
    },
    close,
  };
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
 * Runs the lanes' batches taking turns, `turn` batches at a time and in every order in turn, so that a
 * neighbour's load slows them alike and their ratio stays meaningful on a noisy machine. Returns each
 * lane's measured batch times in milliseconds (warm-up batches are run but not kept).
 */
export async function takeTurns<N extends string>(
  lanes: Record<N, Lane>,
  workload: Workload,
  sample: () => void,
): Promise<Record<N, number[]>> {
  const names = Object.keys(lanes) as N[];
  const batchMs = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<N, number[]>;
  const total = totalBatches(workload);
  // Each round takes the lanes in the next of their orders, so that every lane follows every other
  // equally often: a lane that always ran after the raw writer paid for the pages that writer left.
  const orders = permutations(names);
  for (let first = 0, round = 0; first < total; first += turn, round++) {
    for (const name of orders[round % orders.length]!) {
      const times = await lanes[name].runBatches(first, Math.min(first + turn, total));
      times.forEach((ms, i) => {
        if (first + i >= workload.warmupBatches) batchMs[name].push(ms);
      });
      sample();
    }
  }
  return batchMs;
}

/** Every order of the items: 3 lanes have 6. */
export function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

/** Items per second over the measured batches: batch count × size over the sum of their times. */
export const perSecond = (batchMs: readonly number[], batchSize: number): number =>
  (batchMs.length * batchSize * 1000) / batchMs.reduce((a, b) => a + b, 0);
