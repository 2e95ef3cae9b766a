// The sales journal: every sale of a period with its lines and payments, and every refund with the
// lines it took back, in the order they happened. What was sold, line by line, beside the X/Z
// summary. Read with three set-based queries (sale lines, payments, refund lines), each walking an
// index on (device, business day, number); see journal.test.ts for the query plans.
//
// A void keeps its sale in the journal, marked as voided (it is booked on the sale's own day, like
// the report's `Batal`). A refund is an entry of its own on the day the money went back, with the
// quantities and amounts taken back as negative numbers and the method the money went back by.
import type { Database } from 'better-sqlite3';
import type { DayPart, ReportScope } from './dayReport';

export interface JournalLine {
  lineNo: number;
  sku: string;
  name: string;
  /** The product's unit (pcs, kg). */
  unit: string;
  /** The producing unit (UPT) that made the goods. */
  producerCode: string;
  /** Negative on a refund. */
  qtyMilli: number;
  unitPrice: number;
  /** Price x quantity, before discounts (negative on a refund: what the returned goods were priced). */
  gross: number;
  /** Taken off, as a negative number (0 when nothing): the line's own discount. */
  lineDiscount: number;
  /** Taken off, as a negative number: the line's share of the whole-sale discount. */
  orderDiscountShare: number;
  /** PPN added on top of exclusive prices (0 when prices include it or there is none). */
  ppnAdded: number;
  /** What the line came to: gross + discounts + PPN added; on a refund, minus the money back. */
  total: number;
}

export interface JournalEntry {
  kind: 'sale' | 'refund';
  /** Receipt number, or the refund's number (`R-BTH1-20261128-0001`). */
  no: string;
  businessDay: string;
  /** ISO instant. */
  at: string;
  /** Who rang it up or paid the money back; `Sistem` from the command line. */
  cashier: string;
  voided: { at: string; by: string; reason: string } | null;
  /** Refunds: the receipt of the sale the goods came from, and why. */
  refundOf: { receiptNo: string; reason: string } | null;
  /** Taken off the whole sale, as a negative number. */
  orderDiscount: number;
  rounding: number;
  /** The sale's total; a refund's money back as a negative number. */
  total: number;
  /** Sales: the payments (cash as paid, not as tendered). Refunds: the method, negative. */
  payments: { method: string; amount: number }[];
  lines: JournalLine[];
}

const WHOLE_DAYS: DayPart = {
  salesAfter: 0,
  salesUpto: Number.MAX_SAFE_INTEGER,
  refundsAfter: 0,
  refundsUpto: Number.MAX_SAFE_INTEGER,
  shiftsAfter: 0,
  shiftsUpto: Number.MAX_SAFE_INTEGER,
};

const SALES =
  's.device = @device AND s.business_day BETWEEN @from AND @to AND s.seq > @salesAfter AND s.seq <= @salesUpto';
const REFUNDS =
  'r.device = @device AND r.business_day BETWEEN @from AND @to AND r.seq > @refundsAfter AND r.seq <= @refundsUpto';

/** The three statements, exported so the test can ask SQLite how it runs them. */
export const JOURNAL_SQL = {
  saleLines: `SELECT s.id AS saleId, s.receipt_no AS no, s.business_day AS businessDay, s.created_at AS at,
         coalesce(s.cashier_name, 'Sistem') AS cashier, s.order_discount AS orderDiscount,
         s.rounding AS rounding, s.total AS total,
         v.created_at AS voidAt, coalesce(v.user_name, 'Sistem') AS voidBy, v.reason AS voidReason,
         l.line_no AS lineNo, l.sku, l.name, l.unit, l.producer_code AS producerCode,
         l.qty_milli AS qtyMilli, l.unit_price AS unitPrice, l.line_total AS gross,
         l.line_discount AS lineDiscount, l.order_discount_share AS orderDiscountShare,
         l.net_total AS lineTotal
  FROM sales s
  JOIN sale_lines l ON l.sale_id = s.id
  LEFT JOIN sale_voids v ON v.sale_id = s.id
  WHERE ${SALES}
  ORDER BY s.business_day, s.seq, l.line_no`,
  payments: `SELECT pay.sale_id AS saleId, pay.method, pay.amount
  FROM sales s JOIN payments pay ON pay.sale_id = s.id
  WHERE ${SALES}
  ORDER BY s.business_day, s.seq, pay.seq`,
  refundLines: `SELECT r.id AS refundId, r.refund_no AS no, r.business_day AS businessDay, r.created_at AS at,
         coalesce(r.user_name, 'Sistem') AS cashier, r.method, r.amount AS refundAmount, r.reason,
         s.receipt_no AS receiptNo,
         l.line_no AS lineNo, l.sku, l.name, l.unit, l.producer_code AS producerCode,
         rl.qty_milli AS qtyMilli, l.unit_price AS unitPrice, rl.amount AS amount,
         l.qty_milli AS soldMilli, l.line_total AS soldGross, l.line_discount AS soldLineDiscount,
         l.order_discount_share AS soldOrderShare, l.net_total AS soldNet
  FROM refunds r
  JOIN refund_lines rl ON rl.refund_id = r.id
  JOIN sales s ON s.id = r.sale_id
  JOIN sale_lines l ON l.sale_id = rl.sale_id AND l.line_no = rl.sale_line_no
  WHERE ${REFUNDS}
  ORDER BY r.business_day, r.seq, rl.sale_line_no`,
} as const;

interface SaleLineRow {
  saleId: string;
  no: string;
  businessDay: string;
  at: string;
  cashier: string;
  orderDiscount: number;
  rounding: number;
  total: number;
  voidAt: string | null;
  voidBy: string;
  voidReason: string | null;
  lineNo: number;
  sku: string;
  name: string;
  unit: string;
  producerCode: string;
  qtyMilli: number;
  unitPrice: number;
  gross: number;
  lineDiscount: number;
  orderDiscountShare: number;
  lineTotal: number;
}

interface RefundLineRow {
  refundId: string;
  no: string;
  businessDay: string;
  at: string;
  cashier: string;
  method: string;
  refundAmount: number;
  reason: string;
  receiptNo: string;
  lineNo: number;
  sku: string;
  name: string;
  unit: string;
  producerCode: string;
  qtyMilli: number;
  unitPrice: number;
  amount: number;
  /** The sale line the goods came from: what it sold and how its total was made up. */
  soldMilli: number;
  soldGross: number;
  soldLineDiscount: number;
  soldOrderShare: number;
  soldNet: number;
}

/** Minus, without the `-0` a zero would give. */
const minus = (value: number) => (value === 0 ? 0 : -value);

/** `part x qtyMilli / soldMilli`, rounded half-up: the returned quantity's share of a sold amount. */
function shareOf(part: number, qtyMilli: number, soldMilli: number): number {
  if (soldMilli <= 0) return 0;
  const num = BigInt(part) * BigInt(qtyMilli) * 2n + BigInt(soldMilli);
  return Number(num / (BigInt(soldMilli) * 2n));
}

/**
 * The journal of `scope` (whole days, or the part of one day a Z covers), sales and refunds merged
 * in the order they happened: by business day, then time.
 */
export function salesJournal(db: Database, scope: Omit<ReportScope, 'timeZone'>): JournalEntry[] {
  const p = { device: scope.device, from: scope.from, to: scope.to, ...(scope.part ?? WHOLE_DAYS) };

  const payments = new Map<string, { method: string; amount: number }[]>();
  for (const row of db.prepare(JOURNAL_SQL.payments).iterate(p) as IterableIterator<{
    saleId: string;
    method: string;
    amount: number;
  }>) {
    let list = payments.get(row.saleId);
    if (!list) {
      list = [];
      payments.set(row.saleId, list);
    }
    list.push({ method: row.method, amount: row.amount });
  }

  const sales: JournalEntry[] = [];
  let current: JournalEntry | null = null;
  let currentId = '';
  for (const row of db.prepare(JOURNAL_SQL.saleLines).iterate(p) as IterableIterator<SaleLineRow>) {
    if (current === null || row.saleId !== currentId) {
      currentId = row.saleId;
      current = {
        kind: 'sale',
        no: row.no,
        businessDay: row.businessDay,
        at: row.at,
        cashier: row.cashier,
        voided: row.voidAt === null ? null : { at: row.voidAt, by: row.voidBy, reason: row.voidReason ?? '' },
        refundOf: null,
        orderDiscount: minus(row.orderDiscount),
        rounding: row.rounding,
        total: row.total,
        payments: payments.get(row.saleId) ?? [],
        lines: [],
      };
      sales.push(current);
    }
    const afterDiscounts = row.gross - row.lineDiscount - row.orderDiscountShare;
    current.lines.push({
      lineNo: row.lineNo,
      sku: row.sku,
      name: row.name,
      unit: row.unit,
      producerCode: row.producerCode,
      qtyMilli: row.qtyMilli,
      unitPrice: row.unitPrice,
      gross: row.gross,
      lineDiscount: minus(row.lineDiscount),
      orderDiscountShare: minus(row.orderDiscountShare),
      ppnAdded: row.lineTotal - afterDiscounts,
      total: row.lineTotal,
    });
  }

  const refunds: JournalEntry[] = [];
  let refund: JournalEntry | null = null;
  let refundId = '';
  for (const row of db.prepare(JOURNAL_SQL.refundLines).iterate(p) as IterableIterator<RefundLineRow>) {
    if (refund === null || row.refundId !== refundId) {
      refundId = row.refundId;
      refund = {
        kind: 'refund',
        no: row.no,
        businessDay: row.businessDay,
        at: row.at,
        cashier: row.cashier,
        voided: null,
        refundOf: { receiptNo: row.receiptNo, reason: row.reason },
        orderDiscount: 0,
        rounding: 0,
        total: minus(row.refundAmount),
        payments: [{ method: row.method, amount: minus(row.refundAmount) }],
        lines: [],
      };
      refunds.push(refund);
    }
    // The money back is the returned quantity's share of the sale line's total, cash rounding
    // included. Its parts are the same shares of what the sale line was made of (price, the
    // discounts it carried as reversals, PPN added), so summing a column over sales and refunds
    // gives what stayed sold; the few rupiah of cash rounding left over go to the refund's
    // rounding, as a sale's rounding sits outside its lines.
    const gross = shareOf(row.soldGross, row.qtyMilli, row.soldMilli);
    const lineDiscount = shareOf(row.soldLineDiscount, row.qtyMilli, row.soldMilli);
    const orderShare = shareOf(row.soldOrderShare, row.qtyMilli, row.soldMilli);
    const net = shareOf(row.soldNet, row.qtyMilli, row.soldMilli);
    const total = minus(net);
    refund.lines.push({
      lineNo: row.lineNo,
      sku: row.sku,
      name: row.name,
      unit: row.unit,
      producerCode: row.producerCode,
      qtyMilli: -row.qtyMilli,
      unitPrice: row.unitPrice,
      gross: minus(gross),
      lineDiscount,
      orderDiscountShare: orderShare,
      ppnAdded: minus(net - (gross - lineDiscount - orderShare)),
      total,
    });
    refund.orderDiscount += orderShare;
    refund.rounding = refund.total - refund.lines.reduce((sum, line) => sum + line.total, 0);
  }
  if (refunds.length === 0) return sales;

  // Both lists are in order of business day and number, which is the order of time within a day.
  const merged: JournalEntry[] = [];
  let i = 0;
  let j = 0;
  while (i < sales.length || j < refunds.length) {
    const a = sales[i];
    const b = refunds[j];
    if (
      b === undefined ||
      (a !== undefined &&
        (a.businessDay < b.businessDay || (a.businessDay === b.businessDay && a.at <= b.at)))
    ) {
      if (a) merged.push(a);
      i++;
    } else {
      merged.push(b);
      j++;
    }
  }
  return merged;
}

/** How many lines the journal holds (for limits and the export's progress). */
export function journalLineCount(entries: readonly JournalEntry[]): number {
  let count = 0;
  for (const entry of entries) count += entry.lines.length;
  return count;
}

/**
 * How many lines the journal of `scope` holds (sale lines and refund lines), counted on the same
 * indexes without reading them: a file that would be too long is told so before it is made.
 */
export function journalLineTotal(db: Database, scope: Omit<ReportScope, 'timeZone'>): number {
  const p = { device: scope.device, from: scope.from, to: scope.to, ...(scope.part ?? WHOLE_DAYS) };
  const sales = db
    .prepare(`SELECT count(*) AS n FROM sales s JOIN sale_lines l ON l.sale_id = s.id WHERE ${SALES}`)
    .get(p) as { n: number };
  const refunds = db
    .prepare(
      `SELECT count(*) AS n FROM refunds r JOIN refund_lines rl ON rl.refund_id = r.id WHERE ${REFUNDS}`,
    )
    .get(p) as { n: number };
  return sales.n + refunds.n;
}
