// The checks the crash harness and the fuzz test rely on must see what they are looking for.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { engineIn } from '../../../tests/support/engine';
import { tempDirPerTest } from '../../../tests/support/tempDir';
import { databaseProblems, missingAcknowledged, salesProblems } from './invariants';

const tempDir = tempDirPerTest();

async function withSales(n: number) {
  const dir = tempDir();
  const t = engineIn(dir, { backupCheckMs: 0 });
  const sales = [];
  for (let i = 0; i < n; i++) {
    sales.push(
      await t.ok('sales.commitCash', { lines: [{ productId: 1, qty: 1 }], cashTendered: 1_000_000 }),
    );
  }
  t.engine.close();
  const db = new Database(join(dir, 'karya.db'));
  db.pragma('foreign_keys = OFF');
  return { db, sales };
}

describe('database invariants', () => {
  it('find nothing wrong in a database the engine wrote', async () => {
    const { db, sales } = await withSales(3);
    expect([...databaseProblems(db), ...salesProblems(db)]).toEqual([]);
    expect(
      missingAcknowledged(
        db,
        sales.map((s) => ({ receiptNo: s.receiptNo, id: s.id })),
      ),
    ).toEqual([]);
    db.close();
  });

  it('report a half-written sale, a gap, a counter out of step and wrong sums', async () => {
    const { db } = await withSales(2);
    // A sale row with no lines and no payment, numbered 4 (so 3 is missing).
    db.prepare(
      `INSERT INTO sales (id, receipt_no, device, business_day, seq, created_at, subtotal, total, paid, change)
       VALUES ('X', 'BTH1-20261128-0004', 'BTH1', '2026-11-28', 4, '2026-11-28T02:00:00Z', 100, 100, 100, 0)`,
    ).run();
    const problems = salesProblems(db);
    expect(problems).toEqual(
      expect.arrayContaining([
        'half-written sale BTH1-20261128-0004: no lines or no payment',
        'sale BTH1-20261128-0004: lines add up to null, subtotal says 100',
        'sale BTH1-20261128-0004: payments add up to null, total is 100',
        'receipt numbers of BTH1 on 2026-11-28 have gaps: 3 sales, last 4',
        'receipt counter of BTH1 on 2026-11-28 is 2, last sale 4',
      ]),
    );
    expect(databaseProblems(db)).toEqual([]);
    db.close();
  });

  it('report an acknowledged sale that is not stored, and broken references', async () => {
    const { db, sales } = await withSales(1);
    expect(missingAcknowledged(db, [{ receiptNo: 'BTH1-20261128-0009', id: 'NOPE' }])).toEqual([
      'acknowledged sale BTH1-20261128-0009 (NOPE) is missing',
    ]);
    expect(
      missingAcknowledged(db, [{ receiptNo: 'BTH1-20261128-0002', id: sales[0]?.id ?? '' }]),
    ).toHaveLength(1);
    db.prepare(
      `INSERT INTO payments (sale_id, seq, method, amount, tendered, change) VALUES ('GHOST', 1, 'cash', 1, 1, 0)`,
    ).run();
    expect(databaseProblems(db)).toEqual([expect.stringMatching(/^foreign_key_check: 1 rows/)]);
    db.close();
  });
});
