import type { appCommands } from '../../../shared/contract';
import { calendarDay } from '../../../shared/time';
import type { HandlerMap } from '../context';
import { deviceBusinessDay, unclosedDays } from '../shifts/businessDay';

export const appHandlers: HandlerMap<keyof typeof appCommands> = {
  'app.info': (ctx) => ({
    appVersion: ctx.appVersion,
    schemaVersion: ctx.schemaVersion,
    device: ctx.device.device,
    timeZone: ctx.device.timeZone,
    // Where the next sale goes, today's date beside it, and what still waits for a Z.
    businessDay: deviceBusinessDay(ctx),
    calendarDay: calendarDay(ctx.now(), ctx.device.timeZone),
    unclosedDays: unclosedDays(ctx.db, ctx.device.device),
    productCount: (
      ctx.db.prepare('SELECT count(*) AS n FROM products WHERE active = 1').get() as { n: number }
    ).n,
  }),
};
