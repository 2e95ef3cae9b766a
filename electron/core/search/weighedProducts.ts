import type { Database } from 'better-sqlite3';
import type { WeighedProduct } from '../../../shared/contract';

/**
 * Every product sold by weight with its PLU, inactive ones too: the manager setting up a scale
 * needs to see which numbers are taken, even by goods no longer sold.
 */
export function listWeighedProducts(db: Database): WeighedProduct[] {
  const rows = db
    .prepare(
      `SELECT id, sku, name, unit, price, active, plu FROM products
       WHERE sold_by_weight = 1 ORDER BY active DESC, name COLLATE NOCASE`,
    )
    .all() as (Omit<WeighedProduct, 'active'> & { active: number })[];
  return rows.map((row) => ({ ...row, active: row.active === 1 }));
}
