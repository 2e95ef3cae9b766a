// A season of sales for the bench: `count` sales over a year on 20 tills, about 3 lines each, with
// their payments, stock moves and receipt counters, written with plain SQL in one transaction
// (going through sales.commit would time the commits, not the reads that follow). One day on the
// engine's own till (BTH1, 2026-11-27) holds 2,000 sales for the X/Z report case.
import type { Database } from 'better-sqlite3';
import type { Random } from '../random';
import type { GeneratedProduct } from './catalogue';

export const BENCH_DEVICE = 'BTH1';
export const BENCH_DAY = '2026-11-27';
export const BENCH_DAY_SALES = 2_000;
const YEAR_START = Date.parse('2025-11-28T00:00:00Z');
const DAYS = 365;

export interface GeneratedSales {
  count: number;
  devices: string[];
  from: string;
  to: string;
}

const dayOf = (index: number) => new Date(YEAR_START + index * 86_400_000).toISOString().slice(0, 10);

export function generateSales(
  db: Database,
  rng: Random,
  products: readonly GeneratedProduct[],
  count: number,
): GeneratedSales {
  const devices = [
    BENCH_DEVICE,
    ...Array.from({ length: 19 }, (_, i) => `D${String(i + 2).padStart(2, '0')}`),
  ];
  const pieces = products.filter((p) => p.plu === null);
  const producerOf = new Map(
    (
      db
        .prepare(
          'SELECT id, producer_code AS code, p.name AS name FROM products JOIN producers p ON p.code = producer_code',
        )
        .all() as {
        id: number;
        code: string;
        name: string;
      }[]
    ).map((r) => [r.id, r]),
  );
  const details = new Map(
    (db.prepare('SELECT id, unit, category FROM products').all() as { id: number; unit: string }[]).map(
      (r) => [r.id, r],
    ),
  );
  const location = (db.prepare('SELECT id FROM locations ORDER BY id LIMIT 1').get() as { id: number }).id;
  const insertSale = db.prepare(
    `INSERT INTO sales (id, receipt_no, device, business_day, seq, created_at, subtotal, total, paid, change,
                        cashier_name, tax_mode, dpp)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'off', ?)`,
  );
  const insertLine = db.prepare(
    `INSERT INTO sale_lines (sale_id, line_no, product_id, sku, name, unit, sold_by_weight, producer_code, producer_name,
                             qty_milli, unit_price, line_total, list_price, net_total, dpp)
     VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertPayment = db.prepare(
    `INSERT INTO payments (sale_id, seq, method, amount, tendered, change, confirmed_by_name, confirmed_at)
     VALUES (?, 1, ?, ?, ?, ?, ?, ?)`,
  );
  const insertMove = db.prepare(
    `INSERT INTO stock_moves (op_id, product_id, location_id, qty_milli, kind, sale_id, sale_line_no, created_at)
     VALUES (?, ?, ?, ?, 'sale', ?, ?, ?)`,
  );
  const insertCounter = db.prepare(
    'INSERT INTO receipt_counters (device, business_day, last_seq) VALUES (?, ?, ?)',
  );

  // How many sales each till and day gets: the bench day is fixed, the rest spread at random.
  const perDeviceDay = new Map<string, number>();
  const key = (device: string, day: number) => `${device}|${day}`;
  const benchIndex = Math.round((Date.parse(`${BENCH_DAY}T00:00:00Z`) - YEAR_START) / 86_400_000);
  perDeviceDay.set(key(BENCH_DEVICE, benchIndex), BENCH_DAY_SALES);
  for (let i = BENCH_DAY_SALES; i < count; i++) {
    const k = key(rng.pick(devices), rng.int(0, DAYS - 1));
    perDeviceDay.set(k, (perDeviceDay.get(k) ?? 0) + 1);
  }

  db.transaction(() => {
    for (const [k, n] of [...perDeviceDay].sort(([a], [b]) => a.localeCompare(b))) {
      const [device = BENCH_DEVICE, dayText = '0'] = k.split('|');
      const dayIndex = Number(dayText);
      const day = dayOf(dayIndex);
      // 08.00 to 21.00 WITA, in order through the day.
      const start = Date.parse(`${day}T00:00:00Z`);
      for (let seq = 1; seq <= n; seq++) {
        const at = new Date(start + Math.floor((seq / (n + 1)) * 13 * 3_600_000)).toISOString();
        const id = `${device}${day.replaceAll('-', '')}${String(seq).padStart(6, '0')}`;
        const lines = Array.from({ length: rng.int(1, 5) }, () => {
          const product = rng.pick(pieces);
          const qtyMilli = rng.int(1, 3) * 1000;
          return { product, qtyMilli, total: product.price * (qtyMilli / 1000) };
        });
        const total = lines.reduce((sum, l) => sum + l.total, 0);
        const qris = rng.chance(0.3);
        const tendered = qris ? total : Math.ceil(total / 50_000) * 50_000;
        insertSale.run(
          id,
          `${device}-${day.replaceAll('-', '')}-${String(seq).padStart(4, '0')}`,
          device,
          day,
          seq,
          at,
          total,
          total,
          tendered,
          tendered - total,
          'Kasir Bench',
          total,
        );
        lines.forEach((line, i) => {
          const producer = producerOf.get(line.product.id);
          insertLine.run(
            id,
            i + 1,
            line.product.id,
            line.product.sku,
            line.product.name,
            details.get(line.product.id)?.unit ?? 'pcs',
            producer?.code ?? '',
            producer?.name ?? '',
            line.qtyMilli,
            line.product.price,
            line.total,
            line.product.price,
            line.total,
            line.total,
          );
          insertMove.run(id, line.product.id, location, -line.qtyMilli, id, i + 1, at);
        });
        insertPayment.run(
          id,
          qris ? 'qris' : 'cash',
          total,
          tendered,
          tendered - total,
          qris ? 'Kasir Bench' : null,
          qris ? at : null,
        );
      }
      insertCounter.run(device, day, n);
    }
  }).immediate();
  return { count, devices, from: dayOf(0), to: dayOf(DAYS - 1) };
}
