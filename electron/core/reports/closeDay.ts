// The Z report: closes a business day on this till. Every shift of the day must be closed first;
// the report is computed and stored as it is, with the next Z number, in one transaction. After it
// the day's sales can no longer be voided, and the next shift opens on the next business day.
import type { DayClose, DayReport, ParsedInput } from '../../../shared/contract';
import { audit } from '../audit/audit';
import type { Actor, EngineContext } from '../context';
import { EngineError } from '../errors';
import { deviceBusinessDay, isDayClosed, openShifts } from '../shifts/businessDay';
import { dayReport } from './dayReport';

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

export function closeDay(
  ctx: EngineContext,
  input: ParsedInput<'reports.z'>,
  actor: Actor,
): { close: DayClose; report: DayReport } {
  const { db, device } = ctx;
  const day = input.day ?? deviceBusinessDay(ctx);
  return db
    .transaction(() => {
      if (isDayClosed(db, device.device, day)) {
        throw new EngineError('CONFLICT', `Hari usaha ${day} sudah ditutup (laporan Z sudah dibuat).`);
      }
      const open = openShifts(db, device.device, day);
      if (open.length > 0) {
        const names = open.map((s) => s.userName).join(', ');
        throw new EngineError(
          'CONFLICT',
          `Masih ada shift terbuka (${names}): tutup semua shift dulu sebelum laporan Z.`,
        );
      }
      const counted = db
        .prepare('SELECT count(*) AS n FROM sales WHERE device = ? AND business_day = ?')
        .get(device.device, day) as { n: number };
      const shiftsOfDay = db
        .prepare('SELECT count(*) AS n FROM shifts WHERE device = ? AND business_day = ?')
        .get(device.device, day) as { n: number };
      if (counted.n === 0 && shiftsOfDay.n === 0) {
        throw new EngineError('CONFLICT', `Tidak ada shift maupun penjualan pada hari usaha ${day}.`);
      }
      const zNo = (
        db
          .prepare('SELECT coalesce(max(z_no), 0) + 1 AS z FROM day_closes WHERE device = ?')
          .get(device.device) as {
          z: number;
        }
      ).z;
      const now = ctx.now();
      const report = dayReport(
        db,
        { device: device.device, from: day, to: day, timeZone: device.timeZone },
        now,
        zNo,
      );
      const closedBy =
        actor.kind === 'user' ? { id: actor.userId, name: actor.name } : { id: null, name: 'Sistem' };
      db.prepare(
        `INSERT INTO day_closes (device, business_day, z_no, closed_at, closed_by_id, closed_by_name, report)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ).run(device.device, day, zNo, now.toISOString(), closedBy.id, closedBy.name, JSON.stringify(report));
      audit(db, device.device, now, {
        action: 'day.close',
        actor,
        subject: `Z ${zNo}`,
        detail: { businessDay: day, net: report.net, salesCount: report.salesCount },
      });
      return {
        close: {
          device: device.device,
          businessDay: day,
          zNo,
          closedAt: now.toISOString(),
          closedBy: closedBy.name,
        },
        report,
      };
    })
    .immediate();
}

export function listDayCloses(ctx: EngineContext): DayClose[] {
  return (
    ctx.db
      .prepare(`SELECT ${CLOSE_COLUMNS} FROM day_closes WHERE device = ? ORDER BY z_no DESC`)
      .all(ctx.device.device) as CloseRow[]
  ).map(toClose);
}

export function getDayClose(ctx: EngineContext, day: string): { close: DayClose; report: DayReport } {
  const row = ctx.db
    .prepare(`SELECT ${CLOSE_COLUMNS} FROM day_closes WHERE device = ? AND business_day = ?`)
    .get(ctx.device.device, day) as CloseRow | undefined;
  if (!row) throw new EngineError('NOT_FOUND', `Hari usaha ${day} belum ditutup.`);
  return { close: toClose(row), report: JSON.parse(row.report) as DayReport };
}
