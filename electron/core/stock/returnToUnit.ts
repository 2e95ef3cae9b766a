// Goods sent back to the producing unit (UPT) that made them: unsold at the end of a consignment,
// damaged in the workshop's making, recalled. One product from one location, with the return
// note's number; the moves name the unit. Never more than the location holds, whatever the
// setting for selling below zero says: goods that are not there cannot be handed back.
import type { ParsedInput } from '../../../shared/contract';
import { formatQty } from '../../../shared/quantity';
import type { Actor, EngineContext } from '../context';
import { EngineError } from '../errors';
import { levelOf, newOpId, takeOut, userNameOf } from './ledger';
import { locationOrSelling } from './locations';
import { qtyMilliOf, requireProduct } from './stockProduct';

export function returnToUnit(ctx: EngineContext, input: ParsedInput<'stock.returnToUnit'>, actor: Actor) {
  const { db } = ctx;
  const now = ctx.now();
  return db
    .transaction(() => {
      const location = locationOrSelling(db, input.locationId);
      const product = requireProduct(db, input.productId);
      const qtyMilli = qtyMilliOf(product, input.qty);
      const level = levelOf(db, product.id, location.id);
      const producer = db.prepare('SELECT name FROM producers WHERE code = ?').get(product.producerCode) as
        | { name: string }
        | undefined;
      if (qtyMilli > level) {
        throw new EngineError('INSUFFICIENT_STOCK', 'stock.returnMoreThanHeld', {
          wanted: formatQty(qtyMilli, product.soldByWeight),
          available: formatQty(Math.max(level, 0), product.soldByWeight),
          unit: product.unit,
          product: product.name,
          producer: producer?.name ?? product.producerCode,
          location: location.name,
        });
      }
      const opId = newOpId(db, now);
      const taken = takeOut(db, {
        opId,
        kind: 'unit_return',
        reference: input.reference,
        reason: input.reason ? input.reason : null,
        producerCode: product.producerCode,
        userName: userNameOf(actor),
        createdAt: now.toISOString(),
        productId: product.id,
        locationId: location.id,
        qtyMilli,
        allowNegative: false,
      });
      return { opId, moves: taken.length };
    })
    .immediate();
}
