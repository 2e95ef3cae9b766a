// What the buyer should see, built from the till's cart and the payment in progress. Pure, so the
// rules (newest lines, PPN only when added on top, the QRIS only while it is to be scanned) are
// tested without a browser.
import type { DisplayView, Sale } from '../../shared/contract';
import type { PricedCart, TaxSettings } from '../../shared/pricing';
import { formatQty } from '../../shared/quantity';
import type { PayProgress } from '../components/PayDialog';
import type { CartLine } from '../stores/cart';

/** The buyer sees at most this many lines (the newest); the count says how many more. */
export const SHOWN_LINES = 12;

/** The contract's lengths: a longer text is cut, never a reason for the display to miss an update. */
const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export interface DisplayInput {
  lines: readonly CartLine[];
  totals: PricedCart;
  tax: TaxSettings;
  /** The pay dialog's progress while it is open; null otherwise. */
  payment: PayProgress | null;
  /** The QRIS merchant name from the booth's settings. */
  merchant: string | null;
  shopName: string | null;
}

function qtyText(qtyMilli: number, soldByWeight: boolean, unit: string): string {
  return cut(`${formatQty(qtyMilli, soldByWeight)} ${unit}`, 40);
}

function paidView(sale: Sale, shopName: string | undefined): DisplayView {
  return {
    state: 'paid',
    shopName,
    lines: sale.lines.slice(-SHOWN_LINES).map((l) => ({
      name: cut(l.name, 120),
      qtyText: qtyText(l.qtyMilli, l.soldByWeight, l.unit),
      amount: Math.max(0, l.lineTotal - l.lineDiscount),
    })),
    lineCount: sale.lines.length,
    discount: sale.discountTotal,
    ppn: sale.taxMode === 'exclusive' ? sale.ppn : 0,
    total: sale.total,
    due: null,
    change: sale.change,
    qris: null,
    receiptNo: sale.receiptNo,
  };
}

export function displayViewOf(input: DisplayInput): DisplayView {
  const { lines, totals, tax, payment } = input;
  const shopName = input.shopName ? cut(input.shopName, 80) : undefined;
  if (payment?.sale) return paidView(payment.sale, shopName);
  const shown = lines.slice(-SHOWN_LINES);
  const offset = lines.length - shown.length;
  return {
    state: lines.length === 0 ? 'idle' : payment ? 'paying' : 'cart',
    shopName,
    lines: shown.map((line, i) => {
      const priced = totals.lines[offset + i];
      return {
        name: cut(line.product.name, 120),
        qtyText: qtyText(line.qtyMilli, line.product.soldByWeight, line.product.unit),
        amount: Math.max(0, (priced?.gross ?? 0) - (priced?.lineDiscount ?? 0)),
      };
    }),
    lineCount: lines.length,
    discount: totals.discountTotal,
    // PPN is a line of its own only when it is added on top of the prices.
    ppn: tax.mode === 'exclusive' ? totals.ppn : 0,
    total: totals.total,
    due: payment ? payment.due : null,
    change: null,
    qris:
      payment?.qris && payment.qris.payload.length <= 512
        ? { ...payment.qris, merchant: input.merchant ? cut(input.merchant, 80) : null }
        : null,
    receiptNo: null,
  };
}
