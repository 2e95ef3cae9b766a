import type { Database } from 'better-sqlite3';
import type { ParsedInput, Product } from '../../../shared/contract';

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

/** Escapes LIKE wildcards so a search for `50%` means the text, not a pattern. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Active products for the till. An exact barcode or SKU match comes first so a scan or a typed
 * code lands on top; then name matches. (Full-text search arrives with the catalogue issue.)
 */
export function listProducts(db: Database, input: ParsedInput<'products.list'>): Product[] {
  const query = input.query ?? '';
  const rows = db
    .prepare(
      `SELECT ${PRODUCT_COLUMNS}
       FROM products p JOIN producers u ON u.code = p.producer_code
       WHERE p.active = 1
         AND (@category IS NULL OR p.category = @category)
         AND (@query = '' OR p.id IN (SELECT product_id FROM product_barcodes WHERE code = @query) OR p.sku = @query COLLATE NOCASE
              OR p.name LIKE @pattern ESCAPE '\\' OR p.sku LIKE @pattern ESCAPE '\\')
       ORDER BY (p.id IN (SELECT product_id FROM product_barcodes WHERE code = @query) OR p.sku = @query COLLATE NOCASE) DESC, p.category, p.name
       LIMIT @limit`,
    )
    .all({
      query,
      pattern: likePattern(query),
      category: input.category ?? null,
      limit: input.limit ?? 500,
    }) as ProductRow[];
  return rows.map(toProduct);
}
