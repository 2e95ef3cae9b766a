// Goods moving between two locations: both legs in one transaction, batches travel with the goods.
// Sending to an event and bringing goods back from one are transfers too, recorded as event_out
// and event_return so the event report can tell them apart.
import type { Location, MoveKind, ParsedInput } from '../../../shared/contract';
import type { Actor, EngineContext } from '../context';
import { EngineError } from '../errors';
import { newOpId, putIn, takeOut, userNameOf } from './ledger';
import { requireActiveLocation } from './locations';
import { qtyMilliOf, requireProduct } from './stockProduct';
import { allowNegativeStock } from './stockSettings';

export function transferKinds(from: Location, to: Location): { out: MoveKind; in: MoveKind } {
  return {
    out: from.kind === 'event' ? 'event_return' : to.kind === 'event' ? 'event_out' : 'transfer_out',
    in: to.kind === 'event' ? 'event_out' : from.kind === 'event' ? 'event_return' : 'transfer_in',
  };
}

export function transferStock(ctx: EngineContext, input: ParsedInput<'stock.transfer'>, actor: Actor) {
  const { db } = ctx;
  const now = ctx.now();
  if (input.fromLocationId === input.toLocationId) {
    throw new EngineError('INVALID_INPUT', 'stock.sameFromTo');
  }
  return db
    .transaction(() => {
      const from = requireActiveLocation(db, input.fromLocationId);
      const to = requireActiveLocation(db, input.toLocationId);
      const kinds = transferKinds(from, to);
      const allowNegative = allowNegativeStock(db);
      const base = {
        opId: newOpId(db, now),
        reference: input.reference || null,
        userName: userNameOf(actor),
        createdAt: now.toISOString(),
      };
      let moves = 0;
      for (const line of input.lines) {
        const product = requireProduct(db, line.productId);
        const qtyMilli = qtyMilliOf(product, line.qty);
        const taken = takeOut(db, {
          ...base,
          kind: kinds.out,
          productId: product.id,
          locationId: from.id,
          qtyMilli,
          allowNegative,
        });
        putIn(db, product.id, to.id, taken, { ...base, kind: kinds.in });
        moves += taken.length * 2;
      }
      return { opId: base.opId, moves };
    })
    .immediate();
}
