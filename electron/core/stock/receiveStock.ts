// Goods arriving from a producing unit: one receipt (a delivery note) with one or more lines, each
// optionally a batch with an expiry date. All lines are stored, or none.
import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../shared/contract';
import { calendarDay } from '../../../shared/time';
import type { Actor, EngineContext } from '../context';
import { EngineError } from '../errors';
import { insertMove, newOpId, userNameOf } from './ledger';
import { locationOrSelling } from './locations';
import { qtyMilliOf, requireProduct, type StockProduct } from './stockProduct';

export function receiveStock(ctx: EngineContext, input: ParsedInput<'stock.receive'>, actor: Actor) {
  const { db } = ctx;
  const now = ctx.now();
  const today = calendarDay(now, ctx.device.timeZone);
  return db
    .transaction(() => {
      const location = locationOrSelling(db, input.locationId);
      const producer = db
        .prepare('SELECT code, name FROM producers WHERE code = ?')
        .get(input.producerCode) as { code: string; name: string } | undefined;
      if (!producer)
        throw new EngineError('NOT_FOUND', 'stock.unknownProducer', { producerCode: input.producerCode });
      const base = {
        opId: newOpId(db, now),
        kind: 'receive' as const,
        reference: input.reference,
        producerCode: producer.code,
        userName: userNameOf(actor),
        createdAt: now.toISOString(),
      };
      for (const line of input.lines) {
        const product = requireProduct(db, line.productId);
        // Proceeds go to the unit that made the goods, so a receipt names that unit exactly.
        if (product.producerCode !== producer.code) {
          throw new EngineError('CONFLICT', 'stock.wrongProducer', {
            name: product.name,
            producerCode: product.producerCode,
            name2: producer.name,
          });
        }
        if (line.expiresOn !== undefined && line.expiresOn < today) {
          throw new EngineError('INVALID_INPUT', 'stock.expiredDate', {
            name: product.name,
            expiresOn: line.expiresOn,
          });
        }
        const batchId = batchFor(db, product, line.batchCode, line.expiresOn, base.createdAt);
        insertMove(db, {
          ...base,
          productId: product.id,
          locationId: location.id,
          qtyMilli: qtyMilliOf(product, line.qty),
          batchId,
        });
      }
      return { opId: base.opId, moves: input.lines.length };
    })
    .immediate();
}

/**
 * The batch a line belongs to, created on first receipt. A line with only an expiry date gets a
 * batch named after that date. The same code later must carry the same expiry.
 */
function batchFor(
  db: Database,
  product: StockProduct,
  batchCode: string | undefined,
  expiresOn: string | undefined,
  receivedAt: string,
): number | null {
  const code = batchCode || (expiresOn ? `EXP-${expiresOn}` : '');
  if (code === '') return null;
  const existing = db
    .prepare('SELECT id, expires_on AS expiresOn FROM stock_batches WHERE product_id = ? AND code = ?')
    .get(product.id, code) as { id: number; expiresOn: string | null } | undefined;
  if (existing) {
    if (existing.expiresOn !== (expiresOn ?? null)) {
      throw new EngineError('CONFLICT', 'stock.batchOtherExpiry', {
        code,
        name: product.name,
        value: existing.expiresOn ?? { key: 'common.noDate' },
      });
    }
    return existing.id;
  }
  const { lastInsertRowid } = db
    .prepare('INSERT INTO stock_batches (product_id, code, expires_on, received_at) VALUES (?, ?, ?, ?)')
    .run(product.id, code, expiresOn ?? null, receivedAt);
  return Number(lastInsertRowid);
}
