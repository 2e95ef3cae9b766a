// Barcodes on products: retail codes (EAN-13, EAN-8, UPC-A) carry a mod-10 check digit that we
// verify, so a mistyped code is refused instead of silently never matching a scan. Anything else
// made of letters and digits is a booth's own internal code.
import { type MessageRef, ref } from './messages';

export type BarcodeKind = 'ean13' | 'ean8' | 'upca' | 'internal';
export const BARCODE_KINDS: readonly BarcodeKind[] = ['ean13', 'ean8', 'upca', 'internal'];

export type BarcodeCheck = { kind: BarcodeKind; code: string } | { error: MessageRef };

const RETAIL: Record<number, { kind: BarcodeKind; label: string }> = {
  8: { kind: 'ean8', label: 'EAN-8' },
  12: { kind: 'upca', label: 'UPC-A' },
  13: { kind: 'ean13', label: 'EAN-13' },
};

const INTERNAL = /^[A-Za-z0-9]{3,32}$/;

/**
 * The GS1 mod-10 check digit for the digits before it (any length): weights 3 and 1 alternate,
 * starting with 3 on the digit next to the check digit.
 */
export function gs1CheckDigit(body: string): number {
  if (!/^\d+$/.test(body)) throw new Error('gs1CheckDigit: digits only');
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const digit = body.charCodeAt(body.length - 1 - i) - 48;
    sum += i % 2 === 0 ? digit * 3 : digit;
  }
  return (10 - (sum % 10)) % 10;
}

/** Check digit of an EAN-13 from its first 12 digits (weight-embedded labels are built with it). */
export function ean13CheckDigit(first12: string): number {
  if (!/^\d{12}$/.test(first12)) throw new Error('ean13CheckDigit: exactly 12 digits');
  return gs1CheckDigit(first12);
}

/**
 * What kind of barcode `raw` is, or why it is refused (a message to word). Surrounding spaces are ignored;
 * all-digit codes of 8, 12 or 13 digits must carry a correct check digit.
 */
export function classifyBarcode(raw: string): BarcodeCheck {
  const code = raw.trim();
  if (code === '') return { error: ref('catalog.barcodeEmpty') };
  const retail = /^\d+$/.test(code) ? RETAIL[code.length] : undefined;
  if (retail) {
    const expected = gs1CheckDigit(code.slice(0, -1));
    if (Number(code.slice(-1)) !== expected) {
      return { error: ref('catalog.barcodeCheckDigit', { kind: retail.label, code, expected }) };
    }
    return { kind: retail.kind, code };
  }
  if (!INTERNAL.test(code)) {
    return { error: ref('catalog.barcodeShape', { code: code.slice(0, 40) }) };
  }
  return { kind: 'internal', code };
}
