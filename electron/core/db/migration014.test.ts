// Migration 014 (several Zs per business day) on a database from before it: every stored sale,
// Z report and batch stays exactly as it was, and each old Z is read as covering its whole day.
import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { engineIn, TEST_PIN } from '../../../tests/support/engine';
import { tempDirPerTest } from '../../../tests/support/tempDir';
import { DEFAULT_MIGRATIONS_DIR, openDatabase } from './open';

const tempDir = tempDirPerTest();

describe('migration 014 (business days with several Zs)', () => {
  it('keeps every sale, Z and batch as it was and gives each old Z its whole day', async () => {
    const dir = tempDir();
    const before = join(dir, 'migrations-013');
    mkdirSync(before);
    for (const file of readdirSync(DEFAULT_MIGRATIONS_DIR).filter((f) => f < '014'))
      cpSync(join(DEFAULT_MIGRATIONS_DIR, file), join(before, file));

    // A till on the old schema, written as the old code wrote it: two closed days, the first exported.
    const file = join(dir, 'karya.db');
    const days = ['2026-11-28', '2026-11-29'];
    const seed = openDatabase(file, before);
    seed.db.exec(`
      INSERT INTO producers (code, name) VALUES ('LPS-PALU', 'Lapas Palu');
      INSERT INTO products (sku, name, category, unit, price, producer_code, sold_by_weight)
      VALUES ('BWG', 'Bawang', 'Makanan', 'pcs', 25000, 'LPS-PALU', 0);
      INSERT INTO users (name, role, pin_hash, created_at) VALUES ('Sri', 'cashier', 'x', '2026-11-01T00:00:00Z');`);
    days.forEach((day, d) => {
      const shift = seed.db
        .prepare(
          `INSERT INTO shifts (device, business_day, user_id, user_name, opened_at, opening_float)
           VALUES ('BTH1', ?, 1, 'Sri', ?, 0) RETURNING id`,
        )
        .get(day, `${day}T01:00:00Z`) as { id: number };
      for (let seq = 1; seq <= 2 + d; seq++) {
        seed.db
          .prepare(
            `INSERT INTO sales (id, receipt_no, device, business_day, seq, created_at, subtotal, total, paid, change,
                                shift_id)
             VALUES (?, ?, 'BTH1', ?, ?, ?, 25000, 25000, 25000, 0, ?)`,
          )
          .run(
            `01J${d}${seq}`.padEnd(26, '0'),
            `BTH1-${day.replaceAll('-', '')}-000${seq}`,
            day,
            seq,
            `${day}T02:0${seq}:00Z`,
            shift.id,
          );
      }
      seed.db
        .prepare("INSERT INTO receipt_counters (device, business_day, last_seq) VALUES ('BTH1', ?, ?)")
        .run(day, 2 + d);
      seed.db
        .prepare(
          `UPDATE shifts SET closed_at = ?, closed_by_name = 'Sri', expected_cash = 0, counted_cash = 0, variance = 0
           WHERE id = ?`,
        )
        .run(`${day}T10:00:00Z`, shift.id);
      seed.db
        .prepare(
          `INSERT INTO day_closes (device, business_day, z_no, closed_at, closed_by_name, report)
           VALUES ('BTH1', ?, ?, ?, 'Bu Rina', '{"salesCount":0,"net":0}')`,
        )
        .run(day, d + 1, `${day}T11:00:00Z`);
    });
    seed.db
      .prepare(
        `INSERT INTO batches (id, device, seq, name, folder, first_day, last_day, days, reexport, sales_count,
                              sales_total, net, counts, totals, files, manifest_sha256, prev_hash, created_at,
                              created_by_name)
         VALUES ('01JBATCH000000000000000000', 'BTH1', 1, 'b1', '/x', ?, ?, ?, 0, 2, 50000, 50000, '{}', '{}', '[]',
                 ?, NULL, '2026-11-28T12:00:00Z', 'Bu Rina')`,
      )
      .run(days[0], days[0], JSON.stringify([days[0]]), 'a'.repeat(64));
    seed.db
      .prepare(
        "INSERT INTO batch_days (batch_id, device, business_day, reexport) VALUES ('01JBATCH000000000000000000', 'BTH1', ?, 0)",
      )
      .run(days[0]);
    seed.db.close();
    const snapshot = (db: ReturnType<typeof openDatabase>['db']) => ({
      sales: db.prepare('SELECT * FROM sales ORDER BY id').all(),
      lines: db.prepare('SELECT * FROM sale_lines ORDER BY sale_id, line_no').all(),
      payments: db.prepare('SELECT * FROM payments ORDER BY sale_id, seq').all(),
      refunds: db.prepare('SELECT * FROM refunds ORDER BY id').all(),
      voids: db.prepare('SELECT * FROM sale_voids ORDER BY id').all(),
      shifts: db.prepare('SELECT * FROM shifts ORDER BY id').all(),
      closes: db
        .prepare(
          'SELECT device, business_day, z_no, closed_at, closed_by_name, report FROM day_closes ORDER BY z_no',
        )
        .all(),
      batches: db.prepare('SELECT * FROM batches ORDER BY seq').all(),
    });
    const oldDb = openDatabase(file, before);
    expect(oldDb.schemaVersion).toBe(13);
    const was = snapshot(oldDb.db);
    const counts = oldDb.db
      .prepare('SELECT business_day AS day, max(seq) AS n FROM sales GROUP BY business_day ORDER BY day')
      .all() as { day: string; n: number }[];
    oldDb.db.close();

    const { db, schemaVersion } = openDatabase(file);
    expect(schemaVersion).toBeGreaterThanOrEqual(14);
    expect(snapshot(db)).toEqual(was);
    expect(
      db
        .prepare(
          'SELECT business_day AS day, z_no AS zNo, sales_after AS a, sales_upto AS n FROM day_closes ORDER BY z_no',
        )
        .all(),
    ).toEqual(counts.map((c, i) => ({ day: c.day, zNo: i + 1, a: 0, n: c.n })));
    expect(db.prepare('SELECT z_no, business_day, reexport FROM batch_days').raw().all()).toEqual([
      [1, days[0], 0],
    ]);
    expect(db.prepare("SELECT value FROM settings WHERE key = 'day_cutoff_hour'").pluck().get()).toBe('4');
    // Stored rows stay immutable, and a Z must start where the last one of its day stopped.
    expect(() => db.prepare('DELETE FROM day_closes').run()).toThrow(/IMMUTABLE/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO day_closes (device, business_day, z_no, closed_at, closed_by_name, report, sales_after,
                                   sales_upto, refunds_after, refunds_upto, shifts_after, shifts_upto)
           VALUES ('BTH1', ?, 99, '2026-12-01T00:00:00Z', 'x', '{}', 0, 10, 0, 0, 0, 0)`,
        )
        .run(days[0]),
    ).toThrow(/Z_RANGE/);
    db.close();

    // The migrated till goes on: the next batch takes the second day, and selling on the first
    // day's date again after its Z goes into a new Z that starts after receipt 2.
    const t = engineIn(dir);
    t.setNow('2026-11-28T12:00:00Z');
    // The 29th was written already: a clock back on the 28th needs a manager's word (docs/clock.md).
    const manager = await t.as('manager', 'Bu Rina', { shift: false });
    await t.ok('clock.confirm', { approval: { userId: manager.user.id, pin: TEST_PIN } });
    const [bawang] = await t.ok('products.list', { query: 'BWG' });
    expect(
      (
        await t.ok('sales.commitCash', {
          lines: [{ productId: bawang?.id ?? 0, qty: 1 }],
          cashTendered: 25_000,
        })
      ).receiptNo,
    ).toBe('BTH1-20261128-0003');
    expect((await t.ok('batches.preview', {})).batch?.days).toEqual([days[1]]);
    const z = await t.ok('reports.z', { day: days[0] as string });
    expect(z.close.zNo).toBe(3);
    expect(z.report.salesCount).toBe(1);
    t.engine.close();
  });
});
