// The Z report: closes what a business day holds so far on this till. Every shift of that day must
// be closed first; the report is computed and stored as it is, with the next Z number, in one
// transaction, together with exactly what it covers (receipt, refund and shift numbers). Selling
// after it is allowed and goes into the next Z of the same day; the sales it covers can no longer
// be voided. Older days go first, so Z numbers follow the days.
import type { DayClose, DayReport, ParsedInput } from '../../../shared/contract';
import { audit } from '../audit/audit';
import type { Actor, EngineContext } from '../context';
import { EngineError } from '../errors';
import { coverageOf, deviceBusinessDay, extentOf, openShifts, unclosedDays } from '../shifts/businessDay';
import { type DayPart, dayReport } from './dayReport';

interface CloseRow {
  device: string;
  businessDay: string;
  zNo: number;
  closedAt: string;
  closedBy: string;
  report: string;
}

const CLOSE_COLUMNS = `device, business_day AS businessDay, z_no AS zNo, closed_at AS closedAt,
  closed_by_name AS closedBy, report`;

function toClose({ report: _report, ...close }: CloseRow): DayClose {
  return close;
}

/** The day a Z made now closes: the oldest day with something not yet closed, else today. */
export function dayToClose(ctx: Pick<EngineContext, 'db' | 'device' | 'now'>): string {
  return unclosedDays(ctx.db, ctx.device.device)[0] ?? deviceBusinessDay(ctx);
}

export function closeDay(
  ctx: EngineContext,
  input: ParsedInput<'reports.z'>,
  actor: Actor,
): { close: DayClose; report: DayReport } {
  const { db, device } = ctx;
  return db
    .transaction(() => {
      const waiting = unclosedDays(db, device.device);
      const day = input.day ?? waiting[0] ?? deviceBusinessDay(ctx);
      if (!waiting.includes(day)) {
        const already = db
          .prepare('SELECT count(*) AS n FROM day_closes WHERE device = ? AND business_day = ?')
          .get(device.device, day) as { n: number };
        throw new EngineError(
          'CONFLICT',
          already.n > 0 ? 'reports.nothingNewToClose' : 'reports.nothingOnDay',
          { day },
        );
      }
      const older = waiting.find((d) => d < day);
      if (older) {
        throw new EngineError('CONFLICT', 'reports.olderDayOpen', { older });
      }
      const open = openShifts(db, device.device, day);
      if (open.length > 0) {
        const names = open.map((s) => s.userName).join(', ');
        throw new EngineError('CONFLICT', 'reports.shiftsStillOpen', { names });
      }
      const before = coverageOf(db, device.device, day);
      const now = extentOf(db, device.device, day);
      const part: DayPart = {
        salesAfter: before.salesUpto,
        salesUpto: now.salesUpto,
        refundsAfter: before.refundsUpto,
        refundsUpto: now.refundsUpto,
        shiftsAfter: before.shiftsUpto,
        shiftsUpto: Math.max(now.shiftsUpto, before.shiftsUpto),
      };
      const zNo = (
        db
          .prepare('SELECT coalesce(max(z_no), 0) + 1 AS z FROM day_closes WHERE device = ?')
          .get(device.device) as { z: number }
      ).z;
      const at = ctx.now();
      const report = dayReport(
        db,
        { device: device.device, from: day, to: day, timeZone: device.timeZone, part },
        at,
        zNo,
      );
      const closedBy =
        actor.kind === 'user' ? { id: actor.userId, name: actor.name } : { id: null, name: 'Sistem' };
      db.prepare(
        `INSERT INTO day_closes (device, business_day, z_no, closed_at, closed_by_id, closed_by_name, report,
                                 sales_after, sales_upto, refunds_after, refunds_upto, shifts_after, shifts_upto)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        device.device,
        day,
        zNo,
        at.toISOString(),
        closedBy.id,
        closedBy.name,
        JSON.stringify(report),
        part.salesAfter,
        part.salesUpto,
        part.refundsAfter,
        part.refundsUpto,
        part.shiftsAfter,
        part.shiftsUpto,
      );
      audit(db, device.device, at, {
        action: 'day.close',
        actor,
        subject: `Z ${zNo}`,
        detail: {
          businessDay: day,
          net: report.net,
          salesCount: report.salesCount,
          receipts: [part.salesAfter + 1, part.salesUpto],
        },
      });
      return {
        close: {
          device: device.device,
          businessDay: day,
          zNo,
          closedAt: at.toISOString(),
          closedBy: closedBy.name,
        },
        report,
      };
    })
    .immediate();
}

/**
 * The part of `day` the next Z would close: after what its Zs so far covered, up to now. The X
 * report of the open day shows this, so an X taken just before the Z says what the Z will say.
 */
export function openPart(ctx: Pick<EngineContext, 'db' | 'device'>, day: string): DayPart {
  const before = coverageOf(ctx.db, ctx.device.device, day);
  return {
    salesAfter: before.salesUpto,
    salesUpto: Number.MAX_SAFE_INTEGER,
    refundsAfter: before.refundsUpto,
    refundsUpto: Number.MAX_SAFE_INTEGER,
    shiftsAfter: before.shiftsUpto,
    shiftsUpto: Number.MAX_SAFE_INTEGER,
  };
}

export function listDayCloses(ctx: EngineContext): DayClose[] {
  return (
    ctx.db
      .prepare(`SELECT ${CLOSE_COLUMNS} FROM day_closes WHERE device = ? ORDER BY z_no DESC`)
      .all(ctx.device.device) as CloseRow[]
  ).map(toClose);
}

/** A stored Z: by number, or the last Z of a day. */
export function getDayClose(
  ctx: EngineContext,
  which: { zNo?: number | undefined; day?: string | undefined },
): { close: DayClose; report: DayReport } {
  const row = (
    which.zNo !== undefined
      ? ctx.db
          .prepare(`SELECT ${CLOSE_COLUMNS} FROM day_closes WHERE device = ? AND z_no = ?`)
          .get(ctx.device.device, which.zNo)
      : ctx.db
          .prepare(
            `SELECT ${CLOSE_COLUMNS} FROM day_closes WHERE device = ? AND business_day = ? ORDER BY z_no DESC LIMIT 1`,
          )
          .get(ctx.device.device, which.day)
  ) as CloseRow | undefined;
  if (!row) {
    throw which.zNo !== undefined
      ? new EngineError('NOT_FOUND', 'reports.zNoMissing', { zNo: which.zNo })
      : new EngineError('NOT_FOUND', 'reports.dayNotClosed', { day: String(which.day) });
  }
  return { close: toClose(row), report: JSON.parse(row.report) as DayReport };
}

/** What a stored Z covers of its day (receipt, refund and shift numbers), for its sales journal. */
export function zPart(ctx: Pick<EngineContext, 'db' | 'device'>, zNo: number): DayPart {
  const row = ctx.db
    .prepare(
      `SELECT sales_after AS salesAfter, sales_upto AS salesUpto, refunds_after AS refundsAfter,
              refunds_upto AS refundsUpto, shifts_after AS shiftsAfter, shifts_upto AS shiftsUpto
       FROM day_closes WHERE device = ? AND z_no = ?`,
    )
    .get(ctx.device.device, zNo) as DayPart | undefined;
  if (!row) throw new EngineError('NOT_FOUND', 'reports.zNoMissing', { zNo });
  return row;
}
