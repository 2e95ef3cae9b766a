import type { stockCommands } from '../../../shared/contract';
import { auditedChange } from '../audit/auditedChange';
import type { HandlerMap } from '../context';
import { adjustStock } from './adjustStock';
import { closeEvent, eventReport } from './events';
import { expiryWarnings } from './expiryWarnings';
import { listLocations, saveLocation } from './locations';
import { receiveStock } from './receiveStock';
import { returnToUnit } from './returnToUnit';
import { stockLevels } from './stockLevels';
import { stockMoves } from './stockMoves';
import { getStockSettings, saveStockSettings } from './stockSettings';
import { setThreshold } from './thresholds';
import { transferStock } from './transferStock';

export const stockHandlers: HandlerMap<keyof typeof stockCommands> = {
  'locations.list': (ctx, input) => listLocations(ctx.db, input),
  'locations.save': (ctx, input) => saveLocation(ctx.db, input, ctx.now()),
  'stock.getSettings': (ctx) => getStockSettings(ctx.db),
  'stock.saveSettings': (ctx, input, actor) =>
    auditedChange(
      ctx,
      actor,
      'stok',
      () => getStockSettings(ctx.db),
      () => saveStockSettings(ctx.db, input),
    ),
  'stock.receive': (ctx, input, actor) => receiveStock(ctx, input, actor),
  'stock.adjust': (ctx, input, actor) => adjustStock(ctx, input, actor),
  'stock.transfer': (ctx, input, actor) => transferStock(ctx, input, actor),
  'stock.returnToUnit': (ctx, input, actor) => returnToUnit(ctx, input, actor),
  'stock.levels': (ctx, input) => stockLevels(ctx, input),
  'stock.moves': (ctx, input) => stockMoves(ctx.db, input),
  'stock.setThreshold': (ctx, input) => setThreshold(ctx.db, input),
  'stock.expiryWarnings': (ctx) => expiryWarnings(ctx),
  'stock.eventClose': (ctx, input, actor) => closeEvent(ctx, input, actor),
  'stock.eventReport': (ctx, input) => eventReport(ctx.db, input.locationId),
};
