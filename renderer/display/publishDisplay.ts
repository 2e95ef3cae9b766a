// The till's side of the customer display: what the buyer should see, built from the cart and the
// payment in progress, sent to the engine when it changes. Failures are ignored on purpose: the
// display is a courtesy, never a reason for a sale to stop.
import { useEffect, useRef } from 'react';
import type { DisplayView } from '../../shared/contract';
import { formatQty } from '../../shared/quantity';
import { call } from '../api/client';
import type { PayProgress } from '../components/PayDialog';
import { useCart, useCartTotals } from '../stores/cart';
import { usePaymentSettings } from '../stores/paymentSettings';

/** The buyer sees at most this many lines (the newest); the count says how many more. */
const SHOWN_LINES = 12;

let last = '';

export function publishDisplay(view: DisplayView): void {
  const text = JSON.stringify(view);
  if (text === last) return;
  last = text;
  void call('display.publish', view).catch(() => undefined);
}

/** Keeps the display in step with the cart, and with the payment while the pay dialog is open. */
export function useDisplayPublisher(payment: PayProgress | null): void {
  const lines = useCart((s) => s.lines);
  const totals = useCartTotals();
  const merchant = usePaymentSettings((s) => s.settings?.qrisMerchant?.name ?? null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => {
    const cartLines = lines.map((line, i) => ({
      name: line.product.name,
      qtyText: `${formatQty(line.qtyMilli, line.product.soldByWeight)} ${line.product.unit}`,
      amount: (totals.lines[i]?.gross ?? 0) - (totals.lines[i]?.lineDiscount ?? 0),
    }));
    const sold = payment?.sale ?? null;
    const view: DisplayView = sold
      ? {
          state: 'paid',
          lines: sold.lines.slice(-SHOWN_LINES).map((l) => ({
            name: l.name,
            qtyText: `${formatQty(l.qtyMilli, l.soldByWeight)} ${l.unit}`,
            amount: l.lineTotal - l.lineDiscount,
          })),
          lineCount: sold.lines.length,
          discount: sold.discountTotal,
          ppn: sold.taxMode === 'exclusive' ? sold.ppn : 0,
          total: sold.total,
          due: null,
          change: sold.change,
          qris: null,
          receiptNo: sold.receiptNo,
        }
      : {
          state: lines.length === 0 ? 'idle' : payment ? 'paying' : 'cart',
          lines: cartLines.slice(-SHOWN_LINES),
          lineCount: cartLines.length,
          discount: totals.discountTotal,
          ppn: totals.ppn !== 0 && totals.total !== totals.subtotal - totals.discountTotal ? totals.ppn : 0,
          total: totals.total,
          due: payment ? payment.due : null,
          change: null,
          qris: payment?.qris ? { ...payment.qris, merchant } : null,
          receiptNo: null,
        };
    // A burst of scans sends one update, not one per key.
    clearTimeout(timer.current);
    timer.current = setTimeout(() => publishDisplay(view), 60);
    return () => clearTimeout(timer.current);
  }, [lines, totals, payment, merchant]);
}
