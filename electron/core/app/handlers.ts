import type { appCommands } from '../../../shared/contract';
import { calendarDay } from '../../../shared/time';
import type { HandlerMap } from '../context';

export const appHandlers: HandlerMap<keyof typeof appCommands> = {
  'app.info': (ctx) => ({
    appVersion: ctx.appVersion,
    schemaVersion: ctx.schemaVersion,
    device: ctx.device.device,
    timeZone: ctx.device.timeZone,
    businessDay: calendarDay(ctx.now(), ctx.device.timeZone),
    productCount: (
      ctx.db.prepare('SELECT count(*) AS n FROM products WHERE active = 1').get() as { n: number }
    ).n,
  }),
};
