// The cart in progress, kept by the engine as the cashier works, so a reload of the page or a crash
// of the window loses nothing: like a parked cart, but automatic and without a label. One per till
// and person; a sale by that person on this till ends it in the sale's own transaction (trigger in
// migration 018), and a save that arrives late for the cart just sold is ignored.
import type { CurrentCart, DiscountInput, ParsedInput, ResumedLine } from '../../../shared/contract';
import { ref } from '../../../shared/messages';
import { formatQty, toQtyMilli } from '../../../shared/quantity';
import type { Actor, EngineContext } from '../context';
import { findProduct } from './parkedCarts';

type Ctx = Pick<EngineContext, 'db' | 'device' | 'now'>;

/** What is stored: the lines as the till holds them (quantities in thousandths). */
interface StoredCart {
  lines: {
    productId: number;
    qtyMilli: number;
    unitPrice?: number;
    priceReason?: string;
    discount?: DiscountInput;
    discountReason?: string;
  }[];
  orderDiscount?: DiscountInput;
  orderDiscountReason?: string;
  buyerId?: number;
}

/** Whose cart: the person signed in. The command line (the system) has no till and no cart. */
function personOf(actor: Actor): number | null {
  return actor.kind === 'user' ? actor.userId : null;
}

interface Row {
  cartId: string;
  cart: string;
  soldCartId: string | null;
}

function rowOf(ctx: Ctx, userId: number): Row | undefined {
  return ctx.db
    .prepare(
      'SELECT cart_id AS cartId, cart, sold_cart_id AS soldCartId FROM current_carts WHERE device = ? AND user_id = ?',
    )
    .get(ctx.device.device, userId) as Row | undefined;
}

/**
 * Stores the cart as it is now (an empty one too: it names the new cart, so the sale of it is
 * recognised). A save for the cart this person last sold here (it was on its way while the sale was
 * stored) changes nothing: `saved` is false.
 */
export function saveCurrentCart(ctx: Ctx, input: ParsedInput<'cart.save'>, actor: Actor): { saved: boolean } {
  const userId = personOf(actor);
  if (userId === null) return { saved: false };
  return ctx.db
    .transaction(() => {
      const row = rowOf(ctx, userId);
      if (row && row.soldCartId === input.cartId) return { saved: false };
      const cart: StoredCart = {
        lines: input.lines.map((line) => ({
          productId: line.productId,
          qtyMilli: toQtyMilli(line.qty) ?? 0,
          ...(line.unitPrice !== undefined
            ? { unitPrice: line.unitPrice, priceReason: line.priceReason }
            : {}),
          ...(line.discount ? { discount: line.discount, discountReason: line.discountReason } : {}),
        })),
        ...(input.orderDiscount
          ? { orderDiscount: input.orderDiscount, orderDiscountReason: input.orderDiscountReason }
          : {}),
        ...(input.buyerId !== undefined ? { buyerId: input.buyerId } : {}),
      };
      ctx.db
        .prepare(
          `INSERT INTO current_carts (device, user_id, cart_id, cart, updated_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (device, user_id) DO UPDATE SET cart_id = excluded.cart_id, cart = excluded.cart,
             updated_at = excluded.updated_at`,
        )
        .run(ctx.device.device, userId, input.cartId, JSON.stringify(cart), ctx.now().toISOString());
      return { saved: true };
    })
    .immediate();
}

/**
 * The person's cart in progress on this till, with today's products and prices (a price the cashier
 * typed is kept); products no longer sold are left out and named. Null when there is none.
 */
export function currentCart(ctx: Ctx, actor: Actor): CurrentCart | null {
  const userId = personOf(actor);
  if (userId === null) return null;
  const row = rowOf(ctx, userId);
  if (!row || row.soldCartId === row.cartId) return null;
  const stored = JSON.parse(row.cart) as StoredCart;
  const lines: ResumedLine[] = [];
  const dropped: CurrentCart['dropped'] = [];
  for (const line of stored.lines) {
    const product = findProduct(ctx.db, line.productId);
    if (!product?.active) {
      const name = product?.name ?? `#${line.productId}`;
      const qty = formatQty(line.qtyMilli, product?.soldByWeight ?? false);
      dropped.push({ name, message: ref('afterSale.lineNotSoldAnyMore', { name, qty }) });
      continue;
    }
    lines.push({
      product,
      qtyMilli: line.qtyMilli,
      unitPrice: line.unitPrice ?? null,
      priceReason: line.priceReason ?? null,
      discount: line.discount ?? null,
      discountReason: line.discountReason ?? null,
      priceChange: null,
    });
  }
  if (lines.length === 0 && dropped.length === 0) return null;
  return {
    cartId: row.cartId,
    buyerId: stored.buyerId ?? null,
    orderDiscount: stored.orderDiscount ?? null,
    orderDiscountReason: stored.orderDiscountReason ?? null,
    lines,
    dropped,
  };
}
