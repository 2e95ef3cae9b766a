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

/** Why a money text is not a whole rupiah amount (see parseRupiahText). */
export type RupiahTextProblem = 'empty' | 'negative' | 'fraction' | 'ambiguous' | 'notNumber' | 'tooBig';

/**
 * A whole rupiah amount as people write it in Indonesia: `15000`, `15.000` (dots group
 * thousands), `Rp 15.000`, `Rp15.000`, `Rp. 15.000`, `15.000,00` or `15000,-` (a zero or dash
 * fraction). Refused, with the reason: a real fraction (`15.000,50`), text that could mean two
 * amounts (`15,5`, `15,000`, `15.5`: a comma or dot that is neither id-ID grouping nor a zero
 * fraction), a minus sign, anything else, and more than MAX_RUPIAH.
 */
export function parseRupiahText(raw: string): { value: number } | { problem: RupiahTextProblem } {
  let text = raw.replace(/[\u00a0\u202f]/g, ' ').trim();
  if (text === '') return { problem: 'empty' };
  text = text.replace(/^rp\.?\s*/i, '');
  if (/^[-−]/.test(text)) return { problem: 'negative' };
  // A fraction written with a comma: ",00", ",0" and ",-" are whole; other digits are not.
  let whole = text;
  const comma = /^(.*),(\d+|-)$/.exec(text);
  if (comma) {
    whole = comma[1] ?? '';
    const fraction = comma[2] ?? '';
    if (fraction.length === 3 && /^\d{1,3}$/.test(whole)) {
      return { problem: 'ambiguous' }; // 15,000: fifteen in Indonesian, fifteen thousand in English
    } else if (/^0+$/.test(fraction) || fraction === '-') {
      if (!/^\d{1,3}(\.\d{3})*$|^\d+$/.test(whole)) return { problem: 'notNumber' };
    } else if (/^\d{1,3}(\.\d{3})+$/.test(whole)) {
      return { problem: 'fraction' }; // 15.000,50
    } else if (/^\d+$/.test(whole)) {
      return { problem: 'ambiguous' }; // 15,5
    } else {
      return { problem: 'notNumber' };
    }
  }
  let digits: string;
  if (/^\d+$/.test(whole)) digits = whole;
  else if (/^\d{1,3}(\.\d{3})+$/.test(whole)) digits = whole.replace(/\./g, '');
  else if (/^\d+\.\d+$/.test(whole))
    return { problem: 'ambiguous' }; // 15.5 or 1.50
  else return { problem: 'notNumber' };
  const value = Number(digits);
  if (!Number.isSafeInteger(value) || value > MAX_RUPIAH) return { problem: 'tooBig' };
  return { value };
}
