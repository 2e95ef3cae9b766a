import type { paymentsCommands } from '../../../shared/contract';
import type { HandlerMap } from '../context';
import { listBuyers, saveBuyer } from './buyers';
import { getPaymentSettings, savePaymentSettings } from './paymentSettings';
import { listTierPrices, listTiers, saveTier, setTierPrice } from './tierPrices';

export const paymentsHandlers: HandlerMap<keyof typeof paymentsCommands> = {
  'paymentSettings.get': (ctx) => getPaymentSettings(ctx.db),
  'paymentSettings.save': (ctx, input) => savePaymentSettings(ctx.db, input),
  'buyers.list': (ctx, input) => listBuyers(ctx.db, input),
  'buyers.save': (ctx, input, actor) => saveBuyer(ctx.db, input, actor, ctx.now()),
  'priceTiers.list': (ctx) => listTiers(ctx.db),
  'priceTiers.save': (ctx, input) => saveTier(ctx.db, input),
  'tierPrices.list': (ctx, input) => listTierPrices(ctx.db, input),
  'tierPrices.set': (ctx, input, actor) => setTierPrice(ctx.db, input, actor, ctx.now()),
};
