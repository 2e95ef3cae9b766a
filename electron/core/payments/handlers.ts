import type { paymentsCommands } from '../../../shared/contract';
import { audit } from '../audit/audit';
import type { HandlerMap } from '../context';
import { listBuyers, saveBuyer } from './buyers';
import { getPaymentSettings, savePaymentSettings } from './paymentSettings';
import { listTierPrices, listTiers, saveTier, setTierPrice } from './tierPrices';

export const paymentsHandlers: HandlerMap<keyof typeof paymentsCommands> = {
  'paymentSettings.get': (ctx) => getPaymentSettings(ctx.db),
  'paymentSettings.save': (ctx, input, actor) => {
    // Which settings changed, not the QRIS itself (it is long, and the settings show it anyway).
    const changed = Object.fromEntries(
      Object.entries(input).map(([key, value]) => [
        key,
        key === 'qrisStatic' ? (value ? 'diubah' : 'dihapus') : value,
      ]),
    );
    // The change and its audit entry together: never one without the other.
    return ctx.db
      .transaction(() => {
        const saved = savePaymentSettings(ctx.db, input);
        audit(ctx.db, ctx.device.device, ctx.now(), {
          action: 'settings.change',
          actor,
          subject: 'pembayaran',
          detail: changed,
        });
        return saved;
      })
      .immediate();
  },
  'buyers.list': (ctx, input) => listBuyers(ctx.db, input),
  'buyers.save': (ctx, input, actor) => saveBuyer(ctx.db, input, actor, ctx.now()),
  'priceTiers.list': (ctx) => listTiers(ctx.db),
  'priceTiers.save': (ctx, input) => saveTier(ctx.db, input),
  'tierPrices.list': (ctx, input) => listTierPrices(ctx.db, input),
  'tierPrices.set': (ctx, input, actor) => setTierPrice(ctx.db, input, actor, ctx.now()),
};
