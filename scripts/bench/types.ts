import type { Stats } from './measure';
import type { BenchWorld } from './world';

/** A target from issue 9: `stat` of the case must stay at or under `maxMs`. */
export interface Target {
  stat: 'medianMs' | 'p95Ms' | 'p99Ms' | 'maxMs';
  maxMs: number;
}

/**
 * One line of the bench table. A new measurement (1M sales, reports, export...) is one more case in
 * cases/index.ts: it asks the world for the data it needs and returns its timings.
 */
export interface BenchCase {
  name: string;
  /** One line on what exactly is timed, printed under the table. */
  what: string;
  target?: Target;
  run(world: BenchWorld): Promise<Stats>;
}
