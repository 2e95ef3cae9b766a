// Parked carts: the cashier holds a cart under a label, serves the next buyer, and takes it back
// later. They live in SQLite, so a restart or a power cut loses none. A resume gives back today's
// products: a catalogue price that moved while the cart waited is taken and reported per line.
import type { Database } from 'better-sqlite3';
import type {
  DiscountInput,
  ParkedCartSummary,
  ParsedInput,
  ResumedCart,
  ResumedLine,
} from '../../../shared/contract';
import { ref } from '../../../shared/messages';
import { lineGross, PricingError, priceCart } from '../../../shared/pricing';
import { formatQty, toQtyMilli } from '../../../shared/quantity';
import { PRODUCT_COLUMNS, type ProductRow, toProduct } from '../catalog/listProducts';
import type { Actor, EngineContext } from '../context';
import { EngineError } from '../errors';

type Ctx = Pick<EngineContext, 'db' | 'device' | 'now'>;

interface StoredDiscount {
  kind: 'amount' | 'percent' | null;
  value: number | null;
}

function toStored(discount: DiscountInput | undefined): StoredDiscount {
  if (!discount) return { kind: null, value: null };
  return discount.kind === 'amount'
    ? { kind: 'amount', value: discount.value }
    : { kind: 'percent', value: discount.bp };
}

function fromStored({ kind, value }: StoredDiscount): DiscountInput | null {
  if (kind === null || value === null) return null;
  return kind === 'amount' ? { kind, value } : { kind, bp: value };
}

export function findProduct(db: Database, productId: number) {
  const row = db
    .prepare(
      `SELECT ${PRODUCT_COLUMNS} FROM products p JOIN producers u ON u.code = p.producer_code WHERE p.id = ?`,
    )
    .get(productId) as ProductRow | undefined;
  return row && toProduct(row);
}

export function saveParkedCart(ctx: Ctx, input: ParsedInput<'parked.save'>, actor: Actor): ParkedCartSummary {
  const { db } = ctx;
  const user = actor.kind === 'user' ? { id: actor.userId, name: actor.name } : { id: null, name: null };
  const id = db
    .transaction(() => {
      const lines = input.lines.map((line) => {
        const product = findProduct(db, line.productId);
        if (!product)
          throw new EngineError('NOT_FOUND', 'afterSale.productIdNotFound', { productId: line.productId });
        if (!product.active)
          throw new EngineError('PRODUCT_INACTIVE', 'afterSale.productNotSold', { name: product.name });
        const qtyMilli = toQtyMilli(line.qty) ?? 0;
        if (!product.soldByWeight && qtyMilli % 1000 !== 0) {
          throw new EngineError('INVALID_INPUT', 'afterSale.qtyWhole', { name: product.name });
        }
        return { ...line, product, qtyMilli };
      });
      // The same pricing as the sale: a discount larger than its line is refused here already.
      try {
        priceCart(
          lines.map((l) => ({
            unitPrice: l.unitPrice ?? l.product.price,
            qtyMilli: l.qtyMilli,
            ...(l.discount ? { discount: l.discount } : {}),
          })),
          input.orderDiscount ? { orderDiscount: input.orderDiscount } : {},
        );
      } catch (error) {
        if (error instanceof PricingError) throw EngineError.from('INVALID_INPUT', error.ref);
        throw error;
      }
      const order = toStored(input.orderDiscount);
      const cart = db
        .prepare(
          `INSERT INTO parked_carts (label, device, buyer_id, order_discount_kind, order_discount_value,
                                     order_discount_reason, user_id, user_name, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          input.label,
          ctx.device.device,
          input.buyerId ?? null,
          order.kind,
          order.value,
          input.orderDiscountReason ?? null,
          user.id,
          user.name,
          ctx.now().toISOString(),
        );
      const cartId = Number(cart.lastInsertRowid);
      const insertLine = db.prepare(
        `INSERT INTO parked_cart_lines (cart_id, line_no, product_id, qty_milli, list_price, unit_price,
                                        price_reason, discount_kind, discount_value, discount_reason)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      lines.forEach((line, i) => {
        const discount = toStored(line.discount);
        insertLine.run(
          cartId,
          i + 1,
          line.product.id,
          line.qtyMilli,
          line.product.price,
          line.unitPrice ?? null,
          line.unitPrice === undefined ? null : (line.priceReason ?? null),
          discount.kind,
          discount.value,
          line.discountReason ?? null,
        );
      });
      return cartId;
    })
    .immediate();
  const saved = listParkedCarts(ctx).find((cart) => cart.id === id);
  if (!saved) throw new EngineError('INTERNAL', 'afterSale.cartUnreadable');
  return saved;
}

interface CartRow {
  id: number;
  label: string;
  buyerId: number | null;
  orderKind: 'amount' | 'percent' | null;
  orderValue: number | null;
  orderReason: string | null;
  userName: string | null;
  createdAt: string;
}

const CART_COLUMNS = `id, label, buyer_id AS buyerId, order_discount_kind AS orderKind,
  order_discount_value AS orderValue, order_discount_reason AS orderReason, user_name AS userName,
  created_at AS createdAt`;

interface LineRow {
  productId: number;
  name: string;
  qtyMilli: number;
  listPrice: number;
  unitPrice: number | null;
  priceReason: string | null;
  discountKind: 'amount' | 'percent' | null;
  discountValue: number | null;
  discountReason: string | null;
}

function cartLines(db: Database, cartId: number): LineRow[] {
  return db
    .prepare(
      `SELECT l.product_id AS productId, p.name, l.qty_milli AS qtyMilli, l.list_price AS listPrice,
              l.unit_price AS unitPrice, l.price_reason AS priceReason, l.discount_kind AS discountKind, l.discount_value AS discountValue,
              l.discount_reason AS discountReason
       FROM parked_cart_lines l JOIN products p ON p.id = l.product_id
       WHERE l.cart_id = ? ORDER BY l.line_no`,
    )
    .all(cartId) as LineRow[];
}

export function listParkedCarts(ctx: Ctx): ParkedCartSummary[] {
  const carts = ctx.db
    .prepare(`SELECT ${CART_COLUMNS} FROM parked_carts WHERE device = ? ORDER BY created_at, id`)
    .all(ctx.device.device) as CartRow[];
  return carts.map((cart) => {
    const lines = cartLines(ctx.db, cart.id);
    const names = lines.slice(0, 3).map((l) => l.name);
    return {
      id: cart.id,
      label: cart.label,
      lineCount: lines.length,
      preview: lines.length > 3 ? `${names.join(', ')}, …` : names.join(', '),
      amount: lines.reduce((sum, l) => sum + lineGross(l.unitPrice ?? l.listPrice, l.qtyMilli), 0),
      userName: cart.userName,
      createdAt: cart.createdAt,
    };
  });
}

function requireCart(ctx: Ctx, id: number): CartRow {
  const cart = ctx.db
    .prepare(`SELECT ${CART_COLUMNS} FROM parked_carts WHERE id = ? AND device = ?`)
    .get(id, ctx.device.device) as CartRow | undefined;
  if (!cart) {
    throw new EngineError('NOT_FOUND', 'afterSale.parkedCartGone');
  }
  return cart;
}

/** Gives the cart back and removes it from the parked list, in one transaction. */
export function resumeParkedCart(ctx: Ctx, id: number): ResumedCart {
  const { db } = ctx;
  return db
    .transaction((): ResumedCart => {
      const cart = requireCart(ctx, id);
      const lines: ResumedLine[] = [];
      const dropped: ResumedCart['dropped'] = [];
      for (const row of cartLines(db, cart.id)) {
        const product = findProduct(db, row.productId);
        if (!product?.active) {
          const qty = formatQty(row.qtyMilli, product?.soldByWeight ?? false);
          dropped.push({
            name: row.name,
            message: ref('afterSale.lineNotSoldAnyMore', { name: row.name, qty }),
          });
          continue;
        }
        // A price the cashier typed is kept; a line at the catalogue price follows the catalogue.
        const moved = row.unitPrice === null && product.price !== row.listPrice;
        lines.push({
          product,
          qtyMilli: row.qtyMilli,
          unitPrice: row.unitPrice,
          priceReason: row.priceReason,
          discount: fromStored({ kind: row.discountKind, value: row.discountValue }),
          discountReason: row.discountReason,
          priceChange: moved ? { from: row.listPrice, to: product.price } : null,
        });
      }
      db.prepare('DELETE FROM parked_carts WHERE id = ?').run(cart.id);
      return {
        id: cart.id,
        label: cart.label,
        buyerId: cart.buyerId,
        orderDiscount: fromStored({ kind: cart.orderKind, value: cart.orderValue }),
        orderDiscountReason: cart.orderReason,
        lines,
        dropped,
      };
    })
    .immediate();
}

export function deleteParkedCart(ctx: Ctx, id: number): { ok: true } {
  ctx.db
    .transaction(() => {
      requireCart(ctx, id);
      ctx.db.prepare('DELETE FROM parked_carts WHERE id = ?').run(id);
    })
    .immediate();
  return { ok: true };
}
