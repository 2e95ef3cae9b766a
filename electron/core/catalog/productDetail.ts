import type { Database } from 'better-sqlite3';
import type { PriceChange, ProductBarcode, ProductDetail } from '../../../shared/contract';
import { EngineError } from '../errors';
import type { ProductRow } from './listProducts';
import { PRODUCT_COLUMNS, toProduct } from './listProducts';

interface DetailRow extends ProductRow {
  workshopId: number | null;
  workshopName: string | null;
  cost: number | null;
  pirtNo: string | null;
  halalNo: string | null;
  updatedAt: string | null;
  officeVersion: number | null;
}

/** Everything the product form shows, including all barcodes, the image and the price history. */
export function getProduct(db: Database, id: number): ProductDetail {
  const row = db
    .prepare(
      `SELECT ${PRODUCT_COLUMNS}, p.workshop_id AS workshopId, w.name AS workshopName, p.cost,
              p.pirt_no AS pirtNo, p.halal_no AS halalNo, p.updated_at AS updatedAt,
              p.office_version AS officeVersion
       FROM products p JOIN producers u ON u.code = p.producer_code
       LEFT JOIN workshops w ON w.id = p.workshop_id
       WHERE p.id = ?`,
    )
    .get(id) as DetailRow | undefined;
  if (!row) throw new EngineError('NOT_FOUND', 'catalog.productNotFound', { id });
  const barcodes = db
    .prepare('SELECT code, kind FROM product_barcodes WHERE product_id = ? ORDER BY position, code')
    .all(id) as ProductBarcode[];
  const priceHistory = db
    .prepare(
      `SELECT price, effective_from AS effectiveFrom, changed_by AS changedBy FROM price_history
       WHERE product_id = ? ORDER BY effective_from DESC, id DESC`,
    )
    .all(id) as PriceChange[];
  const image = db.prepare('SELECT mime, data FROM product_images WHERE product_id = ?').get(id) as
    | { mime: string; data: Buffer }
    | undefined;
  const { workshopId, workshopName, cost, pirtNo, halalNo, updatedAt, officeVersion, ...product } = row;
  return {
    ...toProduct(product),
    barcodes,
    workshopId,
    workshopName,
    cost,
    pirtNo,
    halalNo,
    updatedAt,
    image: image ? `data:${image.mime};base64,${image.data.toString('base64')}` : null,
    priceHistory,
    officeVersion,
  };
}
