// X and Z reports and the audit log.
import type { reportsCommands } from '../../../shared/contract';
import { listAudit } from '../audit/audit';
import { runBackup } from '../backup/runBackup';
import type { HandlerMap } from '../context';
import { EngineError } from '../errors';
import { deviceBusinessDay } from '../shifts/businessDay';
import { closeDay, getDayClose, listDayCloses } from './closeDay';
import { dayReport, offsetMinutes } from './dayReport';

export const reportsHandlers: HandlerMap<keyof typeof reportsCommands> = {
  'reports.x': (ctx, input) => {
    const today = deviceBusinessDay(ctx);
    const from = input.from ?? input.to ?? today;
    const to = input.to ?? input.from ?? today;
    if (from > to) throw new EngineError('INVALID_INPUT', 'Tanggal awal harus sebelum tanggal akhir.');
    return dayReport(
      ctx.db,
      { device: ctx.device.device, from, to, timeZone: ctx.device.timeZone },
      ctx.now(),
    );
  },
  'reports.z': async (ctx, input, actor) => {
    const closed = closeDay(ctx, input, actor);
    // The closed day goes into a backup at once (kind 'dayclose', kept apart from the hourly ones).
    // The Z is stored whatever happens to the backup; a failed backup is logged and shows on the
    // backup screen like any other.
    try {
      await runBackup(ctx, 'dayclose');
    } catch (error) {
      ctx.log.error('backup.dayclose.failed', error, { businessDay: closed.close.businessDay });
    }
    return closed;
  },
  'reports.zList': (ctx) => listDayCloses(ctx),
  'reports.zGet': (ctx, input) => getDayClose(ctx, input.day),
  'audit.list': (ctx, input) => listAudit(ctx.db, input, offsetMinutes(ctx.device.timeZone, ctx.now())),
};
