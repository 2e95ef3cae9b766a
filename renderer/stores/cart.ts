// The live cart. Money is never computed here: totals come from the shared priceCart, the same
// function the engine uses when it commits the sale (and the engine's numbers win).
import { useMemo } from 'react';
import { create } from 'zustand';
import type { Buyer, PaymentSettings, Product } from '../../shared/contract';
import { formatMessage } from '../../shared/messages';
import {
  type Discount,
  lineGross,
  type PricedCart,
  PricingError,
  priceCart,
  TAX_OFF,
  type TaxSettings,
} from '../../shared/pricing';
import { MAX_QTY_MILLI } from '../../shared/quantity';
import { reductionOf } from '../../shared/settlement';
import { useLang } from '../i18n';
import { usePaymentSettings } from './paymentSettings';

export interface CartLine {
  product: Product;
  /** 2 pcs = 2000, 1.25 kg = 1250. */
  qtyMilli: number;
  /** A price the cashier typed over the list price; absent: the list price. */
  unitPrice?: number;
  priceReason?: string;
  discount?: Discount;
  discountReason?: string;
}

export interface CartState {
  lines: CartLine[];
  orderDiscount?: Discount;
  orderDiscountReason?: string;
  /** Walk-in when null. */
  buyer: Buyer | null;
  /** The reseller tier's prices by product id, for the lines in the cart. */
  tierPrices: Record<number, number>;
  /**
   * When the cart got its first line (ISO instant): the engine keeps the prices the cart showed
   * from then on, should a catalogue package change them while the buyer waits.
   */
  startedAt?: string;
  /** Same piece product again adds to its line; weighed goods are a new line per weighing. */
  add: (product: Product, qtyMilli?: number) => void;
  /** Zero or less removes the line. */
  setQty: (index: number, qtyMilli: number) => void;
  /** `undefined` goes back to the list price. */
  setPrice: (index: number, unitPrice: number | undefined, reason?: string) => void;
  setLineDiscount: (index: number, discount: Discount | undefined, reason?: string) => void;
  setOrderDiscount: (discount: Discount | undefined, reason?: string) => void;
  setBuyer: (buyer: Buyer | null, tierPrices?: Record<number, number>) => void;
  addTierPrices: (prices: Record<number, number>) => void;
  remove: (index: number) => void;
  /** Replaces the whole cart (a parked cart coming back). */
  load: (
    cart: Pick<CartState, 'lines' | 'orderDiscount' | 'orderDiscountReason' | 'buyer' | 'tierPrices'>,
  ) => void;
  clear: () => void;
}

const clampQty = (qtyMilli: number) => Math.min(Math.round(qtyMilli), MAX_QTY_MILLI);

/** A zero discount is no discount. */
const realDiscount = (discount: Discount | undefined): Discount | undefined =>
  discount && (discount.kind === 'amount' ? discount.value : discount.bp) > 0 ? discount : undefined;

const EMPTY = {
  lines: [],
  orderDiscount: undefined,
  orderDiscountReason: undefined,
  buyer: null,
  tierPrices: {},
  startedAt: undefined,
};

export const useCart = create<CartState>()((set) => ({
  ...EMPTY,
  add: (product, qtyMilli = 1000) =>
    set(({ lines, startedAt }) => {
      if (qtyMilli <= 0) return { lines };
      const at = product.soldByWeight ? -1 : lines.findIndex((line) => line.product.id === product.id);
      if (at === -1) {
        return {
          lines: [...lines, { product, qtyMilli: clampQty(qtyMilli) }],
          startedAt: lines.length === 0 || startedAt === undefined ? new Date().toISOString() : startedAt,
        };
      }
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
  setPrice: (index, unitPrice, reason) =>
    set(({ lines }) => ({
      lines: lines.map((line, i) =>
        i === index
          ? { ...line, unitPrice, priceReason: unitPrice === undefined ? undefined : reason }
          : line,
      ),
    })),
  setLineDiscount: (index, discount, reason) =>
    set(({ lines }) => ({
      lines: lines.map((line, i) => {
        if (i !== index) return line;
        const real = realDiscount(discount);
        return { ...line, discount: real, discountReason: real ? reason : undefined };
      }),
    })),
  setOrderDiscount: (discount, reason) => {
    const real = realDiscount(discount);
    set({ orderDiscount: real, orderDiscountReason: real ? reason : undefined });
  },
  setBuyer: (buyer, tierPrices = {}) => set({ buyer, tierPrices: buyer?.tier ? tierPrices : {} }),
  addTierPrices: (prices) =>
    set(({ tierPrices, buyer }) => (buyer?.tier ? { tierPrices: { ...tierPrices, ...prices } } : {})),
  remove: (index) => set(({ lines }) => ({ lines: lines.filter((_, i) => i !== index) })),
  // A cart that comes back (parked, or after a reload) has today's prices: it starts again now.
  load: (cart) => set({ ...cart, startedAt: cart.lines.length > 0 ? new Date().toISOString() : undefined }),
  clear: () => set({ ...EMPTY }),
}));

/** The price a line sells at before a cashier's edit: the reseller's tier price or the catalogue's. */
export function listPriceOf(line: CartLine, tierPrices: Readonly<Record<number, number>>): number {
  return tierPrices[line.product.id] ?? line.product.price;
}

export function unitPriceOf(line: CartLine, tierPrices: Readonly<Record<number, number>>): number {
  return line.unitPrice ?? listPriceOf(line, tierPrices);
}

export function taxOf(settings: Pick<PaymentSettings, 'taxMode' | 'taxRateBp'> | null): TaxSettings {
  return settings ? { mode: settings.taxMode, rateBp: settings.taxRateBp } : TAX_OFF;
}

type PricingState = Pick<CartState, 'lines' | 'orderDiscount' | 'tierPrices'>;

/** Prices the cart with its discounts, the tier prices and the booth's PPN setting. */
export function cartTotals(cart: PricingState, tax: TaxSettings = TAX_OFF): PricedCart {
  return priceCart(
    cart.lines.map((line) => ({
      unitPrice: unitPriceOf(line, cart.tierPrices),
      qtyMilli: line.qtyMilli,
      discount: line.discount,
    })),
    { orderDiscount: cart.orderDiscount, tax },
  );
}

/** What the cart takes off list prices, against the sale at list prices (the cashier's limit). */
export function cartReduction(cart: PricingState, priced: PricedCart) {
  return reductionOf(
    cart.lines.map((line) => ({
      listPrice: listPriceOf(line, cart.tierPrices),
      unitPrice: unitPriceOf(line, cart.tierPrices),
      qtyMilli: line.qtyMilli,
    })),
    priced,
  );
}

/** Discounts clamped to what they can take, so a cart mid-edit still has numbers to show. */
function clamped(cart: PricingState): PricingState {
  return {
    ...cart,
    lines: cart.lines.map((line) => {
      if (line.discount?.kind !== 'amount') return line;
      const gross = lineGross(unitPriceOf(line, cart.tierPrices), line.qtyMilli);
      return { ...line, discount: { kind: 'amount', value: Math.min(line.discount.value, gross) } };
    }),
    orderDiscount: undefined,
  };
}

export interface CartPricing {
  totals: PricedCart;
  /** Why the cart cannot be sold as it is (a discount bigger than the price), or null. */
  problem: string | null;
}

export function priceCartState(cart: PricingState, tax: TaxSettings): CartPricing {
  try {
    return { totals: cartTotals(cart, tax), problem: null };
  } catch (error) {
    if (!(error instanceof PricingError)) throw error;
    return {
      totals: cartTotals(clamped(cart), tax),
      problem: formatMessage(useLang.getState().lang, error.ref.key) ?? error.message,
    };
  }
}

/** The booth's PPN setting as pricing needs it. */
export function useTax(): TaxSettings {
  const settings = usePaymentSettings((s) => s.settings);
  return useMemo(() => taxOf(settings), [settings]);
}

/** Memoised so the priced object only changes when the cart does (zustand needs stable snapshots). */
export function useCartPricing(): CartPricing {
  const lines = useCart((s) => s.lines);
  const orderDiscount = useCart((s) => s.orderDiscount);
  const tierPrices = useCart((s) => s.tierPrices);
  const tax = useTax();
  return useMemo(
    () => priceCartState({ lines, orderDiscount, tierPrices }, tax),
    [lines, orderDiscount, tierPrices, tax],
  );
}

export function useCartTotals(): PricedCart {
  return useCartPricing().totals;
}
