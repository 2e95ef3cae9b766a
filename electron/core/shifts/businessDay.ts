// Which business day the till is on, and what of each day a Z report has already covered.
//
// A sale belongs to the calendar day in the device's zone, with a night-bazaar cut-off hour
// (04:00 by default: a sale at 01:30 is booked on the evening before). The day never runs ahead of
// the calendar, whatever was closed: selling after a day's Z goes into the next Z of the same day.
// A person sells within a shift of the current business day; a shift left open from an earlier day
// must be closed (counted) first, so every drawer belongs to one day. See docs/shifts.md.
import type { Database } from 'better-sqlite3';
import { businessDayAt } from '../../../shared/time';
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

/** The business day a write made now belongs to: the calendar day in the zone, less the cut-off. */
export function deviceBusinessDay(ctx: Ctx): string {
  return businessDayAt(ctx.now(), ctx.device.timeZone, ctx.device.dayCutoffHour);
}

/** Where a day's Zs so far stopped: the next Z of that day starts after these. */
export interface Coverage {
  salesUpto: number;
  refundsUpto: number;
  shiftsUpto: number;
}

/** What the Zs of `day` have covered so far (zeros when the day has no Z yet). */
export function coverageOf(db: Database, device: string, day: string): Coverage {
  const row = db
    .prepare(
      `SELECT coalesce(max(sales_upto), 0) AS salesUpto, coalesce(max(refunds_upto), 0) AS refundsUpto,
              coalesce(max(shifts_upto), 0) AS shiftsUpto
       FROM day_closes WHERE device = ? AND business_day = ?`,
    )
    .get(device, day) as Coverage;
  return row;
}

/** What `day` holds now: its last receipt and refund numbers and its newest shift. */
export function extentOf(db: Database, device: string, day: string): Coverage {
  return db
    .prepare(
      `SELECT coalesce((SELECT last_seq FROM receipt_counters WHERE device = @device AND business_day = @day), 0) AS salesUpto,
              coalesce((SELECT max(seq) FROM refunds WHERE device = @device AND business_day = @day), 0) AS refundsUpto,
              coalesce((SELECT max(id) FROM shifts WHERE device = @device AND business_day = @day), 0) AS shiftsUpto`,
    )
    .get({ device, day }) as Coverage;
}

/**
 * Days with sales, refunds or shifts that no Z has covered yet, oldest first: what the next Z
 * reports close. Read from the per-day counters and the shifts, never by scanning every sale.
 */
export function unclosedDays(db: Database, device: string): string[] {
  const rows = db
    .prepare(
      `WITH covered AS (
         SELECT business_day, max(sales_upto) AS s, max(refunds_upto) AS r, max(shifts_upto) AS sh
         FROM day_closes WHERE device = @device GROUP BY business_day
       ),
       activity AS (
         SELECT business_day, last_seq AS s, 0 AS r, 0 AS sh FROM receipt_counters WHERE device = @device
         UNION ALL
         SELECT business_day, 0, max(seq), 0 FROM refunds WHERE device = @device GROUP BY business_day
         UNION ALL
         SELECT business_day, 0, 0, max(id) FROM shifts WHERE device = @device GROUP BY business_day
       )
       SELECT a.business_day AS day FROM activity a LEFT JOIN covered c ON c.business_day = a.business_day
       WHERE a.s > coalesce(c.s, 0) OR a.r > coalesce(c.r, 0) OR a.sh > coalesce(c.sh, 0)
       GROUP BY a.business_day ORDER BY a.business_day`,
    )
    .all({ device }) as { day: string }[];
  return rows.map((r) => r.day);
}

/** Whether the sale is already in a Z report of its day (it can then only be refunded). */
export function isSaleClosed(db: Database, saleId: string): boolean {
  const row = db
    .prepare(
      `SELECT s.seq <= coalesce((SELECT max(d.sales_upto) FROM day_closes d
                                 WHERE d.device = s.device AND d.business_day = s.business_day), 0) AS closed
       FROM sales s WHERE s.id = ?`,
    )
    .get(saleId) as { closed: number } | undefined;
  return row?.closed === 1;
}

/**
 * The person's shift for a write now: open, and of the current business day. A shift opened on an
 * earlier day (a cashier who never counted her drawer, or a bazaar past the cut-off hour) must be
 * closed first, so its cash and its sales stay in one day's Z.
 */
export function currentShiftFor(ctx: Ctx, userId: number): OpenShift | undefined {
  const shift = openShiftOf(ctx.db, ctx.device.device, userId);
  if (!shift) return undefined;
  const today = deviceBusinessDay(ctx);
  if (shift.businessDay !== today) {
    throw new EngineError('SHIFT_STALE', 'shifts.shiftFromOtherDay', {
      businessDay: shift.businessDay,
      today,
    });
  }
  return shift;
}

/**
 * The shift and day a sale by `actor` belongs to. A person needs an open shift of today's business
 * day on this till; the command line (the system) books on today's business day without a shift.
 */
export function shiftForWrite(ctx: Ctx, actor: Actor): { shiftId: number | null; businessDay: string } {
  if (actor.kind !== 'user') return { shiftId: null, businessDay: deviceBusinessDay(ctx) };
  const shift = currentShiftFor(ctx, actor.userId);
  if (!shift) {
    throw new EngineError('SHIFT_CLOSED', 'shifts.shiftNotOpen');
  }
  return { shiftId: shift.id, businessDay: shift.businessDay };
}
