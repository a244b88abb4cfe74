// Summary statistics for repeated measurements.
export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Nearest-rank percentile (p in 0..100) of the values; throws on an empty list. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error("percentile of no values");
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

/** Runs `measure` `warmup` times unrecorded, then `runs` times, and returns the recorded results. */
export async function repeat<T>(runs: number, warmup: number, measure: (index: number) => Promise<T>): Promise<T[]> {
  for (let i = 0; i < warmup; i++) await measure(-1 - i);
  const results: T[] = [];
  for (let i = 0; i < runs; i++) results.push(await measure(i));
  return results;
}
