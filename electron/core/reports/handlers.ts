// X and Z reports and the audit log.
import type { reportsCommands } from '../../../shared/contract';
import { listAudit } from '../audit/audit';
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
  'reports.z': (ctx, input, actor) => closeDay(ctx, input, actor),
  'reports.zList': (ctx) => listDayCloses(ctx),
  'reports.zGet': (ctx, input) => getDayClose(ctx, input.day),
  'audit.list': (ctx, input) => listAudit(ctx.db, input, offsetMinutes(ctx.device.timeZone, ctx.now())),
};
