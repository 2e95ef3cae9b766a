// Quantities travel as numbers (2, or 1.25 kg) but are stored and priced as integer milli-units,
// so a weight of 1,250 g is 1250 and two bottles are 2000. No float ever reaches the database.

export const MAX_QTY_MILLI = 10_000_000; // 10,000 units or kg on one line

/** Converts a quantity with at most three decimals to milli-units; null when it has more. */
export function toQtyMilli(qty: number): number | null {
  if (!Number.isFinite(qty)) return null;
  const milli = Math.round(qty * 1000);
  if (Math.abs(milli - qty * 1000) > 1e-6) return null;
  return milli;
}

export function fromQtyMilli(milli: number): number {
  return milli / 1000;
}

/** `2` for pieces, `1,250` for kilograms, in Indonesian decimal style. */
export function formatQty(milli: number, soldByWeight: boolean): string {
  const value = fromQtyMilli(milli);
  return value.toLocaleString('id-ID', {
    minimumFractionDigits: soldByWeight ? 3 : 0,
    maximumFractionDigits: 3,
  });
}
