// Quantities typed on the stock screens: `2`, `1,25` or `1.25` (kg), `-3` for an adjustment.
// Parsed with string arithmetic into milli-units so no float rounding sneaks in.
import { MAX_QTY_MILLI } from '../../../shared/quantity';

export type QtyResult =
  | { ok: true; qtyMilli: number }
  | { ok: false; error: 'stock.qty.invalid' | 'stock.qty.whole' | 'stock.qty.tooLarge' };

export interface QtyRules {
  /** Pieces must be whole; weighed goods may have up to 3 decimals. */
  soldByWeight: boolean;
  /** Adjustments may be negative. */
  signed?: boolean;
  /** Counts may be zero. */
  zero?: boolean;
}

export function parseQty(text: string, rules: QtyRules): QtyResult {
  const match = /^([-+]?)(\d*)(?:[.,](\d*))?$/.exec(text.trim().replace(/\s/g, ''));
  const sign = match?.[1] === '-' ? -1 : 1;
  const whole = match?.[2] ?? '';
  const fraction = match?.[3] ?? '';
  if (!match || (whole === '' && fraction === '') || fraction.length > 3 || (sign < 0 && !rules.signed)) {
    return { ok: false, error: 'stock.qty.invalid' };
  }
  if (whole.replace(/^0+/, '').length > 5) return { ok: false, error: 'stock.qty.tooLarge' };
  const qtyMilli = sign * (Number(whole || '0') * 1000 + Number(fraction.padEnd(3, '0')));
  if (qtyMilli === 0 && !rules.zero) return { ok: false, error: 'stock.qty.invalid' };
  if (Math.abs(qtyMilli) > MAX_QTY_MILLI) return { ok: false, error: 'stock.qty.tooLarge' };
  if (!rules.soldByWeight && qtyMilli % 1000 !== 0) return { ok: false, error: 'stock.qty.whole' };
  return { ok: true, qtyMilli };
}

/** What the engine takes: a number with at most three decimals. */
export function qtyOf(qtyMilli: number): number {
  return qtyMilli / 1000;
}
