// Which business day the till is on. A day is opened by the first shift and closed by the Z report;
// until then it stays the same day, even past midnight at a night bazaar. Every write that carries
// a business day (sales, refunds, voids, receipt and refund numbers) asks here.
import type { Database } from 'better-sqlite3';
import { calendarDay } from '../../../shared/time';
import type { Actor, EngineContext } from '../context';
import { EngineError } from '../errors';

type Ctx = Pick<EngineContext, 'db' | 'device' | 'now'>;

export interface OpenShift {
  id: number;
  businessDay: string;
  userId: number;
  userName: string;
  openedAt: string;
  openingFloat: number;
}

const OPEN_SHIFT = `SELECT id, business_day AS businessDay, user_id AS userId, user_name AS userName,
                           opened_at AS openedAt, opening_float AS openingFloat
                    FROM shifts WHERE device = ? AND closed_at IS NULL`;

/** The person's open shift on this till, if any. */
export function openShiftOf(db: Database, device: string, userId: number): OpenShift | undefined {
  return db.prepare(`${OPEN_SHIFT} AND user_id = ?`).get(device, userId) as OpenShift | undefined;
}

/** Open shifts on the till, oldest first; only those of `day` when given. */
export function openShifts(db: Database, device: string, day?: string): OpenShift[] {
  return (
    day === undefined
      ? db.prepare(`${OPEN_SHIFT} ORDER BY opened_at`).all(device)
      : db.prepare(`${OPEN_SHIFT} AND business_day = ? ORDER BY opened_at`).all(device, day)
  ) as OpenShift[];
}

/** Whether `day` has been closed on `device` with a Z report. */
export function isDayClosed(db: Database, device: string, day: string): boolean {
  return (
    db.prepare('SELECT 1 FROM day_closes WHERE device = ? AND business_day = ?').get(device, day) !==
    undefined
  );
}

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/**
 * The day a new shift opens on: the calendar day in the device's zone, unless that day (or a later
 * one, after a clock change) was already closed, in which case the day after the last close.
 */
export function dayForNewShift(ctx: Ctx): string {
  const today = calendarDay(ctx.now(), ctx.device.timeZone);
  const last = ctx.db
    .prepare('SELECT max(business_day) AS day FROM day_closes WHERE device = ?')
    .get(ctx.device.device) as { day: string | null };
  return last.day !== null && last.day >= today ? nextDay(last.day) : today;
}

/**
 * The till's business day now: the oldest day with shifts that has not been closed with a Z report
 * (a day is not over until it is closed, however late it gets), otherwise the day a new shift
 * would open on. The till warns when this is older than the calendar day.
 */
export function deviceBusinessDay(ctx: Ctx): string {
  const open = ctx.db
    .prepare(
      `SELECT min(s.business_day) AS day FROM shifts s
       WHERE s.device = ? AND NOT EXISTS (SELECT 1 FROM day_closes d WHERE d.device = s.device AND d.business_day = s.business_day)`,
    )
    .get(ctx.device.device) as { day: string | null };
  return open.day ?? dayForNewShift(ctx);
}

/**
 * The shift and day a sale, void or refund by `actor` belongs to. A person needs an open shift on
 * this till; the command line (the system) books on the till's business day without a shift.
 */
export function shiftForWrite(ctx: Ctx, actor: Actor): { shiftId: number | null; businessDay: string } {
  if (actor.kind !== 'user') return { shiftId: null, businessDay: deviceBusinessDay(ctx) };
  const shift = openShiftOf(ctx.db, ctx.device.device, actor.userId);
  if (!shift) {
    throw new EngineError(
      'SHIFT_CLOSED',
      'Shift belum dibuka: buka shift dulu dengan menghitung uang modal di laci.',
    );
  }
  return { shiftId: shift.id, businessDay: shift.businessDay };
}
