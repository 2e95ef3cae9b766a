import type { appCommands } from '../../../shared/contract';
import { calendarDay } from '../../../shared/time';
import type { HandlerMap } from '../context';
import { deviceBusinessDay } from '../shifts/businessDay';

export const appHandlers: HandlerMap<keyof typeof appCommands> = {
  'app.info': (ctx) => ({
    appVersion: ctx.appVersion,
    schemaVersion: ctx.schemaVersion,
    device: ctx.device.device,
    timeZone: ctx.device.timeZone,
    // The open business day (it outlasts midnight until the Z report), and today's date beside it.
    businessDay: deviceBusinessDay(ctx),
    calendarDay: calendarDay(ctx.now(), ctx.device.timeZone),
    productCount: (
      ctx.db.prepare('SELECT count(*) AS n FROM products WHERE active = 1').get() as { n: number }
    ).n,
  }),
};
