// The business day a void or refund belongs to, and whether that day is already closed. Closing
// the day (the Z report) comes with the shifts issue; until then no day is ever closed, and this
// is the one place that answer has to change.
import type { Database } from 'better-sqlite3';
import { calendarDay } from '../../../shared/time';
import type { EngineContext } from '../context';

/** Today's business day on this till, as the sale path numbers receipts. */
export function todayBusinessDay(ctx: Pick<EngineContext, 'now' | 'device'>): string {
  return calendarDay(ctx.now(), ctx.device.timeZone);
}

/**
 * Whether `day` has been closed on `device` (Z report printed): its sales may then no longer be
 * voided and no refund may be booked on it. Always false until day-close exists.
 */
export function isDayClosed(_db: Database, _device: string, _day: string): boolean {
  return false;
}
