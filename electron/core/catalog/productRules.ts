// Rules a product must meet, as catalogue messages (shared/messages/catalog.ts). The product form and the import
// both use them, so a row the import accepts is a product the form would accept.
import type { BarcodeKind } from '../../../shared/barcode';
import { classifyBarcode } from '../../../shared/barcode';
import { type MessageRef, ref } from '../../../shared/messages';
import type { Actor } from '../context';

export type BarcodeList = { barcodes: { code: string; kind: BarcodeKind }[] } | { error: MessageRef };

/** Validates each code's check digit or shape and refuses the same code twice in one product. */
export function checkBarcodeList(codes: readonly string[]): BarcodeList {
  const barcodes: { code: string; kind: BarcodeKind }[] = [];
  const seen = new Set<string>();
  for (const raw of codes) {
    if (raw.trim() === '') continue;
    const checked = classifyBarcode(raw);
    if ('error' in checked) return { error: checked.error };
    if (seen.has(checked.code)) return { error: ref('catalog.barcodeTwice', { code: checked.code }) };
    seen.add(checked.code);
    barcodes.push(checked);
  }
  return { barcodes };
}

export function weightUnitMessage(unit: string): MessageRef {
  return ref('catalog.weightNeedsDecimalUnit', { unit });
}

/** The name stored with a price change: the signed-in user, or null for the system. */
export function actorName(actor: Actor): string | null {
  return actor.kind === 'user' ? actor.name : null;
}
