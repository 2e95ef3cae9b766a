// Which office versions this till's catalogue covers. Each applied package covers (basedOn, version];
// the till "holds version V" when (0, V] is covered by them together. A package whose every version
// is covered already changes nothing the till does not have, and is refused as older.
import type { Database } from 'better-sqlite3';

export interface Interval {
  basedOn: number;
  version: number;
}

export function appliedIntervals(db: Database): Interval[] {
  return db
    .prepare('SELECT based_on AS basedOn, version FROM catalogue_packages ORDER BY based_on, version')
    .all() as Interval[];
}

/** The covered versions as disjoint ranges (after, upto], in order. */
export function mergedCoverage(intervals: readonly Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a.basedOn - b.basedOn || a.version - b.version);
  const merged: Interval[] = [];
  for (const next of sorted) {
    const last = merged.at(-1);
    if (last && next.basedOn <= last.version) last.version = Math.max(last.version, next.version);
    else merged.push({ ...next });
  }
  return merged;
}

/** The highest V with every version up to V covered; 0 when version 1 is not. */
export function heldVersionOf(intervals: readonly Interval[]): number {
  const first = mergedCoverage(intervals)[0];
  return first && first.basedOn === 0 ? first.version : 0;
}

/** Whether every version in (basedOn, version] is covered already. */
export function isCovered(intervals: readonly Interval[], wanted: Interval): boolean {
  return mergedCoverage(intervals).some(
    (range) => range.basedOn <= wanted.basedOn && wanted.version <= range.version,
  );
}
