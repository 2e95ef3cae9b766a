import type { Database } from 'better-sqlite3';
import type { DiscountInput, Payment, Sale, SaleLine } from '../../../shared/contract';
import { EngineError } from '../errors';

type DiscountColumns = { discountKind: 'amount' | 'percent' | null; discountValue: number | null };

type SaleRow = Omit<Sale, 'lines' | 'payments' | 'orderDiscountInput' | 'buyer' | 'discountTotal'> &
  DiscountColumns & {
    buyerId: number | null;
    buyerKind: 'named' | 'reseller' | null;
    buyerName: string | null;
    buyerTier: string | null;
  };

type LineRow = Omit<SaleLine, 'soldByWeight' | 'discount'> & DiscountColumns & { soldByWeight: number };

/** The discount as the cashier entered it, from its two columns. */
function discountOf({ discountKind, discountValue }: DiscountColumns): DiscountInput | null {
  if (discountKind === null || discountValue === null) return null;
  return discountKind === 'amount'
    ? { kind: 'amount', value: discountValue }
    : { kind: 'percent', bp: discountValue };
}

export function getSaleById(db: Database, id: string): Sale | undefined {
  const row = db
    .prepare(
      `SELECT id, receipt_no AS receiptNo, device, business_day AS businessDay, created_at AS createdAt,
              status, subtotal, line_discounts AS lineDiscounts, order_discount AS orderDiscount,
              order_discount_kind AS discountKind, order_discount_value AS discountValue,
              order_discount_reason AS orderDiscountReason, approved_by_name AS approvedBy,
              tax_mode AS taxMode, tax_rate_bp AS taxRateBp, dpp, ppn, rounding, rounding_unit AS roundingUnit,
              total, paid, change, cashier_name AS cashierName,
              buyer_id AS buyerId, buyer_kind AS buyerKind, buyer_name AS buyerName, buyer_tier AS buyerTier
       FROM sales WHERE id = ?`,
    )
    .get(id) as SaleRow | undefined;
  if (!row) return undefined;
  const lines = (
    db
      .prepare(
        `SELECT line_no AS lineNo, product_id AS productId, sku, name, unit, sold_by_weight AS soldByWeight,
                producer_code AS producerCode, producer_name AS producerName, qty_milli AS qtyMilli,
                unit_price AS unitPrice, line_total AS lineTotal, list_price AS listPrice,
                price_source AS priceSource, price_reason AS priceReason, discount_kind AS discountKind,
                discount_value AS discountValue, discount_reason AS discountReason,
                line_discount AS lineDiscount, order_discount_share AS orderDiscountShare, dpp, ppn,
                net_total AS netTotal
         FROM sale_lines WHERE sale_id = ? ORDER BY line_no`,
      )
      .all(id) as LineRow[]
  ).map(
    ({ discountKind, discountValue, soldByWeight, ...line }): SaleLine => ({
      ...line,
      soldByWeight: soldByWeight === 1,
      discount: discountOf({ discountKind, discountValue }),
    }),
  );
  const payments = db
    .prepare(
      `SELECT method, amount, tendered, change, reference, confirmed_by_name AS confirmedBy,
              confirmed_at AS confirmedAt
       FROM payments WHERE sale_id = ? ORDER BY seq`,
    )
    .all(id) as Payment[];
  const { discountKind, discountValue, buyerId, buyerKind, buyerName, buyerTier, ...sale } = row;
  return {
    ...sale,
    orderDiscountInput: discountOf({ discountKind, discountValue }),
    discountTotal: sale.lineDiscounts + sale.orderDiscount,
    buyer:
      buyerId !== null && buyerKind !== null && buyerName !== null
        ? { id: buyerId, kind: buyerKind, name: buyerName, tier: buyerTier }
        : null,
    lines,
    payments,
  };
}

export function getSaleByReceiptNo(db: Database, receiptNo: string): Sale {
  const row = db.prepare('SELECT id FROM sales WHERE receipt_no = ?').get(receiptNo) as
    | { id: string }
    | undefined;
  const sale = row && getSaleById(db, row.id);
  if (!sale) throw new EngineError('NOT_FOUND', 'sales.saleNotFound', { receiptNo });
  return sale;
}
