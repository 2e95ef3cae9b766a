// The scanner's path at the till. A wedge scanner types a barcode and Enter within milliseconds;
// such text goes straight to products.lookup (barcode, SKU, then scale label) instead of a search.
import type { LookupResult } from '../../shared/contract';
import { call } from '../api/client';

/** EAN-8, UPC-A or EAN-13: all digits, 8, 12 or 13 long. */
export function looksLikeBarcode(text: string): boolean {
  return /^(?:\d{8}|\d{12,13})$/.test(text);
}

/** The product behind a scanned code; refusals (unknown code, damaged label) throw ApiError. */
export function lookupScan(code: string): Promise<LookupResult> {
  return call('products.lookup', { code });
}
