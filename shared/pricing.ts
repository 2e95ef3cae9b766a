// The one pricing function. The renderer uses it for the live cart; the engine recomputes with it
// when a sale is committed and is the authority. Later issues add discounts, tax and rounding here.

export interface PricingLine {
  /** Price per unit (per kg for weighed goods), whole rupiah. */
  unitPrice: number;
  /** Quantity in milli-units: 2 pcs = 2000, 1.25 kg = 1250. */
  qtyMilli: number;
}

export interface PricedLine extends PricingLine {
  lineTotal: number;
}

export interface PricedCart {
  lines: PricedLine[];
  subtotal: number;
  total: number;
}

/** Price x quantity, rounded half-up to the rupiah once per line (integer arithmetic only). */
export function lineTotal(unitPrice: number, qtyMilli: number): number {
  return Math.floor((unitPrice * qtyMilli + 500) / 1000);
}

export function priceCart(lines: readonly PricingLine[]): PricedCart {
  const priced = lines.map((line) => ({ ...line, lineTotal: lineTotal(line.unitPrice, line.qtyMilli) }));
  const subtotal = priced.reduce((sum, line) => sum + line.lineTotal, 0);
  return { lines: priced, subtotal, total: subtotal };
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
