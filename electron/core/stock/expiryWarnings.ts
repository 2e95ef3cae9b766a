// What the till warns about: products whose next goods to sell (oldest expiry first) at the
// selling location are past their date. A batch is good through its expiry date.
import type { ExpiryWarning } from '../../../shared/contract';
import { calendarDay } from '../../../shared/time';
import type { EngineContext } from '../context';
import { stockParts } from './ledger';
import { sellingLocation } from './locations';

export function expiryWarnings(ctx: EngineContext): { today: string; warnings: ExpiryWarning[] } {
  const { db } = ctx;
  const today = calendarDay(ctx.now(), ctx.device.timeZone);
  const location = sellingLocation(db);
  // Only products that ever had an expired batch here can warn; the FEFO view decides the rest.
  const candidates = db
    .prepare(
      `SELECT DISTINCT p.id AS productId, p.sku, p.name
       FROM stock_moves m JOIN stock_batches b ON b.id = m.batch_id JOIN products p ON p.id = m.product_id
       WHERE m.location_id = ? AND b.expires_on < ?
       ORDER BY p.name`,
    )
    .all(location.id, today) as { productId: number; sku: string; name: string }[];
  const warnings: ExpiryWarning[] = [];
  for (const product of candidates) {
    const next = stockParts(db, product.productId, location.id).parts[0];
    if (next?.batchCode && next.expiresOn !== null && next.expiresOn < today) {
      warnings.push({
        ...product,
        batchCode: next.batchCode,
        expiresOn: next.expiresOn,
        qtyMilli: next.qtyMilli,
      });
    }
  }
  return { today, warnings };
}
