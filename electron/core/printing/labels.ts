// Product labels for goods without a maker's barcode: the in-store EAN-13 from the catalogue,
// printed with the printer's own barcode command, with name, price, P-IRT/halal numbers and expiry.
import type { Database } from 'better-sqlite3';
import { formatRupiah } from '../../../shared/money';
import type { LabelModel } from '../../../shared/receipt/model';
import { EngineError } from '../errors';

interface ProductRow {
  name: string;
  price: number;
  unit: string;
  soldByWeight: number;
  pirtNo: string | null;
  halalNo: string | null;
  producerName: string | null;
  barcode: string | null;
}

function formatDay(day: string): string {
  const [year, month, date] = day.split('-');
  return `${date}/${month}/${year}`;
}

export function labelModel(
  db: Database,
  input: { productId: number; copies: number; expiry?: string | null | undefined },
  originPrefix: string,
): LabelModel {
  const product = db
    .prepare(
      `SELECT p.name, p.price, p.unit, p.sold_by_weight AS soldByWeight, p.pirt_no AS pirtNo, p.halal_no AS halalNo,
              pr.name AS producerName,
              (SELECT b.code FROM product_barcodes b WHERE b.product_id = p.id AND b.kind = 'ean13'
               ORDER BY b.position, b.code LIMIT 1) AS barcode
       FROM products p LEFT JOIN producers pr ON pr.code = p.producer_code
       WHERE p.id = ?`,
    )
    .get(input.productId) as ProductRow | undefined;
  if (!product) throw new EngineError('NOT_FOUND', 'printing.productNotFound');
  if (!product.barcode) {
    throw new EngineError('CONFLICT', 'printing.noEan13', { name: product.name });
  }
  const perUnit = product.soldByWeight === 1 ? `/${product.unit}` : '';
  return {
    type: 'label',
    name: product.name,
    priceText: `${formatRupiah(product.price)}${perUnit}`,
    barcode: product.barcode,
    origin: product.producerName ? `${originPrefix} ${product.producerName}`.trim() : null,
    pirtNo: product.pirtNo?.trim() || null,
    halalNo: product.halalNo?.trim() || null,
    expiry: input.expiry ? `Kedaluwarsa ${formatDay(input.expiry)}` : null,
    copies: input.copies,
  };
}
