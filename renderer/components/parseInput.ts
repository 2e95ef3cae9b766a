// Parsing of what the cashier types, kept free of React so it can be unit tested.
import { MAX_RUPIAH } from '../../shared/money';
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

const MAX_CASH_DIGITS = String(MAX_RUPIAH).length - 1;

/** Keeps only the digits of a typed cash amount (so `50.000` and `Rp 50000` both read 50000). */
export function parseCash(text: string): number {
  const digits = text.replace(/\D/g, '').replace(/^0+/, '').slice(0, MAX_CASH_DIGITS);
  return digits === '' ? 0 : Number(digits);
}
