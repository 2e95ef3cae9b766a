import type { Database } from 'better-sqlite3';
import { CATALOGUE_COLUMNS } from '../../../shared/catalogueFile';

/**
 * The whole catalogue, inactive products included, as rows of the import columns in the order the
 * products were created. Re-importing the result into the same database changes nothing.
 */
export function exportCatalogue(db: Database): { columns: string[]; rows: string[][] } {
  const rows = db
    .prepare(
      `SELECT p.sku,
              coalesce((SELECT group_concat(b.code, '|' ORDER BY b.position, b.code) FROM product_barcodes b
                        WHERE b.product_id = p.id), '') AS barcode,
              p.name, p.category, p.unit, p.price, p.producer_code, u.name AS producer_name, p.sold_by_weight,
              p.cost, p.pirt_no, p.halal_no, w.name AS workshop, p.active
       FROM products p JOIN producers u ON u.code = p.producer_code
       LEFT JOIN workshops w ON w.id = p.workshop_id
       ORDER BY p.id`,
    )
    .raw()
    .all() as (string | number | null)[][];
  return {
    columns: [...CATALOGUE_COLUMNS],
    rows: rows.map((cells) => cells.map((cell) => (cell === null ? '' : String(cell)))),
  };
}
