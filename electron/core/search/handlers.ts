import type { searchCommands } from '../../../shared/contract';
import type { HandlerMap } from '../context';
import { lookupProduct } from './lookupProduct';
import { loadScaleSettings, saveScaleSettings } from './scaleSettings';
import { setPlu } from './setPlu';
import { listWeighedProducts } from './weighedProducts';

export const searchHandlers: HandlerMap<keyof typeof searchCommands> = {
  'products.lookup': (ctx, input) => lookupProduct(ctx.db, input.code),
  'products.setPlu': (ctx, input) => setPlu(ctx.db, input, ctx.now()),
  'products.weighed': (ctx) => listWeighedProducts(ctx.db),
  'search.scaleSettings.get': (ctx) => loadScaleSettings(ctx.db),
  'search.scaleSettings.save': (ctx, input) => saveScaleSettings(ctx.db, input),
};
