// Timing and memory for one bench case: every run is timed with the monotonic clock, and the
// process's resident memory is sampled after each run to report the peak.

export interface Stats {
  runs: number;
  medianMs: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Highest resident set size seen while the case ran, in MiB. */
  peakRssMiB: number;
  /** Events a case counts besides its timings (dropped frames), each with its own limit. */
  counts?: Count[];
}

/**
 * `value` events out of `of` (frames, runs), or a rate (`of` then says over what); over `max` or
 * under `min` the case misses its target.
 */
export interface Count {
  label: string;
  value: number;
  of: number | string;
  max?: number;
  min?: number;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  // Nearest-rank: the smallest value with at least p% of the runs at or below it.
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] ?? Number.NaN;
}

export function summarise(durationsMs: readonly number[], peakRss: number): Stats {
  const sorted = [...durationsMs].sort((a, b) => a - b);
  return {
    runs: sorted.length,
    medianMs: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    p99Ms: percentile(sorted, 99),
    maxMs: sorted.at(-1) ?? Number.NaN,
    peakRssMiB: peakRss / 2 ** 20,
  };
}

export interface MeasureOptions {
  runs: number;
  /** Untimed runs first, so one-time costs (statement preparation, page cache) do not count. */
  warmup?: number;
}

/** Runs `run(i)` `runs` times (after `warmup` untimed runs) and summarises the timings. */
export async function measure(
  run: (i: number) => unknown | Promise<unknown>,
  { runs, warmup = 0 }: MeasureOptions,
): Promise<Stats> {
  for (let i = 0; i < warmup; i++) await run(i);
  const durations: number[] = [];
  let peakRss = process.memoryUsage.rss();
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await run(warmup + i);
    durations.push(Number(process.hrtime.bigint() - start) / 1e6);
    const rss = process.memoryUsage.rss();
    if (rss > peakRss) peakRss = rss;
  }
  return summarise(durations, peakRss);
}
