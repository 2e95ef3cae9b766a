// From the cart to `sales.commit`: the lines as the cashier left them (edited prices and discounts
// with their reasons), the buyer, and the payments. The engine prices it again and is the authority.
import { useRef, useState } from 'react';
import type { CommandInput, Sale, TenderInput } from '../../../shared/contract';
import { ApiError, call } from '../../api/client';
import { t } from '../../i18n';
import { type CartState, useCart } from '../../stores/cart';
import type { Approval } from './ApprovalDialog';

type CommitInput = CommandInput<'sales.commit'>;

type CartView = Pick<CartState, 'lines' | 'orderDiscount' | 'orderDiscountReason' | 'buyer' | 'startedAt'>;

/**
 * The cart as the engine takes it, for a sale and for a parked cart alike: lines with the prices
 * typed over the list and the discounts (each with its reason), the order discount, the buyer.
 */
export function cartInput(cart: CartView = useCart.getState()) {
  return {
    lines: cart.lines.map((line) => ({
      productId: line.product.id,
      qty: line.qtyMilli / 1000,
      ...(line.unitPrice !== undefined ? { unitPrice: line.unitPrice, priceReason: line.priceReason } : {}),
      ...(line.discount ? { discount: line.discount, discountReason: line.discountReason } : {}),
    })),
    ...(cart.orderDiscount
      ? { orderDiscount: cart.orderDiscount, orderDiscountReason: cart.orderDiscountReason }
      : {}),
    ...(cart.buyer ? { buyerId: cart.buyer.id } : {}),
  };
}

/**
 * The commit input for the cart as it is now; `tenders` are the payments. Each line says the
 * catalogue price the till showed, and the cart when it started, so a price changed meanwhile (a
 * catalogue package, a price for today) does not change this buyer's sale.
 */
export function commitInput(
  tenders: TenderInput[],
  approval?: Approval,
  cart: CartView = useCart.getState(),
): CommitInput {
  const input = cartInput(cart);
  return {
    ...input,
    lines: input.lines.map((line, i) => ({ ...line, listPrice: cart.lines[i]?.product.price })),
    ...(cart.startedAt ? { startedAt: cart.startedAt } : {}),
    payments: tenders,
    ...(approval ? { approval } : {}),
  };
}

export type CommitResult =
  | { kind: 'sold'; sale: Sale }
  | { kind: 'approval'; message: string }
  | { kind: 'failed'; message: string };

/** Sends a sale at most once at a time; on success the cart empties before anything else happens. */
export function useSaleCommitter() {
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // State updates are async; the ref stops a fast double Enter from sending two sales.
  const inFlight = useRef(false);

  const commit = async (input: CommitInput, options: { rethrow?: boolean } = {}): Promise<CommitResult> => {
    if (inFlight.current) return { kind: 'failed', message: '' };
    inFlight.current = true;
    setSaving(true);
    setError(null);
    try {
      const sale = await call('sales.commit', input);
      // The sale is stored: empty the cart now so closing the receipt can never sell it twice.
      useCart.getState().clear();
      return { kind: 'sold', sale };
    } catch (err) {
      // The approval dialog shows its own errors (a wrong PIN) and keeps the PIN form open.
      if (options.rethrow) throw err;
      if (err instanceof ApiError && err.code === 'APPROVAL_REQUIRED') {
        return { kind: 'approval', message: err.message };
      }
      const message = err instanceof ApiError ? err.message : t('api.unreachable');
      setError(message);
      return { kind: 'failed', message };
    } finally {
      inFlight.current = false;
      setSaving(false);
    }
  };

  return { commit, saving, error, setError };
}
