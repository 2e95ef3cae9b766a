// A bazaar or exhibition is an event location with dates. Stock is sent out to it (a transfer),
// sold there (the till sells at the event), and at the end what comes back is counted: the
// difference is recorded, the counted goods go back, and the event closes. The report shows per
// product and per producing unit what was sent, sold, returned, and the shortfall.
import type { Database } from 'better-sqlite3';
import type { EventReport, Location, ParsedInput } from '../../../shared/contract';
import type { Actor, EngineContext } from '../context';
import { EngineError } from '../errors';
import { insertMove, levelOf, newOpId, putIn, takeOut, userNameOf } from './ledger';
import { findLocation, requireActiveLocation } from './locations';
import { qtyMilliOf, requireProduct } from './stockProduct';
import { transferKinds } from './transferStock';

function requireEvent(db: Database, id: number): Location {
  const event = findLocation(db, id);
  if (!event) throw new EngineError('NOT_FOUND', 'stock.locationNotFound', { id });
  if (event.kind !== 'event') throw new EngineError('CONFLICT', 'stock.notAnEvent', { name: event.name });
  return event;
}

export function closeEvent(
  ctx: EngineContext,
  input: ParsedInput<'stock.eventClose'>,
  actor: Actor,
): EventReport {
  const { db } = ctx;
  const now = ctx.now();
  db.transaction(() => {
    const event = requireEvent(db, input.locationId);
    if (event.closedAt) throw new EngineError('CONFLICT', 'stock.eventClosed', { name: event.name });
    if (event.isDefault) {
      throw new EngineError('CONFLICT', 'stock.tillSellsThere', { name: event.name });
    }
    if (input.returnToLocationId === event.id) {
      throw new EngineError('INVALID_INPUT', 'stock.returnElsewhere');
    }
    const home = requireActiveLocation(db, input.returnToLocationId);

    const counted = new Map<number, number>();
    for (const count of input.counts) {
      const product = requireProduct(db, count.productId);
      if (counted.has(product.id))
        throw new EngineError('INVALID_INPUT', 'stock.countedTwice', { name: product.name });
      counted.set(product.id, qtyMilliOf(product, count.qty));
    }
    // Every product still at the event must be counted, even if the count is zero.
    const onHand = db
      .prepare(
        `SELECT m.product_id AS productId, p.name FROM stock_moves m JOIN products p ON p.id = m.product_id
         WHERE m.location_id = ? GROUP BY m.product_id HAVING sum(m.qty_milli) <> 0 ORDER BY p.name`,
      )
      .all(event.id) as { productId: number; name: string }[];
    const missing = onHand.filter((row) => !counted.has(row.productId));
    if (missing.length > 0) {
      throw new EngineError('INVALID_INPUT', 'stock.countMissing', {
        value: missing.map((row) => row.name).join(', '),
      });
    }

    const kinds = transferKinds(event, home);
    const base = { opId: newOpId(db, now), userName: userNameOf(actor), createdAt: now.toISOString() };
    for (const [productId, countedMilli] of counted) {
      const difference = countedMilli - levelOf(db, productId, event.id);
      const count = { ...base, kind: 'count' as const, reason: `Hitung penutupan acara ${event.code}` };
      if (difference > 0) {
        insertMove(db, { ...count, productId, locationId: event.id, qtyMilli: difference, batchId: null });
      } else if (difference < 0) {
        takeOut(db, {
          ...count,
          productId,
          locationId: event.id,
          qtyMilli: -difference,
          allowNegative: true,
        });
      }
      if (countedMilli > 0) {
        const back = takeOut(db, {
          ...base,
          kind: kinds.out,
          productId,
          locationId: event.id,
          qtyMilli: countedMilli,
          allowNegative: false,
        });
        putIn(db, productId, home.id, back, { ...base, kind: kinds.in });
      }
    }
    db.prepare('UPDATE locations SET active = 0, closed_at = ?, closed_by = ? WHERE id = ?').run(
      base.createdAt,
      base.userName,
      event.id,
    );
  }).immediate();
  return eventReport(db, input.locationId);
}

interface Quantities {
  sentMilli: number;
  soldMilli: number;
  returnedMilli: number;
  onHandMilli: number;
  shortfallMilli: number;
  soldAmount: number;
  shortfallValue: number;
}

/** Rupiah value of a signed quantity at `price`, rounded half-up on the size so surplus mirrors shortfall. */
function rupiahValue(price: number, qtyMilli: number): number {
  return Math.sign(qtyMilli) * Math.floor((price * Math.abs(qtyMilli) + 500) / 1000);
}

export function eventReport(db: Database, eventId: number): EventReport {
  const event = requireEvent(db, eventId);
  // Anything arriving counts as sent (transfers, or a unit delivering straight to the bazaar);
  // anything leaving other than a sale counts as returned.
  const rows = db
    .prepare(
      `SELECT p.id AS productId, p.sku, p.name, p.unit, p.sold_by_weight AS soldByWeight, p.price,
              p.producer_code AS producerCode, u.name AS producerName,
              sum(CASE WHEN m.kind IN ('receive', 'transfer_in', 'event_out') AND m.qty_milli > 0 THEN m.qty_milli ELSE 0 END) AS sentMilli,
              -sum(CASE WHEN m.kind IN ('sale', 'refund') THEN m.qty_milli ELSE 0 END) AS soldMilli,
              -sum(CASE WHEN m.kind IN ('event_return', 'transfer_out') AND m.qty_milli < 0 THEN m.qty_milli ELSE 0 END) AS returnedMilli,
              sum(m.qty_milli) AS onHandMilli,
              coalesce((SELECT sum(sl.line_total) FROM sale_lines sl
                        WHERE (sl.sale_id, sl.line_no) IN (SELECT DISTINCT sale_id, sale_line_no FROM stock_moves
                                                           WHERE location_id = @event AND kind = 'sale' AND product_id = p.id)), 0) AS soldAmount
       FROM stock_moves m
       JOIN products p ON p.id = m.product_id
       JOIN producers u ON u.code = p.producer_code
       WHERE m.location_id = @event
       GROUP BY p.id
       ORDER BY u.name, p.name`,
    )
    .all({ event: event.id }) as (Omit<Quantities, 'shortfallMilli' | 'shortfallValue'> & {
    productId: number;
    sku: string;
    name: string;
    unit: string;
    soldByWeight: number;
    price: number;
    producerCode: string;
    producerName: string;
  })[];

  const products = rows.map(({ price, soldByWeight, ...row }) => {
    const shortfallMilli = row.sentMilli - row.soldMilli - row.returnedMilli - row.onHandMilli;
    return {
      ...row,
      soldByWeight: soldByWeight === 1,
      shortfallMilli,
      shortfallValue: rupiahValue(price, shortfallMilli),
    };
  });

  const producers = new Map<string, EventReport['producers'][number]>();
  for (const row of products) {
    const total = producers.get(row.producerCode) ?? {
      producerCode: row.producerCode,
      producerName: row.producerName,
      sentMilli: 0,
      soldMilli: 0,
      returnedMilli: 0,
      onHandMilli: 0,
      shortfallMilli: 0,
      soldAmount: 0,
      shortfallValue: 0,
    };
    total.sentMilli += row.sentMilli;
    total.soldMilli += row.soldMilli;
    total.returnedMilli += row.returnedMilli;
    total.onHandMilli += row.onHandMilli;
    total.shortfallMilli += row.shortfallMilli;
    total.soldAmount += row.soldAmount;
    total.shortfallValue += row.shortfallValue;
    producers.set(row.producerCode, total);
  }
  return { event, products, producers: [...producers.values()] };
}
