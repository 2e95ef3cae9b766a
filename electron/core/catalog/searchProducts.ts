import type { Database } from 'better-sqlite3';
import type { ParsedInput, ProductListItem } from '../../../shared/contract';
import type { ProductRow } from './listProducts';
import { PRODUCT_COLUMNS, toProduct } from './listProducts';

interface ItemRow extends ProductRow {
  barcodeList: string | null;
  workshopName: string | null;
  cost: number | null;
  hasImage: number;
  officeVersion: number | null;
}

/** Escapes LIKE wildcards so a search for `50%` means the text, not a pattern. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The manager's product list: inactive products too, filters, a stable order (name, then SKU) and
 * paging with a total. Text matches name, SKU or any barcode, in any case.
 */
export function searchProducts(
  db: Database,
  input: ParsedInput<'products.search'>,
): { total: number; items: ProductListItem[]; officeCatalogue: boolean } {
  const text = input.text ?? '';
  const params = {
    text,
    pattern: likePattern(text),
    category: input.category || null,
    unit: input.unit || null,
    active: input.active === undefined ? null : input.active ? 1 : 0,
    limit: input.limit ?? 50,
    offset: input.offset ?? 0,
  };
  const where = `WHERE (@category IS NULL OR p.category = @category COLLATE NOCASE)
      AND (@unit IS NULL OR p.unit = @unit COLLATE NOCASE)
      AND (@active IS NULL OR p.active = @active)
      AND (@text = '' OR p.name LIKE @pattern ESCAPE '\\' OR p.sku LIKE @pattern ESCAPE '\\'
           OR p.id IN (SELECT product_id FROM product_barcodes WHERE code LIKE @pattern ESCAPE '\\'))`;
  const { total } = db.prepare(`SELECT count(*) AS total FROM products p ${where}`).get(params) as {
    total: number;
  };
  const rows = db
    .prepare(
      `SELECT ${PRODUCT_COLUMNS},
              (SELECT group_concat(b.code, '|' ORDER BY b.position, b.code) FROM product_barcodes b
                WHERE b.product_id = p.id) AS barcodeList,
              w.name AS workshopName, p.cost, p.office_version AS officeVersion,
              EXISTS (SELECT 1 FROM product_images i WHERE i.product_id = p.id) AS hasImage
       FROM products p JOIN producers u ON u.code = p.producer_code
       LEFT JOIN workshops w ON w.id = p.workshop_id
       ${where}
       ORDER BY p.name COLLATE NOCASE, p.sku
       LIMIT @limit OFFSET @offset`,
    )
    .all(params) as ItemRow[];
  const items = rows.map(({ barcodeList, workshopName, cost, hasImage, officeVersion, ...product }) => ({
    ...toProduct(product),
    barcodes: barcodeList ? barcodeList.split('|') : [],
    workshopName,
    cost,
    hasImage: hasImage === 1,
    local: officeVersion === null,
  }));
  const officeCatalogue = db.prepare('SELECT 1 FROM catalogue_packages LIMIT 1').get() !== undefined;
  return { total, items, officeCatalogue };
}
