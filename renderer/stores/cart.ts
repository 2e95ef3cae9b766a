// The live cart. Money is never computed here: totals come from the shared priceCart, the same
// function the engine uses when it commits the sale (and the engine's numbers win).
import { useMemo } from 'react';
import { create } from 'zustand';
import type { Product } from '../../shared/contract';
import { type PricedCart, priceCart } from '../../shared/pricing';
import { MAX_QTY_MILLI } from '../../shared/quantity';

export interface CartLine {
  product: Product;
  /** 2 pcs = 2000, 1.25 kg = 1250. */
  qtyMilli: number;
}

interface CartState {
  lines: CartLine[];
  /** Same piece product again adds to its line; weighed goods are a new line per weighing. */
  add: (product: Product, qtyMilli?: number) => void;
  /** Zero or less removes the line. */
  setQty: (index: number, qtyMilli: number) => void;
  remove: (index: number) => void;
  clear: () => void;
}

const clampQty = (qtyMilli: number) => Math.min(Math.round(qtyMilli), MAX_QTY_MILLI);

export const useCart = create<CartState>()((set) => ({
  lines: [],
  add: (product, qtyMilli = 1000) =>
    set(({ lines }) => {
      if (qtyMilli <= 0) return { lines };
      const at = product.soldByWeight ? -1 : lines.findIndex((line) => line.product.id === product.id);
      if (at === -1) return { lines: [...lines, { product, qtyMilli: clampQty(qtyMilli) }] };
      return {
        lines: lines.map((line, i) =>
          i === at ? { ...line, qtyMilli: clampQty(line.qtyMilli + qtyMilli) } : line,
        ),
      };
    }),
  setQty: (index, qtyMilli) =>
    set(({ lines }) => ({
      lines:
        qtyMilli <= 0
          ? lines.filter((_, i) => i !== index)
          : lines.map((line, i) => (i === index ? { ...line, qtyMilli: clampQty(qtyMilli) } : line)),
    })),
  remove: (index) => set(({ lines }) => ({ lines: lines.filter((_, i) => i !== index) })),
  clear: () => set({ lines: [] }),
}));

/** Prices the cart lines at their catalogue price. */
export function cartTotals(lines: readonly CartLine[]): PricedCart {
  return priceCart(lines.map((line) => ({ unitPrice: line.product.price, qtyMilli: line.qtyMilli })));
}

/** Memoised so the priced object only changes when the lines do (zustand needs stable snapshots). */
export function useCartTotals(): PricedCart {
  const lines = useCart((s) => s.lines);
  return useMemo(() => cartTotals(lines), [lines]);
}
