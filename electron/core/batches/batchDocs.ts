// The documents of a batch, read from the stored rows of closed days. Sales come a page at a time
// (each page one plain query, so the connection is free between pages and other commands can run
// while an export yields), in receipt order; a page holds a few hundred sales, never the whole day.
// Closed days never change (sales, voids, Z reports are immutable and refunds go to the open day),
// so reading them in pieces gives the same documents as reading them at once.
import type { Database } from 'better-sqlite3';
import type {
  PaymentDoc,
  RefundDoc,
  SaleDoc,
  SaleLineDoc,
  ShiftDoc,
  VoidDoc,
  ZReportDoc,
} from '../../../shared/batch/format';

export const SALE_PAGE = 500;

type SaleRow = Omit<SaleDoc, 'buyer' | 'lines' | 'payments' | 'void'> & {
  buyerId: number | null;
  buyerKind: 'named' | 'reseller' | null;
  buyerName: string | null;
  buyerTier: string | null;
};
type LineRow = Omit<SaleLineDoc, 'soldByWeight'> & { saleId: string; soldByWeight: number };
type PaymentRow = PaymentDoc & { saleId: string };
type VoidRow = Omit<VoidDoc, 'lines'> & { saleId: string };
type VoidLineRow = VoidDoc['lines'][number] & { voidId: string };

function statements(db: Database) {
  const range = 's.device = @device AND s.business_day = @day AND s.seq BETWEEN @first AND @last';
  return {
    sales: db.prepare(
      `SELECT id, receipt_no AS receiptNo, device, business_day AS businessDay, seq, created_at AS createdAt,
              shift_id AS shiftId, cashier_name AS cashierName, subtotal, line_discounts AS lineDiscounts,
              order_discount AS orderDiscount, order_discount_kind AS orderDiscountKind,
              order_discount_value AS orderDiscountValue, order_discount_reason AS orderDiscountReason,
              approved_by_name AS approvedBy, tax_mode AS taxMode, tax_rate_bp AS taxRateBp, dpp, ppn,
              rounding, rounding_unit AS roundingUnit, total, paid, change,
              buyer_id AS buyerId, buyer_kind AS buyerKind, buyer_name AS buyerName, buyer_tier AS buyerTier
       FROM sales WHERE device = ? AND business_day = ? AND seq > ? ORDER BY seq LIMIT ?`,
    ),
    lines: db.prepare(
      `SELECT l.sale_id AS saleId, l.line_no AS lineNo, l.product_id AS productId, l.sku, l.name, l.unit,
              l.sold_by_weight AS soldByWeight, l.producer_code AS producerCode, l.producer_name AS producerName,
              l.workshop_id AS workshopId, l.workshop_name AS workshopName, l.qty_milli AS qtyMilli,
              l.list_price AS listPrice, l.unit_price AS unitPrice, l.price_source AS priceSource,
              l.price_reason AS priceReason, l.discount_kind AS discountKind, l.discount_value AS discountValue,
              l.discount_reason AS discountReason, l.line_total AS lineTotal, l.line_discount AS lineDiscount,
              l.order_discount_share AS orderDiscountShare, l.dpp, l.ppn, l.net_total AS netTotal
       FROM sales s JOIN sale_lines l ON l.sale_id = s.id WHERE ${range} ORDER BY s.seq, l.line_no`,
    ),
    payments: db.prepare(
      `SELECT p.sale_id AS saleId, p.seq, p.method, p.amount, p.tendered, p.change, p.reference,
              p.confirmed_by_name AS confirmedBy, p.confirmed_at AS confirmedAt
       FROM sales s JOIN payments p ON p.sale_id = s.id WHERE ${range} ORDER BY s.seq, p.seq`,
    ),
    voids: db.prepare(
      `SELECT v.sale_id AS saleId, v.id, v.business_day AS businessDay, v.created_at AS createdAt, v.reason,
              v.amount, v.user_name AS userName, v.approved_by_name AS approvedBy, v.shift_id AS shiftId
       FROM sales s JOIN sale_voids v ON v.sale_id = s.id WHERE ${range}`,
    ),
    voidLines: db.prepare(
      `SELECT vl.void_id AS voidId, vl.sale_line_no AS saleLineNo, vl.product_id AS productId,
              vl.producer_code AS producerCode, vl.workshop_id AS workshopId, vl.qty_milli AS qtyMilli, vl.amount
       FROM sales s JOIN sale_void_lines vl ON vl.sale_id = s.id WHERE ${range}
       ORDER BY vl.void_id, vl.sale_line_no`,
    ),
  };
}

function groupBy<T extends { saleId: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.saleId);
    if (list) list.push(row);
    else map.set(row.saleId, [row]);
  }
  return map;
}

/**
 * The sales of `days` on `device`, a page at a time, in receipt order (day, then number). Each
 * document is complete: its lines, payments and, when voided, the void with its lines.
 */
export function* saleDocPages(
  db: Database,
  device: string,
  days: readonly string[],
  pageSize = SALE_PAGE,
): Generator<SaleDoc[]> {
  const q = statements(db);
  for (const day of days) {
    let after = 0;
    for (;;) {
      const rows = q.sales.all(device, day, after, pageSize) as SaleRow[];
      if (rows.length === 0) break;
      const first = rows[0]?.seq ?? 0;
      const last = rows.at(-1)?.seq ?? 0;
      const params = { device, day, first, last };
      const lines = groupBy(q.lines.all(params) as LineRow[]);
      const payments = groupBy(q.payments.all(params) as PaymentRow[]);
      const voids = new Map((q.voids.all(params) as VoidRow[]).map((v) => [v.saleId, v]));
      const voidLines = new Map<string, VoidDoc['lines']>();
      for (const { voidId, ...line } of q.voidLines.all(params) as VoidLineRow[]) {
        const list = voidLines.get(voidId);
        if (list) list.push(line);
        else voidLines.set(voidId, [line]);
      }
      yield rows.map(({ buyerId, buyerKind, buyerName, buyerTier, ...sale }): SaleDoc => {
        const voided = voids.get(sale.id);
        return {
          ...sale,
          buyer:
            buyerId !== null && buyerKind !== null && buyerName !== null
              ? { id: buyerId, kind: buyerKind, name: buyerName, tier: buyerTier }
              : null,
          lines: (lines.get(sale.id) ?? []).map(({ saleId: _s, soldByWeight, ...line }) => ({
            ...line,
            soldByWeight: soldByWeight === 1,
          })),
          payments: (payments.get(sale.id) ?? []).map(({ saleId: _s, ...payment }) => payment),
          void: voided
            ? (({ saleId: _s, ...v }) => ({ ...v, lines: voidLines.get(v.id) ?? [] }))(voided)
            : null,
        };
      });
      after = last;
      if (rows.length < pageSize) break;
    }
  }
}

type RefundRow = Omit<RefundDoc, 'lines'>;
type RefundLineRow = RefundDoc['lines'][number] & { refundId: string };

/** Refunds made on `day` (the day the money went back), in refund-number order. */
export function refundDocs(db: Database, device: string, day: string): RefundDoc[] {
  const refunds = db
    .prepare(
      `SELECT r.id, r.refund_no AS refundNo, r.device, r.business_day AS businessDay, r.seq,
              r.created_at AS createdAt, r.sale_id AS saleId, s.receipt_no AS saleReceiptNo,
              s.business_day AS saleBusinessDay, r.shift_id AS shiftId, r.reason, r.method, r.reference,
              r.amount, r.user_name AS userName, r.approved_by_name AS approvedBy
       FROM refunds r JOIN sales s ON s.id = r.sale_id
       WHERE r.device = ? AND r.business_day = ? ORDER BY r.seq`,
    )
    .all(device, day) as RefundRow[];
  const lines = new Map<string, RefundDoc['lines']>();
  for (const { refundId, ...line } of db
    .prepare(
      `SELECT rl.refund_id AS refundId, rl.sale_line_no AS saleLineNo, rl.product_id AS productId, l.sku, l.name,
              l.unit, rl.producer_code AS producerCode, rl.workshop_id AS workshopId, rl.qty_milli AS qtyMilli,
              rl.amount
       FROM refunds r JOIN refund_lines rl ON rl.refund_id = r.id
       JOIN sale_lines l ON l.sale_id = rl.sale_id AND l.line_no = rl.sale_line_no
       WHERE r.device = ? AND r.business_day = ? ORDER BY r.seq, rl.sale_line_no`,
    )
    .all(device, day) as RefundLineRow[]) {
    const list = lines.get(refundId);
    if (list) list.push(line);
    else lines.set(refundId, [line]);
  }
  return refunds.map((refund) => ({ ...refund, lines: lines.get(refund.id) ?? [] }));
}

type ShiftRow = Omit<ShiftDoc, 'countDetail' | 'movements'> & { countDetail: string | null };
type MoveRow = ShiftDoc['movements'][number] & { shiftId: number };

/** Shifts opened on `day`, each with its cash put in and taken out. */
export function shiftDocs(db: Database, device: string, day: string): ShiftDoc[] {
  const shifts = db
    .prepare(
      `SELECT id, device, business_day AS businessDay, user_name AS userName, opened_at AS openedAt,
              opening_float AS openingFloat, closed_at AS closedAt, closed_by_name AS closedBy,
              expected_cash AS expectedCash, counted_cash AS countedCash, count_detail AS countDetail,
              variance, close_note AS closeNote, approved_by_name AS approvedBy
       FROM shifts WHERE device = ? AND business_day = ? ORDER BY opened_at, id`,
    )
    .all(device, day) as ShiftRow[];
  const moves = new Map<number, ShiftDoc['movements']>();
  for (const { shiftId, ...move } of db
    .prepare(
      `SELECT m.shift_id AS shiftId, m.id, m.kind, m.amount, m.reason, m.created_at AS createdAt,
              m.user_name AS userName
       FROM shifts sh JOIN cash_movements m ON m.shift_id = sh.id
       WHERE sh.device = ? AND sh.business_day = ? ORDER BY m.created_at, m.id`,
    )
    .all(device, day) as MoveRow[]) {
    const list = moves.get(shiftId);
    if (list) list.push(move);
    else moves.set(shiftId, [move]);
  }
  return shifts.map((shift) => ({
    ...shift,
    countDetail: shift.countDetail ? (JSON.parse(shift.countDetail) as Record<string, number>) : null,
    movements: moves.get(shift.id) ?? [],
  }));
}

/** The Z report of `day` exactly as stored when the day was closed. */
export function zReportDoc(db: Database, device: string, day: string): ZReportDoc | undefined {
  const row = db
    .prepare(
      `SELECT device, business_day AS businessDay, z_no AS zNo, closed_at AS closedAt,
              closed_by_name AS closedBy, report
       FROM day_closes WHERE device = ? AND business_day = ?`,
    )
    .get(device, day) as (Omit<ZReportDoc, 'report'> & { report: string }) | undefined;
  return row ? { ...row, report: JSON.parse(row.report) as ZReportDoc['report'] } : undefined;
}
