// Parsing of what the cashier types, kept free of React so it can be unit tested.
import { formatNumber, MAX_RUPIAH } from '../../shared/money';
import { MAX_QTY_MILLI } from '../../shared/quantity';
import type { MessageKey, Params } from '../i18n';

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

export type QtyResult = { ok: true; qtyMilli: number } | { ok: false; error: MessageKey; params?: Params };

/**
 * Pieces typed in a cart line: a whole number, thousands possibly grouped (`1.000`). A minus or a
 * zero says "more than 0"; a whole number over the line limit says the limit, not "whole number".
 */
export function parsePieces(text: string): QtyResult {
  const trimmed = text.trim();
  if (/^[-\u2212]\s*\d/.test(trimmed)) return { ok: false, error: 'line.qtyZero' };
  const whole = trimmed.replace(/\./g, '');
  if (!/^\d+$/.test(whole)) return { ok: false, error: 'line.qtyInvalid' };
  const digits = whole.replace(/^0+/, '');
  if (digits === '') return { ok: false, error: 'line.qtyZero' };
  const maxPieces = MAX_QTY_MILLI / 1000;
  if (digits.length > String(maxPieces).length || Number(digits) > maxPieces) {
    return { ok: false, error: 'line.qtyTooLarge', params: { max: formatNumber(maxPieces) } };
  }
  return { ok: true, qtyMilli: Number(digits) * 1000 };
}

/** Above these a typed quantity is probably a slip (a code typed into the quantity): ask first. */
export const LARGE_QTY_MILLI = { pieces: 1_000_000, weight: 100_000 } as const;

/** True for more than 1.000 pieces or more than 100 kg on one line. */
export function isLargeQty(qtyMilli: number, soldByWeight: boolean): boolean {
  return qtyMilli > (soldByWeight ? LARGE_QTY_MILLI.weight : LARGE_QTY_MILLI.pieces);
}

export type PriceResult = { ok: true; price: number | undefined } | { ok: false; error: MessageKey };

const NEGATIVE = /^\s*[-\u2212]/;

/**
 * A unit price typed over the list price: empty keeps the list price (undefined); a leading minus
 * is refused rather than read as its digits.
 */
export function parseUnitPrice(text: string): PriceResult {
  if (text.trim() === '') return { ok: true, price: undefined };
  if (NEGATIVE.test(text)) return { ok: false, error: 'line.priceNegative' };
  return { ok: true, price: parseCash(text) };
}

/** The price field as it is typed: digits grouped (`12.500`), a leading minus kept so it can be refused. */
export function priceDraft(text: string): string {
  if (text === '') return '';
  if (!NEGATIVE.test(text)) return formatNumber(parseCash(text));
  const rest = text.replace(NEGATIVE, '');
  return /\d/.test(rest) ? `-${formatNumber(parseCash(rest))}` : '-';
}
