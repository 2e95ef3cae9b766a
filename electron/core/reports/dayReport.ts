// The report of one or more business days on one till: what the X report shows and the Z report
// freezes. Every figure is a sum over stored rows (sales, lines, payments, voids, refunds, shifts,
// cash movements); nothing is re-priced. Voids are on the sale's own day; refunds on the day the
// money went back. See docs/reports.md for how the figures relate.
import type { Database } from 'better-sqlite3';
import type { DayReport } from '../../../shared/contract';
import { allocate } from '../../../shared/pricing';
import { zoneOffsetMinutes } from '../../../shared/zoneLabel';

export interface ReportScope {
  device: string;
  from: string;
  to: string;
  timeZone: string;
  /**
   * One part of a single day (what one Z covers): sales and refunds numbered after..upto, shifts
   * with ids after..upto. Without it, whole days.
   */
  part?: DayPart;
}

export interface DayPart {
  salesAfter: number;
  salesUpto: number;
  refundsAfter: number;
  refundsUpto: number;
  shiftsAfter: number;
  shiftsUpto: number;
}

const WHOLE_DAYS: DayPart = {
  salesAfter: 0,
  salesUpto: Number.MAX_SAFE_INTEGER,
  refundsAfter: 0,
  refundsUpto: Number.MAX_SAFE_INTEGER,
  shiftsAfter: 0,
  shiftsUpto: Number.MAX_SAFE_INTEGER,
};

/** The zone's offset from UTC in minutes at `at` (Indonesia keeps no summer time); 0 for a bad zone. */
export function offsetMinutes(timeZone: string, at: Date): number {
  return zoneOffsetMinutes(timeZone, at) ?? 0;
}

/** Splits a unit's amount by its basis points so the parts add up exactly, for negative amounts too. */
function split(amount: number, bps: [number, number, number]): [number, number, number] {
  const parts = allocate(Math.abs(amount), bps);
  const sign = amount < 0 ? -1 : 1;
  return [sign * (parts[0] ?? 0), sign * (parts[1] ?? 0), sign * (parts[2] ?? 0)];
}

const n = (value: number | null | undefined) => value ?? 0;

export function dayReport(db: Database, scope: ReportScope, now: Date, zNo: number | null = null): DayReport {
  const p = { device: scope.device, from: scope.from, to: scope.to, ...(scope.part ?? WHOLE_DAYS) };
  const SALES =
    's.device = @device AND s.business_day BETWEEN @from AND @to AND s.seq > @salesAfter AND s.seq <= @salesUpto';
  // Refunds are booked on the day the money went back, numbered per day like receipts.
  const REFUNDS =
    'r.device = @device AND r.business_day BETWEEN @from AND @to AND r.seq > @refundsAfter AND r.seq <= @refundsUpto';
  const SHIFTS =
    'sh.device = @device AND sh.business_day BETWEEN @from AND @to AND sh.id > @shiftsAfter AND sh.id <= @shiftsUpto';
  const KEPT = `${SALES} AND NOT EXISTS (SELECT 1 FROM sale_voids v WHERE v.sale_id = s.id)`;
  const one = <T>(sql: string) => db.prepare(sql).get(p) as T;
  const all = <T>(sql: string) => db.prepare(sql).all(p) as T[];

  const sales = one<{
    count: number;
    gross: number;
    discounts: number;
    ppnAdded: number;
    rounding: number;
    total: number;
  }>(
    `SELECT count(*) AS count, sum(subtotal) AS gross, sum(line_discounts + order_discount) AS discounts,
            sum(CASE WHEN tax_mode = 'exclusive' THEN ppn ELSE 0 END) AS ppnAdded,
            sum(rounding) AS rounding, sum(total) AS total
     FROM sales s WHERE ${SALES}`,
  );
  const voids = one<{ count: number; amount: number }>(
    // A void is booked on its sale's day and follows the sale into that sale's Z.
    `SELECT count(*) AS count, sum(v.amount) AS amount FROM sale_voids v JOIN sales s ON s.id = v.sale_id
     WHERE ${SALES}`,
  );
  const refunds = one<{ count: number; amount: number }>(
    `SELECT count(*) AS count, sum(amount) AS amount FROM refunds r WHERE ${REFUNDS}`,
  );
  const kept = one<{ dpp: number; ppn: number; rounding: number }>(
    `SELECT sum(dpp) AS dpp, sum(ppn) AS ppn, sum(rounding) AS rounding FROM sales s WHERE ${KEPT}`,
  );

  // By payment method: what came in, what voids gave back (by the sale's own payments), refunds.
  const methods = new Map<string, { sales: number; voids: number; refunds: number }>();
  const method = (m: string) => {
    let row = methods.get(m);
    if (!row) {
      row = { sales: 0, voids: 0, refunds: 0 };
      methods.set(m, row);
    }
    return row;
  };
  for (const row of all<{ method: string; amount: number; voided: number }>(
    `SELECT pay.method, sum(pay.amount) AS amount,
            sum(CASE WHEN EXISTS (SELECT 1 FROM sale_voids v WHERE v.sale_id = s.id) THEN pay.amount ELSE 0 END) AS voided
     FROM payments pay JOIN sales s ON s.id = pay.sale_id WHERE ${SALES} GROUP BY pay.method`,
  )) {
    method(row.method).sales += row.amount;
    method(row.method).voids += row.voided;
  }
  for (const row of all<{ method: string; amount: number }>(
    `SELECT method, sum(amount) AS amount FROM refunds r WHERE ${REFUNDS} GROUP BY method`,
  )) {
    method(row.method).refunds += row.amount;
  }

  const byCashier = all<{ name: string; salesCount: number; amount: number }>(
    `SELECT coalesce(cashier_name, 'Sistem') AS name, count(*) AS salesCount, sum(total) AS amount
     FROM sales s WHERE ${KEPT} GROUP BY name ORDER BY amount DESC, name`,
  );

  // Lines kept (not voided) less what refunds on these days brought back, per product.
  const products = new Map<number, DayReport['byProduct'][number] & { category: string; producer: string }>();
  const lineRows = all<{
    productId: number;
    sku: string;
    name: string;
    unit: string;
    category: string | null;
    producer: string;
    qtyMilli: number;
    amount: number;
  }>(
    `SELECT l.product_id AS productId, l.sku, l.name, l.unit, pr.category, l.producer_code AS producer,
            sum(l.qty_milli) AS qtyMilli, sum(l.net_total) AS amount
     FROM sale_lines l JOIN sales s ON s.id = l.sale_id LEFT JOIN products pr ON pr.id = l.product_id
     WHERE ${KEPT} GROUP BY l.product_id, l.producer_code`,
  );
  const refundRows = all<{
    productId: number;
    sku: string;
    name: string;
    unit: string;
    category: string | null;
    producer: string;
    qtyMilli: number;
    amount: number;
  }>(
    `SELECT rl.product_id AS productId, l.sku, l.name, l.unit, pr.category, rl.producer_code AS producer,
            -sum(rl.qty_milli) AS qtyMilli, -sum(rl.amount) AS amount
     FROM refund_lines rl JOIN refunds r ON r.id = rl.refund_id
     JOIN sale_lines l ON l.sale_id = rl.sale_id AND l.line_no = rl.sale_line_no
     LEFT JOIN products pr ON pr.id = rl.product_id
     WHERE ${REFUNDS}
     GROUP BY rl.product_id, rl.producer_code`,
  );
  const producers = new Map<string, number>();
  const categories = new Map<string, number>();
  for (const row of [...lineRows, ...refundRows]) {
    const key = row.productId;
    const found = products.get(key);
    if (found) {
      found.qtyMilli += row.qtyMilli;
      found.amount += row.amount;
    } else {
      products.set(key, {
        productId: row.productId,
        sku: row.sku,
        name: row.name,
        unit: row.unit,
        qtyMilli: row.qtyMilli,
        amount: row.amount,
        category: row.category ?? '-',
        producer: row.producer,
      });
    }
    producers.set(row.producer, (producers.get(row.producer) ?? 0) + row.amount);
    const category = row.category ?? '-';
    categories.set(category, (categories.get(category) ?? 0) + row.amount);
  }

  const unitInfo = new Map(
    (
      db
        .prepare(
          'SELECT code, name, pnbp_bp AS pnbp, premi_bp AS premi, capital_bp AS capital FROM producers',
        )
        .all() as {
        code: string;
        name: string;
        pnbp: number;
        premi: number;
        capital: number;
      }[]
    ).map((u) => [u.code, u]),
  );
  const byProducer = [...producers.entries()]
    .map(([code, amount]) => {
      const unit = unitInfo.get(code);
      const [pnbp, premi, capital] = split(amount, [
        unit?.pnbp ?? 0,
        unit?.premi ?? 0,
        unit?.capital ?? 10_000,
      ]);
      return { code, name: unit?.name ?? code, amount, pnbp, premi, capital };
    })
    .sort((a, b) => b.amount - a.amount || a.code.localeCompare(b.code));

  // Hours in the device's zone; the zone has no summer time, so one offset serves the whole range.
  const offset = offsetMinutes(scope.timeZone, now);
  const byHour = all<{ hour: number; count: number; amount: number }>(
    `SELECT CAST(strftime('%H', created_at, '${offset >= 0 ? '+' : '-'}${Math.abs(offset)} minutes') AS INTEGER) AS hour,
            count(*) AS count, sum(total) AS amount
     FROM sales s WHERE ${KEPT} GROUP BY hour ORDER BY hour`,
  );

  const shifts = all<{
    id: number;
    userName: string;
    openedAt: string;
    closedAt: string | null;
    openingFloat: number;
    expectedCash: number | null;
    countedCash: number | null;
    variance: number | null;
  }>(
    `SELECT id, user_name AS userName, opened_at AS openedAt, closed_at AS closedAt, opening_float AS openingFloat,
            expected_cash AS expectedCash, counted_cash AS countedCash, variance
     FROM shifts sh WHERE ${SHIFTS} ORDER BY opened_at, id`,
  );
  const moves = one<{ cashIn: number; cashOut: number }>(
    `SELECT sum(CASE WHEN m.kind = 'in' THEN m.amount ELSE 0 END) AS cashIn,
            sum(CASE WHEN m.kind = 'out' THEN m.amount ELSE 0 END) AS cashOut
     FROM cash_movements m JOIN shifts sh ON sh.id = m.shift_id
     WHERE ${SHIFTS}`,
  );
  // What the drawers should hold: each shift's float, the cash its own sales took, less what its voids
  // and refunds gave back, plus its cash in, less its cash out (as the shift's close works it out).
  // Cash of sales with no shift (rung up from the command line) is in the day's sales, not in a drawer.
  const drawers = one<{ expected: number }>(
    `SELECT sum(sh.opening_float
       + (SELECT coalesce(sum(p.amount), 0) FROM payments p JOIN sales s ON s.id = p.sale_id
          WHERE s.shift_id = sh.id AND p.method = 'cash')
       - (SELECT coalesce(sum(p.amount), 0) FROM sale_voids v JOIN payments p ON p.sale_id = v.sale_id
          WHERE v.shift_id = sh.id AND p.method = 'cash')
       - (SELECT coalesce(sum(r.amount), 0) FROM refunds r WHERE r.shift_id = sh.id AND r.method = 'cash')
       + (SELECT coalesce(sum(CASE WHEN m.kind = 'in' THEN m.amount ELSE -m.amount END), 0)
          FROM cash_movements m WHERE m.shift_id = sh.id)) AS expected
     FROM shifts sh WHERE ${SHIFTS}`,
  );
  const cashRow = methods.get('cash') ?? { sales: 0, voids: 0, refunds: 0 };
  const openingFloat = shifts.reduce((sum, s) => sum + s.openingFloat, 0);
  const expected = n(drawers.expected);
  const cash = {
    openingFloat,
    cashSales: cashRow.sales,
    cashVoided: cashRow.voids,
    cashRefunds: cashRow.refunds,
    cashIn: n(moves.cashIn),
    cashOut: n(moves.cashOut),
    outsideShifts:
      openingFloat +
      cashRow.sales -
      cashRow.voids -
      cashRow.refunds +
      n(moves.cashIn) -
      n(moves.cashOut) -
      expected,
    expected,
    counted: shifts.reduce((sum, s) => sum + n(s.countedCash), 0),
    variance: shifts.reduce((sum, s) => sum + n(s.variance), 0),
  };

  const salesTotal = n(sales.total);
  return {
    device: scope.device,
    from: scope.from,
    to: scope.to,
    generatedAt: now.toISOString(),
    zNo,
    salesCount: sales.count,
    gross: n(sales.gross),
    discounts: n(sales.discounts),
    ppnAdded: n(sales.ppnAdded),
    rounding: n(sales.rounding),
    salesTotal,
    voids: { count: voids.count, amount: n(voids.amount) },
    refunds: { count: refunds.count, amount: n(refunds.amount) },
    net: salesTotal - n(voids.amount) - n(refunds.amount),
    tax: { dpp: n(kept.dpp), ppn: n(kept.ppn) },
    byMethod: [...methods.entries()]
      .map(([m, row]) => ({ method: m, ...row, net: row.sales - row.voids - row.refunds }))
      .sort((a, b) => b.net - a.net),
    byCashier,
    byProduct: [...products.values()]
      .map(({ category: _c, producer: _p, ...row }) => row)
      .sort((a, b) => b.amount - a.amount || a.sku.localeCompare(b.sku)),
    byCategory: [...categories.entries()]
      .map(([category, amount]) => ({ category, amount }))
      .sort((a, b) => b.amount - a.amount),
    byProducer,
    roundingKept: n(kept.rounding),
    byHour,
    cash,
    shifts: shifts.map(({ openingFloat: _f, ...s }) => s),
  };
}
