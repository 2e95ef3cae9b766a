// The documents of a batch, read from the stored rows of closed days. Sales come a page at a time
// (each page one plain query, so the connection is free between pages and other commands can run
// while an export yields), in receipt order; a page holds a few hundred sales, never the whole day.
// What a Z covered never changes (sales, voids, Z reports are immutable; later refunds and sales go
// into a later Z), so reading it in pieces gives the same documents as reading it at once.
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

export const SALE_PAGE = 250;

/** What one Z covers of its day: sales and refunds numbered after..upto, shifts with ids after..upto. */
export interface ZRange {
  day: string;
  zNo: number;
  salesAfter: number;
  salesUpto: number;
  refundsAfter: number;
  refundsUpto: number;
  shiftsAfter: number;
  shiftsUpto: number;
}

// Sales, lines and payments are read as plain arrays (better-sqlite3's raw mode), twice as fast as
// rows as objects; each tuple type below lists the columns in the order of its SELECT.
type SaleTuple = [
  id: string,
  approvedBy: string | null,
  businessDay: string,
  buyerId: number | null,
  buyerKind: 'named' | 'reseller' | null,
  buyerName: string | null,
  buyerTier: string | null,
  cashierName: string | null,
  change: number,
  createdAt: string,
  device: string,
  dpp: number,
  lineDiscounts: number,
  orderDiscount: number,
  orderDiscountKind: 'amount' | 'percent' | null,
  orderDiscountReason: string | null,
  orderDiscountValue: number | null,
  paid: number,
  ppn: number,
  receiptNo: string,
  rounding: number,
  roundingUnit: number,
  seq: number,
  shiftId: number | null,
  subtotal: number,
  taxMode: SaleDoc['taxMode'],
  taxRateBp: number,
  total: number,
];
const SALE_COLUMNS = `id, approved_by_name, business_day, buyer_id, buyer_kind, buyer_name, buyer_tier, cashier_name,
  change, created_at, device, dpp, line_discounts, order_discount, order_discount_kind, order_discount_reason,
  order_discount_value, paid, ppn, receipt_no, rounding, rounding_unit, seq, shift_id, subtotal, tax_mode,
  tax_rate_bp, total`;

type LineTuple = [
  saleId: string,
  discountKind: 'amount' | 'percent' | null,
  discountReason: string | null,
  discountValue: number | null,
  dpp: number,
  lineDiscount: number,
  lineNo: number,
  lineTotal: number,
  listPrice: number,
  name: string,
  netTotal: number,
  orderDiscountShare: number,
  ppn: number,
  priceReason: string | null,
  priceSource: SaleLineDoc['priceSource'],
  producerCode: string,
  producerName: string,
  productId: number,
  qtyMilli: number,
  sku: string,
  soldByWeight: number,
  unit: string,
  unitPrice: number,
  workshopId: number | null,
  workshopName: string | null,
];
const LINE_COLUMNS = `l.sale_id, l.discount_kind, l.discount_reason, l.discount_value, l.dpp, l.line_discount,
  l.line_no, l.line_total, l.list_price, l.name, l.net_total, l.order_discount_share, l.ppn, l.price_reason,
  l.price_source, l.producer_code, l.producer_name, l.product_id, l.qty_milli, l.sku, l.sold_by_weight, l.unit,
  l.unit_price, l.workshop_id, l.workshop_name`;

type PaymentTuple = [
  saleId: string,
  amount: number,
  change: number,
  confirmedAt: string | null,
  confirmedBy: string | null,
  method: PaymentDoc['method'],
  reference: string | null,
  seq: number,
  tendered: number,
];
const PAYMENT_COLUMNS =
  'p.sale_id, p.amount, p.change, p.confirmed_at, p.confirmed_by_name, p.method, p.reference, p.seq, p.tendered';

type VoidRow = Omit<VoidDoc, 'lines'> & { saleId: string };
type VoidLineRow = VoidDoc['lines'][number] & { voidId: string };

function statements(db: Database) {
  const range = 's.device = @device AND s.business_day = @day AND s.seq BETWEEN @first AND @last';
  return {
    sales: db
      .prepare(
        `SELECT ${SALE_COLUMNS} FROM sales WHERE device = ? AND business_day = ? AND seq > ? AND seq <= ?
         ORDER BY seq LIMIT ?`,
      )
      .raw(true),
    lines: db
      .prepare(
        `SELECT ${LINE_COLUMNS} FROM sales s JOIN sale_lines l ON l.sale_id = s.id WHERE ${range}
         ORDER BY s.seq, l.line_no`,
      )
      .raw(true),
    payments: db
      .prepare(
        `SELECT ${PAYMENT_COLUMNS} FROM sales s JOIN payments p ON p.sale_id = s.id WHERE ${range}
         ORDER BY s.seq, p.seq`,
      )
      .raw(true),
    voids: db.prepare(
      `SELECT v.sale_id AS saleId, v.id, v.business_day AS businessDay, v.created_at AS createdAt, v.reason,
              v.amount, v.user_name AS userName, v.approved_by_name AS approvedBy, v.shift_id AS shiftId
       FROM sales s JOIN sale_voids v ON v.sale_id = s.id WHERE ${range}`,
    ),
    voidLines: db.prepare(
      `SELECT vl.void_id AS voidId, vl.sale_line_no AS saleLineNo, vl.product_id AS productId,
              vl.producer_code AS producerCode, vl.workshop_id AS workshopId, vl.qty_milli AS qtyMilli, vl.amount
       FROM sales s JOIN sale_voids v ON v.sale_id = s.id JOIN sale_void_lines vl ON vl.void_id = v.id
       WHERE ${range} ORDER BY vl.void_id, vl.sale_line_no`,
    ),
  };
}

// Keys in alphabetical order at every level: JSON.stringify then gives canonical JSON.
function lineDoc(l: LineTuple): SaleLineDoc {
  return {
    discountKind: l[1],
    discountReason: l[2],
    discountValue: l[3],
    dpp: l[4],
    lineDiscount: l[5],
    lineNo: l[6],
    lineTotal: l[7],
    listPrice: l[8],
    name: l[9],
    netTotal: l[10],
    orderDiscountShare: l[11],
    ppn: l[12],
    priceReason: l[13],
    priceSource: l[14],
    producerCode: l[15],
    producerName: l[16],
    productId: l[17],
    qtyMilli: l[18],
    sku: l[19],
    soldByWeight: l[20] === 1,
    unit: l[21],
    unitPrice: l[22],
    workshopId: l[23],
    workshopName: l[24],
  };
}

function paymentDoc(p: PaymentTuple): PaymentDoc {
  return {
    amount: p[1],
    change: p[2],
    confirmedAt: p[3],
    confirmedBy: p[4],
    method: p[5],
    reference: p[6],
    seq: p[7],
    tendered: p[8],
  };
}

/**
 * A sale's line of sales.jsonl. Its documents are built with their keys in order, so the native
 * JSON.stringify gives the canonical form (tests compare it with canonicalJson) several times
 * faster than sorting keys for each of 100,000 sales.
 */
export function saleJson(sale: SaleDoc): string {
  return JSON.stringify(sale);
}

/**
 * The sales each Z in `zs` covers on `device`, a page at a time, in receipt order (day, then
 * number). Each document is complete: its lines, payments and, when voided, the void with its lines.
 */
export function* saleDocPages(
  db: Database,
  device: string,
  zs: readonly ZRange[],
  pageSize = SALE_PAGE,
): Generator<SaleDoc[]> {
  const q = statements(db);
  for (const { day, salesAfter, salesUpto } of zs) {
    let after = salesAfter;
    for (;;) {
      const rows = q.sales.all(device, day, after, salesUpto, pageSize) as SaleTuple[];
      if (rows.length === 0) break;
      const first = rows[0]?.[22] ?? 0;
      const last = rows.at(-1)?.[22] ?? 0;
      const params = { device, day, first, last };
      // Lines and payments come in the sales' order: each sale takes the run that is its own.
      const lines = q.lines.all(params) as LineTuple[];
      const payments = q.payments.all(params) as PaymentTuple[];
      let atLine = 0;
      let atPayment = 0;
      const voids = new Map((q.voids.all(params) as VoidRow[]).map((v) => [v.saleId, v]));
      const voidLines = new Map<string, VoidDoc['lines']>();
      for (const { voidId, ...line } of q.voidLines.all(params) as VoidLineRow[]) {
        const list = voidLines.get(voidId);
        if (list) list.push(line);
        else voidLines.set(voidId, [line]);
      }
      yield rows.map((row): SaleDoc => {
        const id = row[0];
        const saleLines: SaleLineDoc[] = [];
        while (atLine < lines.length && lines[atLine]?.[0] === id)
          saleLines.push(lineDoc(lines[atLine++] as LineTuple));
        const salePayments: PaymentDoc[] = [];
        while (atPayment < payments.length && payments[atPayment]?.[0] === id)
          salePayments.push(paymentDoc(payments[atPayment++] as PaymentTuple));
        const voided = voids.get(id);
        return {
          approvedBy: row[1],
          businessDay: row[2],
          buyer:
            row[3] !== null && row[4] !== null && row[5] !== null
              ? { id: row[3], kind: row[4], name: row[5], tier: row[6] }
              : null,
          cashierName: row[7],
          change: row[8],
          createdAt: row[9],
          device: row[10],
          dpp: row[11],
          id,
          lineDiscounts: row[12],
          lines: saleLines,
          orderDiscount: row[13],
          orderDiscountKind: row[14],
          orderDiscountReason: row[15],
          orderDiscountValue: row[16],
          paid: row[17],
          payments: salePayments,
          ppn: row[18],
          receiptNo: row[19],
          rounding: row[20],
          roundingUnit: row[21],
          seq: row[22],
          shiftId: row[23],
          subtotal: row[24],
          taxMode: row[25],
          taxRateBp: row[26],
          total: row[27],
          void: voided
            ? {
                amount: voided.amount,
                approvedBy: voided.approvedBy,
                businessDay: voided.businessDay,
                createdAt: voided.createdAt,
                id: voided.id,
                lines: (voidLines.get(voided.id) ?? []).map((l) => ({
                  amount: l.amount,
                  producerCode: l.producerCode,
                  productId: l.productId,
                  qtyMilli: l.qtyMilli,
                  saleLineNo: l.saleLineNo,
                  workshopId: l.workshopId,
                })),
                reason: voided.reason,
                shiftId: voided.shiftId,
                userName: voided.userName,
              }
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

/** Refunds a Z covers (made on its day, the day the money went back), in refund-number order. */
export function refundDocs(db: Database, device: string, z: ZRange): RefundDoc[] {
  const range = { device, day: z.day, after: z.refundsAfter, upto: z.refundsUpto };
  const refunds = db
    .prepare(
      `SELECT r.id, r.refund_no AS refundNo, r.device, r.business_day AS businessDay, r.seq,
              r.created_at AS createdAt, r.sale_id AS saleId, s.receipt_no AS saleReceiptNo,
              s.business_day AS saleBusinessDay, r.shift_id AS shiftId, r.reason, r.method, r.reference,
              r.amount, r.user_name AS userName, r.approved_by_name AS approvedBy
       FROM refunds r JOIN sales s ON s.id = r.sale_id
       WHERE r.device = @device AND r.business_day = @day AND r.seq > @after AND r.seq <= @upto ORDER BY r.seq`,
    )
    .all(range) as RefundRow[];
  const lines = new Map<string, RefundDoc['lines']>();
  for (const { refundId, ...line } of db
    .prepare(
      `SELECT rl.refund_id AS refundId, rl.sale_line_no AS saleLineNo, rl.product_id AS productId, l.sku, l.name,
              l.unit, rl.producer_code AS producerCode, rl.workshop_id AS workshopId, rl.qty_milli AS qtyMilli,
              rl.amount
       FROM refunds r JOIN refund_lines rl ON rl.refund_id = r.id
       JOIN sale_lines l ON l.sale_id = rl.sale_id AND l.line_no = rl.sale_line_no
       WHERE r.device = @device AND r.business_day = @day AND r.seq > @after AND r.seq <= @upto
       ORDER BY r.seq, rl.sale_line_no`,
    )
    .all(range) as RefundLineRow[]) {
    const list = lines.get(refundId);
    if (list) list.push(line);
    else lines.set(refundId, [line]);
  }
  return refunds.map((refund) => ({ ...refund, lines: lines.get(refund.id) ?? [] }));
}

type ShiftRow = Omit<ShiftDoc, 'countDetail' | 'movements'> & { countDetail: string | null };
type MoveRow = ShiftDoc['movements'][number] & { shiftId: number };

/** Shifts a Z covers (opened on its day), each with its cash put in and taken out. */
export function shiftDocs(db: Database, device: string, z: ZRange): ShiftDoc[] {
  const range = { device, day: z.day, after: z.shiftsAfter, upto: z.shiftsUpto };
  const shifts = db
    .prepare(
      `SELECT id, device, business_day AS businessDay, user_name AS userName, opened_at AS openedAt,
              opening_float AS openingFloat, closed_at AS closedAt, closed_by_name AS closedBy,
              expected_cash AS expectedCash, counted_cash AS countedCash, count_detail AS countDetail,
              variance, close_note AS closeNote, approved_by_name AS approvedBy
       FROM shifts WHERE device = @device AND business_day = @day AND id > @after AND id <= @upto
       ORDER BY opened_at, id`,
    )
    .all(range) as ShiftRow[];
  const moves = new Map<number, ShiftDoc['movements']>();
  for (const { shiftId, ...move } of db
    .prepare(
      `SELECT m.shift_id AS shiftId, m.id, m.kind, m.amount, m.reason, m.created_at AS createdAt,
              m.user_name AS userName
       FROM shifts sh JOIN cash_movements m ON m.shift_id = sh.id
       WHERE sh.device = @device AND sh.business_day = @day AND sh.id > @after AND sh.id <= @upto
       ORDER BY m.created_at, m.id`,
    )
    .all(range) as MoveRow[]) {
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

/** Z report number `zNo` exactly as stored when it was made. */
export function zReportDoc(db: Database, device: string, zNo: number): ZReportDoc | undefined {
  const row = db
    .prepare(
      `SELECT device, business_day AS businessDay, z_no AS zNo, closed_at AS closedAt,
              closed_by_name AS closedBy, report
       FROM day_closes WHERE device = ? AND z_no = ?`,
    )
    .get(device, zNo) as (Omit<ZReportDoc, 'report'> & { report: string }) | undefined;
  return row ? { ...row, report: JSON.parse(row.report) as ZReportDoc['report'] } : undefined;
}
