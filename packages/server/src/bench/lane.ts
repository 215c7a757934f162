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
