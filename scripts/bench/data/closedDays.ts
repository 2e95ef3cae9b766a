// Closed business days on one till for the batch cases: `days` days of `salesPerDay` sales each
// (about 3 lines, cash, QRIS and card, a few voids), one shift a day, and each day closed with its
// Z report computed by the engine's own report code. Written with plain SQL, in its own database
// (the season database has 20 tills and would not give one till 100,000 sales to export); the
// stock moves of each sale and void are written by the engine's own ledger code, as a till writes
// them, because batches carry them (stock.jsonl) and verify checks they agree with the sales.
import Database from 'better-sqlite3';
import { monotonicFactory } from 'ulid';
import { openEngine } from '../../../electron/core/engine';
import { dayReport } from '../../../electron/core/reports/dayReport';
import { recordRefundMoves, recordSaleMoves } from '../../../electron/core/stock/saleMoves';
import type { Random } from '../random';

export const CLOSED_DEVICE = 'BTH1';

export interface ClosedSeason {
  dbPath: string;
  days: string[];
  salesPerDay: number;
}

const dayOf = (start: string, index: number) =>
  new Date(Date.parse(`${start}T00:00:00Z`) + index * 86_400_000).toISOString().slice(0, 10);

export function generateClosedDays(
  dbPath: string,
  rng: Random,
  options: { days: number; salesPerDay: number; firstDay?: string },
): ClosedSeason {
  openEngine({ dbPath, backupCheckMs: 0, deviceCode: CLOSED_DEVICE }).close();
  const db = new Database(dbPath);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  const ulid = monotonicFactory(() => rng.next());
  const products = db
    .prepare(
      `SELECT p.id, p.sku, p.name, p.unit, p.price, p.producer_code AS code, pr.name AS producer
       FROM products p JOIN producers pr ON pr.code = p.producer_code WHERE p.sold_by_weight = 0 AND p.price > 0`,
    )
    .all() as {
    id: number;
    sku: string;
    name: string;
    unit: string;
    price: number;
    code: string;
    producer: string;
  }[];
  const sale = db.prepare(
    `INSERT INTO sales (id, receipt_no, device, business_day, seq, created_at, subtotal, total, paid, change,
                        cashier_name, tax_mode, dpp, shift_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'Kasir Bench', 'off', ?, ?)`,
  );
  const line = db.prepare(
    `INSERT INTO sale_lines (sale_id, line_no, product_id, sku, name, unit, sold_by_weight, producer_code, producer_name,
                             qty_milli, unit_price, line_total, list_price, net_total, dpp)
     VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const payment = db.prepare(
    `INSERT INTO payments (sale_id, seq, method, amount, tendered, change, reference, confirmed_by_name, confirmed_at)
     VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const voidSale = db.prepare(
    `INSERT INTO sale_voids (id, sale_id, device, business_day, created_at, reason, amount, user_name,
                             approved_by_name, shift_id)
     VALUES (?, ?, ?, ?, ?, 'salah input', ?, 'Kasir Bench', 'Manajer Bench', ?)`,
  );
  const voidLine = db.prepare(
    `INSERT INTO sale_void_lines (void_id, sale_id, sale_line_no, product_id, producer_code, qty_milli, amount)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const counter = db.prepare(
    'INSERT INTO receipt_counters (device, business_day, last_seq) VALUES (?, ?, ?)',
  );
  const user = db
    .prepare(
      `INSERT INTO users (name, role, pin_hash, created_at) VALUES ('Kasir Bench', 'cashier', 'x', '2026-01-01T00:00:00Z')
       RETURNING id`,
    )
    .get() as { id: number };
  const shift = db.prepare(
    `INSERT INTO shifts (device, business_day, user_id, user_name, opened_at, opening_float)
     VALUES (?, ?, ?, 'Kasir Bench', ?, 200000) RETURNING id`,
  );
  const closeShift = db.prepare(
    `UPDATE shifts SET closed_at = ?, closed_by_name = 'Kasir Bench', expected_cash = ?, counted_cash = ?,
                       variance = 0 WHERE id = ?`,
  );
  const close = db.prepare(
    `INSERT INTO day_closes (device, business_day, z_no, closed_at, closed_by_name, report,
                             sales_after, sales_upto, refunds_after, refunds_upto, shifts_after, shifts_upto)
     VALUES (?, ?, ?, ?, 'Manajer Bench', ?, 0, ?, 0, 0, 0, ?)`,
  );

  const first = options.firstDay ?? '2026-01-05';
  const days: string[] = [];
  for (let d = 0; d < options.days; d++) {
    const day = dayOf(first, d);
    days.push(day);
    const start = Date.parse(`${day}T00:00:00Z`);
    const closedAt = new Date(start + 14 * 3_600_000).toISOString();
    db.transaction(() => {
      const shiftId = (
        shift.get(CLOSED_DEVICE, day, user.id, new Date(start).toISOString()) as { id: number }
      ).id;
      let cash = 200_000;
      for (let seq = 1; seq <= options.salesPerDay; seq++) {
        const at = new Date(
          start + Math.floor((seq / (options.salesPerDay + 1)) * 13 * 3_600_000),
        ).toISOString();
        const id = ulid(Date.parse(at));
        const lines = Array.from({ length: rng.int(1, 5) }, () => {
          const product = rng.pick(products);
          const qtyMilli = rng.int(1, 3) * 1000;
          return { product, qtyMilli, total: product.price * (qtyMilli / 1000) };
        });
        const total = lines.reduce((sum, l) => sum + l.total, 0);
        const method = rng.chance(0.25) ? 'qris' : rng.chance(0.1) ? 'card' : 'cash';
        const tendered = method === 'cash' ? Math.ceil(total / 50_000) * 50_000 : total;
        const receiptNo = `${CLOSED_DEVICE}-${day.replaceAll('-', '')}-${String(seq).padStart(4, '0')}`;
        sale.run(
          id,
          receiptNo,
          CLOSED_DEVICE,
          day,
          seq,
          at,
          total,
          total,
          tendered,
          tendered - total,
          total,
          shiftId,
        );
        lines.forEach((l, i) => {
          line.run(
            id,
            i + 1,
            l.product.id,
            l.product.sku,
            l.product.name,
            l.product.unit,
            l.product.code,
            l.product.producer,
            l.qtyMilli,
            l.product.price,
            l.total,
            l.product.price,
            l.total,
            l.total,
          );
        });
        payment.run(
          id,
          method,
          total,
          tendered,
          tendered - total,
          method === 'card' ? `EDC${seq}` : null,
          method === 'qris' ? 'Kasir Bench' : null,
          method === 'qris' ? at : null,
        );
        const sold = lines.map((l, i) => ({ lineNo: i + 1, productId: l.product.id, qtyMilli: l.qtyMilli }));
        recordSaleMoves(db, { saleId: id, lines: sold, userName: 'Kasir Bench', createdAt: at });
        if (rng.chance(0.005)) {
          const voidId = ulid(Date.parse(at) + 1000);
          voidSale.run(voidId, id, CLOSED_DEVICE, day, at, total, shiftId);
          lines.forEach((l, i) => {
            voidLine.run(voidId, id, i + 1, l.product.id, l.product.code, l.qtyMilli, l.total);
          });
          recordRefundMoves(db, {
            saleId: id,
            lines: sold,
            reference: `BATAL ${receiptNo}`,
            userName: 'Kasir Bench',
            createdAt: at,
          });
        } else if (method === 'cash') cash += total;
      }
      counter.run(CLOSED_DEVICE, day, options.salesPerDay);
      closeShift.run(closedAt, cash, cash, shiftId);
      const report = dayReport(
        db,
        { device: CLOSED_DEVICE, from: day, to: day, timeZone: 'Asia/Makassar' },
        new Date(closedAt),
        d + 1,
      );
      close.run(CLOSED_DEVICE, day, d + 1, closedAt, JSON.stringify(report), options.salesPerDay, shiftId);
    }).immediate();
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return { dbPath, days, salesPerDay: options.salesPerDay };
}
