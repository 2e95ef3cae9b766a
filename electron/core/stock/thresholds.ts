// The low-stock warning level per product; null clears it.
import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../shared/contract';
import { qtyMilliOf, requireProduct } from './stockProduct';

export function setThreshold(db: Database, input: ParsedInput<'stock.setThreshold'>) {
  return db
    .transaction(() => {
      const product = requireProduct(db, input.productId);
      if (input.lowQty === null) {
        db.prepare('DELETE FROM stock_thresholds WHERE product_id = ?').run(product.id);
        return { productId: product.id, lowStockMilli: null };
      }
      const lowMilli = qtyMilliOf(product, input.lowQty);
      db.prepare(
        `INSERT INTO stock_thresholds (product_id, low_milli) VALUES (?, ?)
         ON CONFLICT (product_id) DO UPDATE SET low_milli = excluded.low_milli`,
      ).run(product.id, lowMilli);
      return { productId: product.id, lowStockMilli: lowMilli };
    })
    .immediate();
}
