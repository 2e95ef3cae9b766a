// The command table: one handler per contract entry. Every door dispatches through the engine,
// which validates input against the contract before a handler ever sees it.
import type { Database } from 'better-sqlite3';
import type { CommandName, CommandOutput, ParsedInput } from '../../shared/contract';
import { calendarDay } from '../../shared/time';
import { listProducts } from './catalog/listProducts';
import { commitCashSale } from './sales/commitCashSale';
import { getSaleByReceiptNo } from './sales/getSale';
import type { DeviceSettings } from './settings/settings';

export interface EngineContext {
  db: Database;
  device: DeviceSettings;
  schemaVersion: number;
  appVersion: string;
  now: () => Date;
}

type Handler<K extends CommandName> = (ctx: EngineContext, input: ParsedInput<K>) => CommandOutput<K>;

export const handlers: { [K in CommandName]: Handler<K> } = {
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
  'products.list': (ctx, input) => listProducts(ctx.db, input),
  'sales.commitCash': (ctx, input) => commitCashSale(ctx, input),
  'sales.get': (ctx, input) => getSaleByReceiptNo(ctx.db, input.receiptNo),
};
