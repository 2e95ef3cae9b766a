// Shared by the stock unit tests (never imported by the app).
import Database from 'better-sqlite3';
import type { TestEngine } from '../../../tests/support/engine';

export async function productIdOf(t: TestEngine, sku: string): Promise<number> {
  const product = (await t.ok('products.list', { query: sku })).find((p) => p.sku === sku);
  if (!product) throw new Error(`no product ${sku}`);
  return product.id;
}

/** The level as stock.levels reports it (the selling location by default). */
export async function levelOf(t: TestEngine, sku: string, locationId?: number): Promise<number> {
  const { rows } = await t.ok('stock.levels', { query: sku, ...(locationId ? { locationId } : {}) });
  const row = rows.find((r) => r.sku === sku);
  if (!row) throw new Error(`no level row for ${sku}`);
  return row.qtyMilli;
}

export async function boothId(t: TestEngine): Promise<number> {
  return (await t.ok('stock.getSettings', {})).sellingLocationId;
}

/** Row counts of the stock tables, read straight from the file. */
export function stockCounts(dbPath: string) {
  const db = new Database(dbPath, { readonly: true });
  const n = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const result = {
    moves: n('stock_moves'),
    batches: n('stock_batches'),
    locations: n('locations'),
    thresholds: n('stock_thresholds'),
    sales: n('sales'),
  };
  db.close();
  return result;
}

/** Sum of every move of a product at a location, straight from SQL. */
export function sumOfMoves(dbPath: string, productId: number, locationId: number): number {
  const db = new Database(dbPath, { readonly: true });
  const row = db
    .prepare(
      'SELECT coalesce(sum(qty_milli), 0) AS qty FROM stock_moves WHERE product_id = ? AND location_id = ?',
    )
    .get(productId, locationId) as { qty: number };
  db.close();
  return row.qty;
}
