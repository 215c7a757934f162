/** The value below which a share q of the samples fall (nearest rank). */
export function percentile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank]!;
}

export const round = (value: number, digits = 1): number => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};

export class RssPeak {
  #peak = process.memoryUsage().rss;

  sample(): void {
    const rss = process.memoryUsage().rss;
    if (rss > this.#peak) this.#peak = rss;
  }

  get megabytes(): number {
    this.sample();
    return round(this.#peak / 1024 / 1024);
  }
}

export const log = (message: string): void => {
  process.stderr.write(`bench: ${message}\n`);
};
