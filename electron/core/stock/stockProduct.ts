// The product facts stock operations need, and the one rule on quantities: pieces are whole.
import type { Database } from 'better-sqlite3';
import { toQtyMilli } from '../../../shared/quantity';
import { EngineError } from '../errors';

export interface StockProduct {
  id: number;
  sku: string;
  name: string;
  unit: string;
  soldByWeight: boolean;
  producerCode: string;
  price: number;
}

export function requireProduct(db: Database, id: number): StockProduct {
  const row = db
    .prepare(
      `SELECT id, sku, name, unit, sold_by_weight AS soldByWeight, producer_code AS producerCode, price
       FROM products WHERE id = ?`,
    )
    .get(id) as (Omit<StockProduct, 'soldByWeight'> & { soldByWeight: number }) | undefined;
  if (!row) throw new EngineError('NOT_FOUND', 'catalog.productNotFound', { id });
  return { ...row, soldByWeight: row.soldByWeight === 1 };
}

/** Milli-units of `qty` (sign kept); goods sold by the piece move in whole pieces only. */
export function qtyMilliOf(product: StockProduct, qty: number): number {
  const milli = toQtyMilli(qty);
  if (milli === null) throw new EngineError('INVALID_INPUT', 'stock.qtyDecimals', { name: product.name });
  if (!product.soldByWeight && milli % 1000 !== 0) {
    throw new EngineError('INVALID_INPUT', 'afterSale.qtyWhole', { name: product.name });
  }
  return milli;
}
