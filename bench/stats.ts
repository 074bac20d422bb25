/** Order statistics for the benchmark: nearest-rank percentiles, the median of runs. */

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('percentile of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** The middle value; with an even count, the mean of the two middle ones. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** A figure as results.json holds it: the median of the runs with their min and max. */
export interface Figure {
  value: number | null;
  min: number | null;
  max: number | null;
}

const round = (value: number) => Math.round(value * 100) / 100;

export function figure(runs: readonly number[] | null): Figure {
  if (runs === null || runs.length === 0) return { value: null, min: null, max: null };
  return {
    value: round(median(runs)),
    min: round(Math.min(...runs)),
    max: round(Math.max(...runs)),
  };
}

/** Milliseconds `action` takes. */
export async function timed(action: () => unknown): Promise<number> {
  const start = performance.now();
  await action();
  return performance.now() - start;
}
