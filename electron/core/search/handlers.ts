import type { searchCommands } from '../../../shared/contract';
import { auditedChange } from '../audit/auditedChange';
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
  'search.scaleSettings.save': (ctx, input, actor) =>
    auditedChange(
      ctx,
      actor,
      'timbangan',
      () => loadScaleSettings(ctx.db),
      () => saveScaleSettings(ctx.db, input),
    ),
};
