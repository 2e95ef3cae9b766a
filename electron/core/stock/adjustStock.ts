// A correction with a reason: breakage, spoilage, goods found, a recount. Removing takes the
// oldest-expiring goods first, which is usually what is being thrown away.
import type { ParsedInput } from '../../../shared/contract';
import type { Actor, EngineContext } from '../context';
import { insertMove, newOpId, takeOut, userNameOf } from './ledger';
import { locationOrSelling } from './locations';
import { qtyMilliOf, requireProduct } from './stockProduct';
import { allowNegativeStock } from './stockSettings';

export function adjustStock(ctx: EngineContext, input: ParsedInput<'stock.adjust'>, actor: Actor) {
  const { db } = ctx;
  const now = ctx.now();
  return db
    .transaction(() => {
      const location = locationOrSelling(db, input.locationId);
      const product = requireProduct(db, input.productId);
      const qtyMilli = qtyMilliOf(product, input.qty);
      const base = {
        opId: newOpId(db, now),
        kind: 'adjust' as const,
        reason: input.reason,
        userName: userNameOf(actor),
        createdAt: now.toISOString(),
      };
      if (qtyMilli > 0) {
        insertMove(db, { ...base, productId: product.id, locationId: location.id, qtyMilli, batchId: null });
        return { opId: base.opId, moves: 1 };
      }
      const taken = takeOut(db, {
        ...base,
        productId: product.id,
        locationId: location.id,
        qtyMilli: -qtyMilli,
        allowNegative: allowNegativeStock(db),
      });
      return { opId: base.opId, moves: taken.length };
    })
    .immediate();
}
