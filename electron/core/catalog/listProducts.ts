import type { Database } from 'better-sqlite3';
import { LIST_PAGE, type ParsedInput, type Product } from '../../../shared/contract';
import { productMatches } from '../search/productMatches';
import { cachedStatement } from '../search/statements';

export const PRODUCT_COLUMNS = `p.id, p.sku,
  (SELECT b.code FROM product_barcodes b WHERE b.product_id = p.id ORDER BY b.position, b.code LIMIT 1) AS barcode,
  p.name, p.category, p.unit, p.price,
  p.producer_code AS producerCode, u.name AS producerName,
  p.sold_by_weight AS soldByWeight, p.active`;

export interface ProductRow extends Omit<Product, 'soldByWeight' | 'active'> {
  soldByWeight: number;
  active: number;
}

export function toProduct(row: ProductRow): Product {
  return { ...row, soldByWeight: row.soldByWeight === 1, active: row.active === 1 };
}

/** Products one list answers when no limit is given: the page a typed search shows at the till. */
export const DEFAULT_LIST_LIMIT = LIST_PAGE;

/**
 * Active products for the till. With a search text: an exact barcode or SKU first (so a scan or a
 * typed code lands on top), then full-text matches ranked by search/productMatches.ts (word
 * prefixes before part-of-word hits). Without one: the catalogue by category and name, read in the
 * order of the products_category index (no sort), which is how the till loads its whole grid (up to
 * MAX_LIST_PRODUCTS).
 */
export function listProducts(db: Database, input: ParsedInput<'products.list'>): Product[] {
  const query = input.query ?? '';
  const filters = { category: input.category ?? null, limit: input.limit ?? DEFAULT_LIST_LIMIT };
  if (query !== '') {
    const matches = productMatches(query, {
      where: 'p.active = 1 AND (@category IS NULL OR p.category = @category)',
      limit: filters.limit,
    });
    const rows = cachedStatement(
      db,
      `${matches.cte}
       SELECT ${PRODUCT_COLUMNS}
       FROM matches m JOIN products p ON p.id = m.id JOIN producers u ON u.code = p.producer_code
       ORDER BY ${matches.orderBy}
       LIMIT @limit`,
    ).all({ ...matches.params, ...filters }) as ProductRow[];
    return rows.map(toProduct);
  }
  const rows = cachedStatement(
    db,
    `SELECT ${PRODUCT_COLUMNS}
     FROM products p JOIN producers u ON u.code = p.producer_code
     WHERE p.active = 1 AND (@category IS NULL OR p.category = @category)
     ORDER BY p.category, p.name
     LIMIT @limit`,
  ).all(filters) as ProductRow[];
  return rows.map(toProduct);
}
