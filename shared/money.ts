// Money is whole rupiah held in plain integers. Never floats in stored data.

const rupiahFormat = new Intl.NumberFormat('id-ID', {
  style: 'currency',
  currency: 'IDR',
  minimumFractionDigits: 0,
  maximumFractionDigits: 0,
});
const plainFormat = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });

/** Largest amount we accept anywhere: a trillion rupiah is far beyond any sale and safe in a double. */
export const MAX_RUPIAH = 1_000_000_000_000;

export function isRupiah(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && Math.abs(value) <= MAX_RUPIAH;
}

/**
 * `Rp 25.000`. Intl puts a no-break space (U+00A0) after `Rp`; we replace it with a plain space
 * because 0xA0 prints as a wrong glyph on CP437 thermal printers and the screen should match paper.
 */
export function formatRupiah(amount: number): string {
  return rupiahFormat.format(amount).replace(/\u00a0/g, ' ');
}

/** `25.000` without the currency, for receipt columns such as `2 x 25.000`. */
export function formatNumber(amount: number): string {
  return plainFormat.format(amount).replace(/\u00a0/g, ' ');
}
