// The one pricing function. The renderer uses it for the live cart; the engine recomputes with it
// when a sale is committed and is the authority. All arithmetic is on integers: rupiah, milli-units
// and basis points (1 bp = 0.01%), rounding half-up where a division leaves a fraction.
import { allocate } from './allocate';
import { formatMessage, type MessageKey } from './messages';

export { allocate };

export type Discount = { kind: 'amount'; value: number } | { kind: 'percent'; bp: number };

/**
 * PPN. `rateBp` is the effective rate in basis points: 12% on a base of 11/12 is 1100. Inclusive
 * prices already hold the tax (PPN = price x 11/111 at 11%); exclusive prices get it added.
 */
export interface TaxSettings {
  mode: 'off' | 'inclusive' | 'exclusive';
  rateBp: number;
}

export const TAX_OFF: TaxSettings = { mode: 'off', rateBp: 0 };

export interface PricingLine {
  /** Price per unit (per kg for weighed goods), whole rupiah. */
  unitPrice: number;
  /** Quantity in milli-units: 2 pcs = 2000, 1.25 kg = 1250. */
  qtyMilli: number;
  discount?: Discount;
}

export interface PricingOptions {
  orderDiscount?: Discount;
  tax?: TaxSettings;
}

export interface PricedLine extends PricingLine {
  /** Price x quantity, before any discount. */
  gross: number;
  lineDiscount: number;
  /** This line's part of the order discount, so DPP and PPN can be stored per line. */
  orderDiscountShare: number;
  /** Tax base (DPP). */
  dpp: number;
  ppn: number;
  /** What the line adds to the total: gross - discounts (+ PPN when prices exclude it). */
  lineTotal: number;
}

export interface PricedCart {
  lines: PricedLine[];
  /** Sum of gross line amounts. */
  subtotal: number;
  lineDiscounts: number;
  orderDiscount: number;
  /** lineDiscounts + orderDiscount. */
  discountTotal: number;
  dpp: number;
  ppn: number;
  total: number;
}

/** A refused discount: `message` is Indonesian; `ref` is the same message as a catalogue key. */
export class PricingError extends Error {
  readonly ref: { key: MessageKey };
  constructor(key: MessageKey) {
    super(formatMessage('id', key) ?? key);
    this.ref = { key };
  }
}

/** a x b / c rounded half-up, for non-negative integers (exact while a x b stays below 2^53). */
function mulDivHalfUp(a: number, b: number, c: number): number {
  return Math.floor((a * b * 2 + c) / (c * 2));
}

/** Price x quantity, rounded half-up to the rupiah once per line. */
export function lineGross(unitPrice: number, qtyMilli: number): number {
  return mulDivHalfUp(unitPrice, qtyMilli, 1000);
}

/** The rupiah a discount takes off `base`; refuses one larger than the base. */
export function discountAmount(base: number, discount: Discount | undefined): number {
  if (!discount) return 0;
  if (discount.kind === 'amount') {
    if (!Number.isSafeInteger(discount.value) || discount.value < 0)
      throw new PricingError('sales.discountWhole');
    if (discount.value > base) throw new PricingError('sales.discountOverPrice');
    return discount.value;
  }
  if (!Number.isSafeInteger(discount.bp) || discount.bp < 0 || discount.bp > 10_000) {
    throw new PricingError('sales.discountPercentRange');
  }
  return mulDivHalfUp(base, discount.bp, 10_000);
}

function taxOf(net: number, tax: TaxSettings): { dpp: number; ppn: number; lineTotal: number } {
  if (tax.mode === 'off' || tax.rateBp === 0) return { dpp: net, ppn: 0, lineTotal: net };
  if (tax.mode === 'inclusive') {
    const ppn = mulDivHalfUp(net, tax.rateBp, 10_000 + tax.rateBp);
    return { dpp: net - ppn, ppn, lineTotal: net };
  }
  const ppn = mulDivHalfUp(net, tax.rateBp, 10_000);
  return { dpp: net, ppn, lineTotal: net + ppn };
}

export function priceCart(lines: readonly PricingLine[], options: PricingOptions = {}): PricedCart {
  const tax = options.tax ?? TAX_OFF;
  const afterLine = lines.map((line) => {
    const gross = lineGross(line.unitPrice, line.qtyMilli);
    const lineDiscount = discountAmount(gross, line.discount);
    return { line, gross, lineDiscount, net: gross - lineDiscount };
  });
  const netSum = afterLine.reduce((sum, l) => sum + l.net, 0);
  const orderDiscount = discountAmount(netSum, options.orderDiscount);
  const shares = allocate(
    orderDiscount,
    afterLine.map((l) => l.net),
  );
  const priced = afterLine.map(({ line, gross, lineDiscount, net }, i) => {
    const orderDiscountShare = shares[i] ?? 0;
    return { ...line, gross, lineDiscount, orderDiscountShare, ...taxOf(net - orderDiscountShare, tax) };
  });
  const sum = (pick: (l: PricedLine) => number) => priced.reduce((acc, l) => acc + pick(l), 0);
  const lineDiscounts = sum((l) => l.lineDiscount);
  return {
    lines: priced,
    subtotal: sum((l) => l.gross),
    lineDiscounts,
    orderDiscount,
    discountTotal: lineDiscounts + orderDiscount,
    dpp: sum((l) => l.dpp),
    ppn: sum((l) => l.ppn),
    total: sum((l) => l.lineTotal),
  };
}

/** What cash rounding to `unit` (100 or 500; 0 = off) adds to `total`, nearest and half-up. */
export function cashRounding(total: number, unit: number): number {
  if (unit <= 0) return 0;
  return Math.floor((total + unit / 2) / unit) * unit - total;
}

/** Change due for a cash payment, or null when the cash does not cover the total. */
export function cashChange(total: number, tendered: number): number | null {
  return tendered >= total ? tendered - total : null;
}

/** Quick cash buttons: the exact amount, then the next round notes a buyer is likely to hand over. */
export function quickCashAmounts(total: number): number[] {
  const notes = [20_000, 50_000, 100_000];
  const amounts = [total];
  for (const note of notes) {
    const next = Math.ceil(total / note) * note;
    if (next > total && !amounts.includes(next)) amounts.push(next);
  }
  return amounts.sort((a, b) => a - b).slice(0, 4);
}
