// Issue 9: a season of sales (1,000,000 over a year on 20 tills). A 3-line cash sale committed
// through engine.call by a signed-in cashier in her shift (validation, pricing, receipt number,
// stock moves, synchronous=FULL), and beside it the bare SQL inserts of the same rows with the same
// pragmas, so the engine's own cost is visible; the day's X report; a year's report; engine start.
import Database from 'better-sqlite3';
import { SYSTEM } from '../../../electron/core/auth/access';
import type { Engine } from '../../../electron/core/engine';
import type { CommandName } from '../../../shared/contract';
import { BENCH_DAY, BENCH_DEVICE } from '../data/sales';
import { measure } from '../measure';
import type { BenchCase } from '../types';
import type { BenchWorld } from '../world';

async function callOk(
  engine: Engine,
  name: CommandName,
  input: unknown,
  caller: string | typeof SYSTEM = SYSTEM,
) {
  const result = await engine.call(name, input, caller);
  if (!result.ok) throw new Error(`${name} refused: ${result.error.message}`);
  return result.data;
}

/** A cashier signed in with her shift open, as at the till. */
async function cashierSession(engine: Engine): Promise<string> {
  const status = (await callOk(engine, 'auth.status', {})) as { users: { id: number; name: string }[] };
  const admin = status.users.find((u) => u.name === 'Admin Bench');
  if (!admin) await callOk(engine, 'users.create', { name: 'Admin Bench', role: 'admin', pin: '1357' });
  const existing = status.users.find((u) => u.name === 'Kasir Sesi');
  const id =
    existing?.id ??
    (
      (await callOk(engine, 'users.create', { name: 'Kasir Sesi', role: 'cashier', pin: '2468' })) as {
        id: number;
      }
    ).id;
  const { session } = (await callOk(engine, 'auth.login', { userId: id, pin: '2468' })) as {
    session: string;
  };
  const current = (await callOk(engine, 'shifts.current', {}, session)) as { shift: unknown };
  if (!current.shift) await callOk(engine, 'shifts.open', { openingFloat: 0 }, session);
  return session;
}

function threeLines(world: BenchWorld, i: number) {
  const pieces = world.catalogue().products.filter((p) => p.plu === null);
  return [0, 1, 2].map((k) => pieces[(i * 7 + k * 13) % pieces.length] ?? pieces[0]);
}

export const salesCases: BenchCase[] = [
  {
    name: 'commit: 3-line cash sale (1M sales)',
    what: 'sales.commit through engine.call by a signed-in cashier in her shift: validation, pricing, receipt number, 3 lines, payment, 3 stock moves, one IMMEDIATE transaction, synchronous=FULL',
    target: { stat: 'p99Ms', maxMs: 10 },
    async run(world) {
      world.sales();
      const engine = world.openEngine();
      try {
        const session = await cashierSession(engine);
        return await measure(
          (i) =>
            callOk(
              engine,
              'sales.commit',
              {
                lines: threeLines(world, i).map((p) => ({ productId: p?.id ?? 1, qty: 1 })),
                payments: [{ method: 'cash', amount: 10_000_000 }],
              },
              session,
            ),
          { runs: world.runs(1000, 100), warmup: 20 },
        );
      } finally {
        engine.close();
      }
    },
  },
  {
    name: 'commit: bare SQL of the same rows',
    what: 'the same rows (sale, 3 lines, payment, 3 stock moves, receipt counter) as plain prepared INSERTs in one IMMEDIATE transaction, same pragmas: the floor the engine is compared with',
    async run(world) {
      world.sales();
      const db = new Database(world.dbPath);
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      db.pragma('foreign_keys = ON');
      const sale = db.prepare(
        `INSERT INTO sales (id, receipt_no, device, business_day, seq, created_at, subtotal, total, paid, change,
                            cashier_name, tax_mode, dpp) VALUES (?, ?, 'BARE', '2026-11-28', ?, ?, ?, ?, ?, 0, 'x', 'off', ?)`,
      );
      const line = db.prepare(
        `INSERT INTO sale_lines (sale_id, line_no, product_id, sku, name, unit, sold_by_weight, producer_code, producer_name,
                                 qty_milli, unit_price, line_total, list_price, net_total, dpp)
         VALUES (?, ?, ?, ?, ?, 'pcs', 0, ?, 'x', 1000, ?, ?, ?, ?, ?)`,
      );
      const pay = db.prepare(
        "INSERT INTO payments (sale_id, seq, method, amount, tendered, change) VALUES (?, 1, 'cash', ?, ?, 0)",
      );
      const move = db.prepare(
        `INSERT INTO stock_moves (op_id, product_id, location_id, qty_milli, kind, sale_id, sale_line_no, created_at)
         VALUES (?, ?, 1, -1000, 'sale', ?, ?, ?)`,
      );
      const counter = db.prepare(
        `INSERT INTO receipt_counters (device, business_day, last_seq) VALUES ('BARE', '2026-11-28', 1)
         ON CONFLICT (device, business_day) DO UPDATE SET last_seq = last_seq + 1 RETURNING last_seq`,
      );
      const producer = db.prepare('SELECT producer_code AS code FROM products WHERE id = ?');
      try {
        return await measure(
          (i) =>
            db
              .transaction(() => {
                const seq = (counter.get() as { last_seq: number }).last_seq;
                const id = `BARE${String(seq).padStart(8, '0')}`;
                const at = new Date().toISOString();
                const products = threeLines(world, i);
                const total = products.reduce((sum, p) => sum + (p?.price ?? 0), 0);
                sale.run(id, `BARE-${seq}`, seq, at, total, total, total, total);
                products.forEach((p, k) => {
                  const code = (producer.get(p?.id ?? 1) as { code: string }).code;
                  line.run(
                    id,
                    k + 1,
                    p?.id ?? 1,
                    p?.sku ?? '',
                    p?.name ?? '',
                    code,
                    p?.price,
                    p?.price,
                    p?.price,
                    p?.price,
                    p?.price,
                  );
                  move.run(id, p?.id ?? 1, id, k + 1, at);
                });
                pay.run(id, total, total);
              })
              .immediate(),
          { runs: world.runs(1000, 100), warmup: 20 },
        );
      } finally {
        db.close();
      }
    },
  },
  {
    name: 'X report: one day, 2,000 sales (1M sales)',
    what: `reports.x for ${BENCH_DAY} on ${BENCH_DEVICE} (2,000 sales of about 3 lines): every breakdown, through engine.call`,
    target: { stat: 'p99Ms', maxMs: 100 },
    async run(world) {
      world.sales();
      const engine = world.openEngine();
      try {
        return await measure(() => callOk(engine, 'reports.x', { from: BENCH_DAY, to: BENCH_DAY }), {
          runs: world.runs(50, 5),
          warmup: 2,
        });
      } finally {
        engine.close();
      }
    },
  },
  {
    name: 'report: one year on one till (1M sales)',
    what: `reports.x over the whole year on ${BENCH_DEVICE} (about 1/20 of the sales plus the 2,000 of the bench day), by producing unit and every other breakdown`,
    target: { stat: 'p99Ms', maxMs: 1000 },
    async run(world) {
      const season = world.sales();
      const engine = world.openEngine();
      try {
        return await measure(() => callOk(engine, 'reports.x', { from: season.from, to: season.to }), {
          runs: world.runs(10, 2),
          warmup: 1,
        });
      } finally {
        engine.close();
      }
    },
  },
  {
    name: 'engine start (1M sales)',
    what: 'openEngine + first command (app.info) + close on the 1,000,000-sale file, a clean shutdown before each run',
    target: { stat: 'p95Ms', maxMs: 300 },
    async run(world) {
      world.sales();
      return measure(
        async () => {
          const engine = world.openEngine();
          await callOk(engine, 'app.info', {});
          engine.close();
        },
        { runs: world.runs(30, 5), warmup: 2 },
      );
    },
  },
];
