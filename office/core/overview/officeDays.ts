// The office's calendar: today's business day in the office's zone from the server's clock (never
// the browser's), a month's first and last day, and the months the office holds batches for.
import { businessDayAt, DEFAULT_TIME_ZONE, daysBetween } from '../../../shared/time';
import type { Queryable } from '../../db/types';

/** The office counts days as its tills in Central Sulawesi do: WITA, the till's day cut-off. */
export const OFFICE_TIME_ZONE = DEFAULT_TIME_ZONE;

export function officeToday(now: Date): string {
  return businessDayAt(now, OFFICE_TIME_ZONE);
}

/** `YYYY-MM` → its first and last day. */
export function monthBounds(month: string): { first: string; last: string } {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  const lastDay = new Date(Date.UTC(year, mon, 0)).getUTCDate();
  return {
    first: `${month}-01`,
    last: `${month}-${String(lastDay).padStart(2, '0')}`,
  };
}

/** Whole days from `day` to `today` (0 when the same), or null without a day. */
export function daysSince(day: string | null, today: string): number | null {
  // daysBetween counts both ends.
  return day === null ? null : daysBetween(day, today) - 1;
}

/**
 * The months between the first batch period's start and the last one's end: one aggregate over
 * `batches` (a row per batch, about 5,200 a year for 100 tills sending weekly), not over the documents.
 */
export async function monthsHeld(q: Queryable): Promise<{ first: string; last: string } | null> {
  const { rows } = await q.query<{ first: string | null; last: string | null }>(
    'select min(period_from) as first, max(period_to) as last from batches',
  );
  const row = rows[0];
  if (!row?.first || !row.last) return null;
  return { first: row.first.slice(0, 7), last: row.last.slice(0, 7) };
}
