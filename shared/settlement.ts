// How a priced sale is paid: split payments over cash, QRIS, bank transfer and card (EDC), the cash
// rounding, and the cashier's discount limit. Pure integer arithmetic shared by the till (live
// numbers) and the engine (the authority when the sale is committed).

import { formatMessage, type MessageKey, type MessageParams, type MessageRef } from './messages';
import { formatRupiah } from './money';
import { cashRounding, lineGross, type PricedCart } from './pricing';
import type { PaymentMethod } from './saleKinds';

export { PAYMENT_METHODS, type PaymentMethod } from './saleKinds';

/** Cash rounding units a booth may choose; 0 is off. */
export const ROUNDING_UNITS = [0, 100, 500] as const;

/** What the buyer handed over by one method. For cash, `amount` is the money received (tendered). */
export interface Tender {
  method: PaymentMethod;
  amount: number;
  reference?: string | null;
}

export interface SettledPayment {
  method: PaymentMethod;
  /** The part of the bill this payment covers. */
  amount: number;
  /** Money received: more than `amount` only for cash. */
  tendered: number;
  change: number;
  reference: string | null;
}

export interface Settlement {
  /** Added to the priced total by cash rounding (negative when rounded down). */
  rounding: number;
  /** What the buyer pays: the priced total plus the rounding. */
  total: number;
  /** Everything received, cash as tendered. */
  paid: number;
  change: number;
  payments: SettledPayment[];
}

/** A refused payment: `message` is Indonesian; `ref` is the same message as a catalogue key + params. */
export class SettlementError extends Error {
  readonly ref: MessageRef & { key: MessageKey };
  constructor(
    readonly reason: 'short' | 'invalid',
    key: MessageKey,
    params?: MessageParams,
  ) {
    super(formatMessage('id', key, params) ?? key);
    this.name = 'SettlementError';
    this.ref = params ? { key, params } : { key };
  }
}

const nonCashSum = (tenders: readonly Tender[]) =>
  tenders.reduce((sum, t) => (t.method === 'cash' ? sum : sum + t.amount), 0);

/**
 * What is left for cash once the non-cash parts are in, and the rounding that applies to it.
 * Rounding touches only the cash part: QRIS, transfer and card settle exact rupiah, and only cash
 * lacks small coins. A sale paid without cash is never rounded.
 */
export function cashDue(total: number, tenders: readonly Tender[], roundingUnit: number) {
  const left = Math.max(0, total - nonCashSum(tenders));
  const rounding = left > 0 ? cashRounding(left, roundingUnit) : 0;
  return { left, rounding, due: left + rounding };
}

/**
 * Settles `total` (the priced total, before rounding) with the tenders, or throws SettlementError
 * with an Indonesian message. Change is only ever given from cash: non-cash parts may not exceed
 * what is due, and the sale completes only when paid in full.
 */
export function settle(total: number, tenders: readonly Tender[], roundingUnit: number): Settlement {
  if (tenders.length === 0) throw new SettlementError('short', 'sales.noPaymentYet');
  const cash = tenders.filter((t) => t.method === 'cash');
  if (cash.length > 1) throw new SettlementError('invalid', 'sales.oneCashPayment');
  for (const t of tenders) {
    if (!Number.isSafeInteger(t.amount) || t.amount < 0) {
      throw new SettlementError('invalid', 'sales.paymentWhole');
    }
    if (t.method !== 'cash' && t.amount === 0) {
      throw new SettlementError('invalid', 'sales.nonCashPositive');
    }
  }
  const nonCash = nonCashSum(tenders);
  if (nonCash > total) {
    throw new SettlementError('invalid', 'sales.changeOnlyFromCash', {
      nonCash: formatRupiah(nonCash),
      total: formatRupiah(total),
    });
  }
  const tenderedCash = cash[0]?.amount;
  const { left, rounding, due } = cashDue(total, tenders, roundingUnit);
  if (tenderedCash === undefined) {
    if (left > 0) {
      throw new SettlementError('short', 'sales.paymentShort', {
        left: formatRupiah(left),
        total: formatRupiah(total),
        paid: formatRupiah(nonCash),
      });
    }
  } else if (left === 0 && tenderedCash > 0) {
    throw new SettlementError('invalid', 'sales.paidWithoutCash');
  } else if (tenderedCash < due) {
    throw new SettlementError('short', 'sales.cashShort', {
      due: formatRupiah(due),
      received: formatRupiah(tenderedCash),
    });
  }

  const payments = tenders.map((t): SettledPayment => {
    const reference = t.reference?.trim() ? t.reference.trim() : null;
    if (t.method !== 'cash')
      return { method: t.method, amount: t.amount, tendered: t.amount, change: 0, reference };
    return { method: 'cash', amount: due, tendered: t.amount, change: t.amount - due, reference };
  });
  const paid = payments.reduce((sum, p) => sum + p.tendered, 0);
  const change = payments.reduce((sum, p) => sum + p.change, 0);
  return { rounding, total: total + rounding, paid, change, payments };
}

/**
 * The cashier's limit on everything taken off the list prices (discounts and lowered prices), as
 * basis points of the sale at list prices and, optionally, a rupiah cap. Above it a manager approves.
 */
export interface DiscountLimit {
  maxBp: number;
  maxRupiah: number | null;
}

export function exceedsDiscountLimit(reduction: number, base: number, limit: DiscountLimit): boolean {
  if (reduction <= 0) return false;
  if (limit.maxRupiah !== null && reduction > limit.maxRupiah) return true;
  // reduction / base > maxBp / 10000, kept in integers.
  return reduction * 10_000 > limit.maxBp * base;
}

/**
 * What the sale takes off list prices: lowered unit prices (a raised price takes nothing off) plus
 * every discount. `base` is the sale at list prices, what the percent limit is measured against.
 */
export function reductionOf(
  lines: readonly { listPrice: number; unitPrice: number; qtyMilli: number }[],
  priced: Pick<PricedCart, 'discountTotal'>,
): { base: number; reduction: number } {
  let base = 0;
  let priceCuts = 0;
  for (const line of lines) {
    const atList = lineGross(line.listPrice, line.qtyMilli);
    base += atList;
    priceCuts += Math.max(0, atList - lineGross(line.unitPrice, line.qtyMilli));
  }
  return { base, reduction: priceCuts + priced.discountTotal };
}
