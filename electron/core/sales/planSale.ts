// Works out a sale from what the till sent: products and list prices from the catalogue (or the
// reseller's tier), the cashier's price edits and discounts, PPN, and how much was taken off list
// prices. Read-only; the caller runs it again inside the sale's transaction before writing.
import type { Database } from 'better-sqlite3';
import type { Buyer, DiscountInput, ParsedInput, PaymentSettings } from '../../../shared/contract';
import { formatRupiah } from '../../../shared/money';
import { type Discount, lineGross, type PricedCart, PricingError, priceCart } from '../../../shared/pricing';
import { toQtyMilli } from '../../../shared/quantity';
import { exceedsDiscountLimit, reductionOf } from '../../../shared/settlement';
import type { ProductRow } from '../catalog/listProducts';
import { PRODUCT_COLUMNS } from '../catalog/listProducts';
import type { Actor } from '../context';
import { EngineError } from '../errors';
import { findBuyer } from '../payments/buyers';
import { taxSettingsOf } from '../payments/paymentSettings';
import { tierPriceOf } from '../payments/tierPrices';

export type SaleProduct = ProductRow & { workshopId: number | null; workshopName: string | null };

export interface PlannedLine {
  product: SaleProduct;
  qtyMilli: number;
  listPrice: number;
  unitPrice: number;
  priceSource: 'catalogue' | 'tier' | 'manual';
  priceReason: string | null;
  discount: DiscountInput | null;
  discountReason: string | null;
}

export interface SalePlan {
  lines: PlannedLine[];
  priced: PricedCart;
  buyer: Buyer | null;
  orderDiscount: DiscountInput | null;
  orderDiscountReason: string | null;
  /** Everything taken off list prices (discounts and lowered prices), and the sale at list prices. */
  reduction: number;
  base: number;
}

type SaleInput = ParsedInput<'sales.commit'>;

/** A zero discount is no discount: it needs no reason and is not stored. */
function realDiscount(discount: DiscountInput | undefined): DiscountInput | null {
  if (!discount) return null;
  return (discount.kind === 'amount' ? discount.value : discount.bp) > 0 ? discount : null;
}

function attachedBuyer(db: Database, buyerId: number | undefined): Buyer | null {
  if (buyerId === undefined) return null;
  const buyer = findBuyer(db, buyerId);
  if (!buyer) throw new EngineError('NOT_FOUND', 'sales.buyerNotFound', { buyerId });
  if (!buyer.active) throw new EngineError('INVALID_INPUT', 'sales.buyerInactive', { name: buyer.name });
  return buyer;
}

/**
 * The moments a cart's shown prices are honoured from and to (ISO instants): from when the cart
 * started to now, within one business day. Null: only the current price is a list price.
 */
export interface PriceWindow {
  from: string;
  to: string;
}

/**
 * The catalogue price the till showed (`claimed`) when it was the product's price at some moment
 * of the window: in effect when the window opened, or set within it (a package, a price for today,
 * a manager's edit). Otherwise undefined, and the current price is the list price.
 */
function honouredPrice(
  db: Database,
  window: PriceWindow | null,
  productId: number,
  current: number,
  claimed: number | undefined,
): number | undefined {
  if (claimed === undefined || claimed === current || window === null) return undefined;
  const prices = db
    .prepare(
      `SELECT price FROM (SELECT price FROM price_history WHERE product_id = @id AND effective_from <= @from
                          ORDER BY effective_from DESC, id DESC LIMIT 1)
       UNION
       SELECT price FROM price_history WHERE product_id = @id AND effective_from > @from AND effective_from <= @to`,
    )
    .pluck()
    .all({ id: productId, from: window.from, to: window.to }) as number[];
  return prices.includes(claimed) ? claimed : undefined;
}

export function planSale(
  db: Database,
  input: SaleInput,
  settings: PaymentSettings,
  window: PriceWindow | null = null,
): SalePlan {
  const buyer = attachedBuyer(db, input.buyerId);
  // The workshop is copied onto the line like the producing unit, so later edits keep history.
  const findProduct = db.prepare(
    `SELECT ${PRODUCT_COLUMNS}, p.workshop_id AS workshopId, w.name AS workshopName
     FROM products p JOIN producers u ON u.code = p.producer_code LEFT JOIN workshops w ON w.id = p.workshop_id
     WHERE p.id = ?`,
  );

  const lines = input.lines.map((line): PlannedLine => {
    const product = findProduct.get(line.productId) as SaleProduct | undefined;
    if (!product)
      throw new EngineError('NOT_FOUND', 'afterSale.productIdNotFound', { productId: line.productId });
    if (product.active !== 1) {
      throw new EngineError('PRODUCT_INACTIVE', 'afterSale.productNotSold', { name: product.name });
    }
    const qtyMilli = toQtyMilli(line.qty) ?? 0;
    if (product.soldByWeight !== 1 && qtyMilli % 1000 !== 0) {
      throw new EngineError('INVALID_INPUT', 'afterSale.qtyWhole', { name: product.name });
    }
    const tierPrice = buyer?.tier ? tierPriceOf(db, buyer.tier, product.id) : undefined;
    // A reseller's tier price is always today's; the catalogue price is the one the cart showed
    // when that is still honoured (a package applied while the cart was open changes nothing).
    const listPrice =
      tierPrice ?? honouredPrice(db, window, product.id, product.price, line.listPrice) ?? product.price;
    const unitPrice = line.unitPrice ?? listPrice;
    const edited = unitPrice !== listPrice;
    if (edited && !line.priceReason) {
      throw new EngineError('INVALID_INPUT', 'sales.priceReasonRequired', { name: product.name });
    }
    const discount = realDiscount(line.discount);
    if (discount && !line.discountReason) {
      throw new EngineError('INVALID_INPUT', 'sales.discountReasonRequired', { name: product.name });
    }
    const gross = lineGross(unitPrice, qtyMilli);
    if (discount?.kind === 'amount' && discount.value > gross) {
      throw new EngineError('INVALID_INPUT', 'sales.discountOverLine', {
        name: product.name,
        value: formatRupiah(discount.value),
        gross: formatRupiah(gross),
      });
    }
    return {
      product,
      qtyMilli,
      listPrice,
      unitPrice,
      priceSource: edited ? 'manual' : tierPrice !== undefined ? 'tier' : 'catalogue',
      priceReason: edited ? line.priceReason || null : null,
      discount,
      discountReason: discount ? line.discountReason || null : null,
    };
  });

  const orderDiscount = realDiscount(input.orderDiscount);
  if (orderDiscount && !input.orderDiscountReason) {
    throw new EngineError('INVALID_INPUT', 'sales.saleDiscountReasonRequired');
  }
  let priced: PricedCart;
  try {
    priced = priceCart(
      lines.map((l) => ({ unitPrice: l.unitPrice, qtyMilli: l.qtyMilli, discount: toDiscount(l.discount) })),
      { orderDiscount: toDiscount(orderDiscount), tax: taxSettingsOf(settings) },
    );
  } catch (error) {
    // Only the order discount is left to exceed its base: line discounts were checked above.
    if (error instanceof PricingError) {
      throw new EngineError('INVALID_INPUT', 'sales.saleDiscount', { message: error.ref });
    }
    throw error;
  }
  const { base, reduction } = reductionOf(lines, priced);
  return {
    lines,
    priced,
    buyer,
    orderDiscount,
    orderDiscountReason: orderDiscount ? input.orderDiscountReason || null : null,
    reduction,
    base,
  };
}

export function toDiscount(discount: DiscountInput | null): Discount | undefined {
  return discount ?? undefined;
}

/**
 * Whether a manager must approve: anything taken off list prices is fine for managers, admins and
 * the system (they approve themselves); a cashier may go up to the limit in the settings.
 */
export function needsManager(plan: SalePlan, settings: PaymentSettings, actor: Actor): boolean {
  if (plan.reduction <= 0) return false;
  if (actor.kind !== 'user' || actor.role !== 'cashier') return false;
  return exceedsDiscountLimit(plan.reduction, plan.base, {
    maxBp: settings.discountLimitBp,
    maxRupiah: settings.discountLimitRupiah,
  });
}
