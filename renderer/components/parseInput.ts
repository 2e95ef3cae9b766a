// Parsing of what the cashier types, kept free of React so it can be unit tested.
import { MAX_QTY_MILLI } from '../../shared/quantity';
import type { MessageKey } from '../i18n';

export type WeightResult = { ok: true; qtyMilli: number } | { ok: false; error: MessageKey };

/**
 * `1,25` or `1.25` kilograms to milli-units (1250) with string arithmetic, so no float rounding
 * sneaks in. Both separators are decimals: scales show `1,250` meaning one and a quarter kilo.
 */
export function parseWeightKg(text: string): WeightResult {
  const match = /^(\d*)(?:[.,](\d*))?$/.exec(text.trim());
  const whole = match?.[1] ?? '';
  const fraction = match?.[2] ?? '';
  if (!match || (whole === '' && fraction === '') || fraction.length > 3) {
    return { ok: false, error: 'weight.invalid' };
  }
  if (whole.replace(/^0+/, '').length > 5) return { ok: false, error: 'weight.tooLarge' };
  const qtyMilli = Number(whole || '0') * 1000 + Number(fraction.padEnd(3, '0'));
  if (qtyMilli <= 0) return { ok: false, error: 'weight.zero' };
  if (qtyMilli > MAX_QTY_MILLI) return { ok: false, error: 'weight.tooLarge' };
  return { ok: true, qtyMilli };
}

/** Above these a typed quantity is probably a slip (a code typed into the quantity): ask first. */
export const LARGE_QTY_MILLI = { pieces: 1_000_000, weight: 100_000 } as const;

/** True for more than 1.000 pieces or more than 100 kg on one line. */
export function isLargeQty(qtyMilli: number, soldByWeight: boolean): boolean {
  return qtyMilli > (soldByWeight ? LARGE_QTY_MILLI.weight : LARGE_QTY_MILLI.pieces);
}
