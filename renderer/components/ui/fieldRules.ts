// What money and quantity fields accept, kept free of React so it can be unit tested. Each refusal
// is an i18n key the field shows in place, under itself, so the person reads why at once.
import { formatNumber, MAX_RUPIAH } from '../../../shared/money';
import { formatQty, MAX_QTY_MILLI } from '../../../shared/quantity';
import type { MessageKey } from '../../i18n';

export type Read<T> = { ok: true; value: T } | { ok: false; error: MessageKey };

/** Dots (or spaces) grouping thousands the Indonesian way: `1.000.000`, `20 000`. */
const GROUPED = /^\d{1,3}([.\s]\d{3})+$/;

/**
 * A whole rupiah amount: `25000`, `25.000`, `Rp 25.000`. Rupiah has no cents, so a comma (or a dot
 * that does not group thousands) is refused rather than guessed at; so is a negative amount.
 */
export function readMoney(text: string, options: { optional?: boolean } = {}): Read<number | null> {
  const plain = text.trim().replace(/^rp\.?\s*/i, '');
  if (plain === '') {
    return options.optional ? { ok: true, value: null } : { ok: false, error: 'ui.money.required' };
  }
  if (/^[-−]/.test(plain)) return { ok: false, error: 'ui.money.negative' };
  if (!/^\d+$/.test(plain) && !GROUPED.test(plain)) return { ok: false, error: 'ui.money.invalid' };
  const digits = plain.replace(/[.\s]/g, '').replace(/^0+(?=\d)/, '');
  if (digits.length > String(MAX_RUPIAH).length || Number(digits) > MAX_RUPIAH) {
    return { ok: false, error: 'ui.money.tooLarge' };
  }
  return { ok: true, value: Number(digits) };
}

/** A required amount: like readMoney, but never null. */
export function readRupiah(text: string): Read<number> {
  const read = readMoney(text);
  if (!read.ok) return read;
  return read.value === null ? { ok: false, error: 'ui.money.required' } : { ok: true, value: read.value };
}

/** `25.000` for the field once the person leaves it; what cannot be read stays as typed. */
export function showMoney(text: string): string {
  const read = readMoney(text, { optional: true });
  return read.ok && read.value !== null ? formatNumber(read.value) : text;
}

export interface QtyRules {
  /** Weighed goods may have up to 3 decimals; pieces are whole. */
  soldByWeight: boolean;
  /** Adjustments may be negative. */
  signed?: boolean;
  /** Counts may be zero (a low-stock level of 0). */
  zero?: boolean;
}

/**
 * A quantity into milli-units (1,25 kg → 1250) with string arithmetic, so no float sneaks in. A comma
 * is the decimal mark; a dot is one too (`1.25`) unless it groups thousands of pieces (`10.000`) or
 * stands before a comma (`1.234,5`). At most 10.000 on a line, as the engine holds it.
 */
export function readQty(text: string, rules: QtyRules): Read<number> {
  let plain = text.trim().replace(/\s/g, '');
  let sign = 1;
  if (/^[-−]/.test(plain)) {
    if (!rules.signed) return { ok: false, error: 'ui.qty.negative' };
    sign = -1;
    plain = plain.slice(1);
  } else if (plain.startsWith('+')) {
    plain = plain.slice(1);
  }
  if (plain === '') return { ok: false, error: 'ui.qty.invalid' };
  if (plain.includes(',')) {
    // `1.234,5`: dots group, the comma is the decimal mark.
    const [whole = '', fraction = '', ...rest] = plain.split(',');
    if (rest.length > 0 || (whole.includes('.') && !GROUPED.test(whole)))
      return { ok: false, error: 'ui.qty.invalid' };
    plain = `${whole.replace(/\./g, '')}.${fraction}`;
  } else if (!rules.soldByWeight && GROUPED.test(plain)) {
    plain = plain.replace(/\./g, '');
  }
  const match = /^(\d*)(?:\.(\d*))?$/.exec(plain);
  const whole = (match?.[1] ?? '').replace(/^0+(?=\d)/, '');
  const fraction = (match?.[2] ?? '').replace(/0+$/, '');
  if (!match || (match[1] === '' && (match[2] ?? '') === '')) return { ok: false, error: 'ui.qty.invalid' };
  if (fraction.length > 0 && !rules.soldByWeight) return { ok: false, error: 'ui.qty.whole' };
  if (fraction.length > 3) return { ok: false, error: 'ui.qty.decimals' };
  if (whole.length > 6) return { ok: false, error: 'ui.qty.tooLarge' };
  const milli = Number(whole || '0') * 1000 + Number(fraction.padEnd(3, '0'));
  if (milli > MAX_QTY_MILLI) return { ok: false, error: 'ui.qty.tooLarge' };
  if (milli === 0 && !rules.zero) return { ok: false, error: 'ui.qty.positive' };
  return { ok: true, value: milli === 0 ? 0 : sign * milli };
}

/** `10.000` pieces or `1,250` kg for the field once the person leaves it. */
export function showQty(text: string, rules: QtyRules): string {
  const read = readQty(text, rules);
  return read.ok ? formatQty(read.value, rules.soldByWeight) : text;
}

/** What the engine takes: a number with at most three decimals. */
export function qtyOf(qtyMilli: number): number {
  return qtyMilli / 1000;
}
