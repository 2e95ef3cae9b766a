// The scanner's path: one code in, one product (and, for a scale label, a quantity) out. Order of
// precedence, first hit wins: a barcode of the product, its SKU, then a weight-embedded scale label.
// A known barcode therefore always beats the scale layout: the demo catalogue's 299... codes are
// in the scale's in-store range too and must keep meaning their product.
import type { Database } from 'better-sqlite3';
import type { LookupResult, Product } from '../../../shared/contract';
import { MAX_QTY_MILLI } from '../../../shared/quantity';
import { qtyMilliFromPrice, readScaleBarcode } from '../../../shared/weightBarcode';
import { PRODUCT_COLUMNS, type ProductRow, toProduct } from '../catalog/listProducts';
import { EngineError } from '../errors';
import { loadScaleSettings } from './scaleSettings';
import { cachedStatement } from './statements';

const FROM = 'FROM products p JOIN producers u ON u.code = p.producer_code';

function productBy(db: Database, where: string, ...params: unknown[]): Product | undefined {
  const row = cachedStatement(db, `SELECT ${PRODUCT_COLUMNS} ${FROM} WHERE ${where}`).get(...params) as
    | ProductRow
    | undefined;
  return row && toProduct(row);
}

/**
 * A UPC-A (12 digits) is the same item as the EAN-13 with a leading 0; scanners send either,
 * depending on their settings, so both spellings are tried.
 */
function barcodeSpellings(code: string): [string, string] {
  if (/^\d{12}$/.test(code)) return [code, `0${code}`];
  if (/^0\d{12}$/.test(code)) return [code, code.slice(1)];
  return [code, code];
}

function sellable(product: Product): Product {
  if (!product.active)
    throw new EngineError('PRODUCT_INACTIVE', 'afterSale.productNotSold', { name: product.name });
  return product;
}

export function lookupProduct(db: Database, code: string): LookupResult {
  const [first, second] = barcodeSpellings(code);
  const byBarcode = productBy(
    db,
    'p.id = (SELECT product_id FROM product_barcodes WHERE code IN (?, ?) LIMIT 1)',
    first,
    second,
  );
  if (byBarcode) return { product: sellable(byBarcode), matchedBy: 'barcode', qtyMilli: null, scale: null };

  const bySku = productBy(db, 'p.sku = ? COLLATE NOCASE', code);
  if (bySku) return { product: sellable(bySku), matchedBy: 'sku', qtyMilli: null, scale: null };

  const reading = readScaleBarcode(code, loadScaleSettings(db));
  if (reading.kind === 'invalid') throw EngineError.from('INVALID_INPUT', reading.message);
  if (reading.kind === 'none') throw new EngineError('NOT_FOUND', 'search.unknownBarcode', { code });

  const product = productBy(db, 'p.plu = ?', reading.plu);
  if (!product) {
    throw new EngineError('NOT_FOUND', 'search.unknownScaleBarcode', { code, plu: reading.plu });
  }
  sellable(product);
  if (!product.soldByWeight) {
    throw new EngineError('INVALID_INPUT', 'search.notByWeight', { name: product.name, code });
  }
  const qtyMilli =
    reading.valueKind === 'weight' ? reading.value : qtyMilliFromPrice(reading.value, product.price);
  if (qtyMilli <= 0) {
    throw new EngineError('INVALID_INPUT', 'search.scaleZero', { code });
  }
  if (qtyMilli > MAX_QTY_MILLI) {
    throw new EngineError('INVALID_INPUT', 'search.scaleTooBig', { code });
  }
  return {
    product,
    matchedBy: 'scale',
    qtyMilli,
    scale: { plu: reading.plu, valueKind: reading.valueKind, value: reading.value },
  };
}
