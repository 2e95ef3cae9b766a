// Weight-embedded barcodes printed by shop scales (fish, chili by the kilo). The scale prints an
// EAN-13 in the in-store range: a prefix, the item's PLU number, the weight in grams or the price
// in rupiah, and the check digit. Which digits mean what differs between scales, so the layout is a
// setting (search.scaleSettings.save); see docs/search.md.
import { ean13CheckDigit } from './barcode';
import { type MessageRef, ref } from './messages';

export type ScaleValueKind = 'weight' | 'price';

export interface ScaleLayout {
  /** Leading digits that mark a scale label, e.g. `20` (GS1 in-store range starts with 2). */
  prefix: string;
  /** Digits after the prefix holding the PLU number, e.g. 5 for `00020`. */
  itemDigits: number;
  /** What the next digits mean: grams (`weight`) or whole rupiah (`price`). */
  valueKind: ScaleValueKind;
  valueDigits: number;
}

export interface ScaleSettings {
  enabled: boolean;
  layouts: ScaleLayout[];
}

/** An EAN-13 has 12 data digits and a check digit; a layout must fill the 12 exactly. */
export const EAN13_DATA_DIGITS = 12;

/** What a common scale prints out of the box: `20` + 5-digit PLU + 5-digit grams + check digit. */
export const DEFAULT_SCALE_SETTINGS: ScaleSettings = {
  enabled: true,
  layouts: [{ prefix: '20', itemDigits: 5, valueKind: 'weight', valueDigits: 5 }],
};

/** Why a layout cannot work (a message to word), or null when it is fine. */
export function layoutProblem(layout: ScaleLayout): MessageRef | null {
  if (!/^2\d{0,2}$/.test(layout.prefix)) return ref('search.scalePrefixInvalid', { prefix: layout.prefix });
  const used = layout.prefix.length + layout.itemDigits + layout.valueDigits;
  if (used !== EAN13_DATA_DIGITS) return ref('search.scaleLayoutLength', { prefix: layout.prefix, used });
  return null;
}

/** Two layouts whose prefixes overlap (`2` and `20`) would read the same label two ways. */
export function overlappingPrefixes(layouts: readonly ScaleLayout[]): [string, string] | null {
  for (const [i, a] of layouts.entries()) {
    for (const b of layouts.slice(i + 1)) {
      if (a.prefix.startsWith(b.prefix) || b.prefix.startsWith(a.prefix)) return [a.prefix, b.prefix];
    }
  }
  return null;
}

export type ScaleReading =
  /** Not a scale label under these settings: look it up some other way. */
  | { kind: 'none' }
  /** Looks like a scale label but cannot be trusted; `message` says why. */
  | { kind: 'invalid'; message: MessageRef }
  | { kind: 'scale'; layout: ScaleLayout; plu: number; valueKind: ScaleValueKind; value: number };

/** Reads a scanned code as a scale label. Only 13-digit codes under an enabled layout qualify. */
export function readScaleBarcode(code: string, settings: ScaleSettings): ScaleReading {
  if (!settings.enabled || !/^\d{13}$/.test(code)) return { kind: 'none' };
  const layout = settings.layouts.find((l) => code.startsWith(l.prefix) && layoutProblem(l) === null);
  if (!layout) return { kind: 'none' };
  if (ean13CheckDigit(code.slice(0, 12)) !== Number(code[12])) {
    return { kind: 'invalid', message: ref('search.scaleCheckDigit', { code }) };
  }
  const itemStart = layout.prefix.length;
  const valueStart = itemStart + layout.itemDigits;
  const plu = Number(code.slice(itemStart, valueStart));
  const value = Number(code.slice(valueStart, valueStart + layout.valueDigits));
  return { kind: 'scale', layout, plu, valueKind: layout.valueKind, value };
}

/** Builds the label a scale would print; for tests, the bench and documentation examples. */
export function makeScaleBarcode(layout: ScaleLayout, plu: number, value: number): string {
  const data =
    layout.prefix +
    String(plu).padStart(layout.itemDigits, '0') +
    String(value).padStart(layout.valueDigits, '0');
  if (data.length !== EAN13_DATA_DIGITS)
    throw new Error(`PLU ${plu} or value ${value} does not fit the layout`);
  return data + String(ean13CheckDigit(data));
}

/**
 * Quantity for a price label: price / price per kg, in grams, rounded half-up (integer arithmetic).
 * The line total is then recomputed from that quantity, so it may differ from the label by a few
 * rupiah; the till's own pricing stays the one authority.
 */
export function qtyMilliFromPrice(labelPrice: number, unitPrice: number): number {
  if (unitPrice <= 0) return 0;
  return Math.floor((labelPrice * 1000 * 2 + unitPrice) / (unitPrice * 2));
}
