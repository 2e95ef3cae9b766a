import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { engineIn, TEST_PIN, type TestEngine } from '../../../tests/support/engine';
import { tempDirPerTest } from '../../../tests/support/tempDir';
import { SYSTEM } from '../auth/access';
import { DEFAULT_MIGRATIONS_DIR, openDatabase } from '../db/open';

const tempDir = tempDirPerTest();

type Person = Awaited<ReturnType<TestEngine['as']>>;

async function bawangId(t: TestEngine): Promise<number> {
  const [bawang] = await t.ok('products.list', { query: 'BWG-100' });
  if (!bawang) throw new Error('demo catalogue changed');
  return bawang.id;
}

/** One bawang goreng (Rp 25.000) for cash, as `who` or as the system. */
function sale(productId: number) {
  return { lines: [{ productId, qty: 1 }], payments: [{ method: 'cash' as const, amount: 25_000 }] };
}

async function refusal(result: Promise<{ ok: boolean; error?: { code: string; message: string } }>) {
  const answered = await result;
  if (answered.ok) throw new Error('expected a refusal');
  return answered.error as { code: string; message: string };
}

/**
 * What must hold whatever the clock did: receipt numbers unique and gap-free per device and day,
 * ids strictly increasing in the order rows were written, and the X report over every day adding
 * up to the stored sales (nothing counted twice, nothing lost).
 */
async function expectBooksInOrder(t: TestEngine, dbPath: string): Promise<void> {
  const db = new Database(dbPath, { readonly: true });
  try {
    const sales = db
      .prepare(
        'SELECT id, receipt_no AS receiptNo, device, business_day AS day, seq, total FROM sales ORDER BY rowid',
      )
      .all() as { id: string; receiptNo: string; device: string; day: string; seq: number; total: number }[];
    expect(new Set(sales.map((s) => s.receiptNo)).size).toBe(sales.length);
    const byDay = new Map<string, number[]>();
    for (const s of sales)
      byDay.set(`${s.device} ${s.day}`, [...(byDay.get(`${s.device} ${s.day}`) ?? []), s.seq]);
    for (const [day, seqs] of byDay) {
      expect(
        [...seqs].sort((a, b) => a - b),
        day,
      ).toEqual(seqs.map((_, i) => i + 1));
    }
    const increasing = (ids: string[], what: string) => {
      for (let i = 1; i < ids.length; i++)
        expect((ids[i] ?? '') > (ids[i - 1] ?? ''), `${what} ${i}`).toBe(true);
    };
    increasing(
      sales.map((s) => s.id),
      'sale ids',
    );
    for (const table of ['refunds', 'sale_voids']) {
      increasing(
        (db.prepare(`SELECT id FROM ${table} ORDER BY rowid`).all() as { id: string }[]).map((r) => r.id),
        table,
      );
    }
    // One op id per operation, shared by its moves: distinct ids in the order they were written.
    const ops = (db.prepare('SELECT op_id AS id FROM stock_moves ORDER BY id').all() as { id: string }[])
      .map((r) => r.id)
      .filter((id, i, all) => id !== all[i - 1]);
    increasing(ops, 'stock op ids');

    if (sales.length > 0) {
      const days = sales.map((s) => s.day).sort();
      const x = await t.ok('reports.x', { from: days[0], to: days.at(-1) });
      expect(x.salesCount).toBe(sales.length);
      expect(x.salesTotal).toBe(sales.reduce((sum, s) => sum + s.total, 0));
    }
  } finally {
    db.close();
  }
}

describe('the clock guard', () => {
  it('refuses business writes when the clock goes back a day, until a manager confirms with a PIN', async () => {
    const t = engineIn(tempDir());
    const id = await bawangId(t);
    const sri = await t.as('cashier', 'Sri');
    const andi = await t.as('manager', 'Pak Andi', { shift: false });
    const approval = { userId: andi.user.id, pin: TEST_PIN };
    const first = await sri.ok('sales.commit', sale(id)); // 28/11 10.00 WITA
    const toRefund = await sri.ok('sales.commit', sale(id));

    t.setNow('2026-11-27T02:00:00Z'); // the laptop now says 27/11 10.00
    const refused = await refusal(sri.call('sales.commit', sale(id)));
    expect(refused.code).toBe('CLOCK_SUSPECT');
    expect(refused.message).toContain('27/11/2026 10.00');
    expect(refused.message).toContain('28/11/2026 10.00');
    expect(refused.message).toMatch(/Betulkan jam laptop.*manajer/);
    // Everything else that stamps business time is refused the same way.
    const stamped: [Person, string, unknown][] = [
      [sri, 'sales.commitCash', { lines: [{ productId: id, qty: 1 }], cashTendered: 25_000 }],
      [sri, 'sales.void', { receiptNo: first.receiptNo, reason: 'salah input', approval }],
      [
        sri,
        'sales.refund',
        { receiptNo: first.receiptNo, lines: [{ lineNo: 1, qty: 1 }], reason: 'rusak', approval },
      ],
      [sri, 'shifts.cashMove', { kind: 'in', amount: 10_000, reason: 'tambah modal' }],
      [sri, 'shifts.close', { count: {}, approval }],
      [andi, 'reports.z', {}],
      [andi, 'stock.adjust', { productId: id, qty: 1, reason: 'ketemu' }],
      [andi, 'shifts.open', { openingFloat: 0 }],
    ];
    for (const [who, name, input] of stamped) {
      expect((await refusal(who.call(name, input))).code, name).toBe('CLOCK_SUSPECT');
    }
    expect(
      (
        await refusal(
          t.engine.call(
            'sales.commitCash',
            { lines: [{ productId: id, qty: 1 }], cashTendered: 25_000 },
            SYSTEM,
          ),
        )
      ).code,
    ).toBe('CLOCK_SUSPECT');
    // Reading goes on.
    expect((await sri.ok('sales.get', { receiptNo: first.receiptNo })).total).toBe(25_000);
    expect(await t.ok('clock.status', {})).toMatchObject({
      now: '2026-11-27T02:00:00.000Z',
      newestAt: '2026-11-28T02:00:00.000Z',
      lastActivityAt: '2026-11-28T02:00:00.000Z',
      shiftOpen: true,
      problem: 'behind',
      timeZone: 'Asia/Makassar',
      accepted: null,
    });

    // No PIN, a wrong PIN, a cashier's PIN: refused, and the clock is still not trusted.
    expect((await refusal(sri.call('clock.confirm', {}))).code).toBe('APPROVAL_REQUIRED');
    expect((await refusal(andi.call('clock.confirm', {}))).code).toBe('APPROVAL_REQUIRED');
    expect(
      (await refusal(sri.call('clock.confirm', { approval: { userId: andi.user.id, pin: '9999' } }))).code,
    ).toBe('FORBIDDEN');
    const cashierPin = await refusal(
      sri.call('clock.confirm', { approval: { userId: sri.user.id, pin: TEST_PIN } }),
    );
    expect(cashierPin).toMatchObject({ code: 'FORBIDDEN', message: /bukan manajer/ });
    expect((await t.ok('clock.status', {})).problem).toBe('behind');

    const confirmed = await sri.ok('clock.confirm', { approval });
    expect(confirmed).toMatchObject({
      problem: null,
      newestAt: '2026-11-27T02:00:00.000Z',
      accepted: { at: '2026-11-27T02:00:00.000Z', by: 'Pak Andi' },
    });
    const [entry] = await andi.ok('audit.list', { action: 'clock.confirm' });
    expect(entry).toMatchObject({
      userName: 'Sri',
      approvedBy: 'Pak Andi',
      subject: expect.stringMatching(/^28\/11\/2026 10\.00( WITA)? → 27\/11\/2026 10\.00/),
      detail: {
        problem: 'behind',
        clockAt: '2026-11-27T02:00:00.000Z',
        newestAt: '2026-11-28T02:00:00.000Z',
      },
    });
    expect((await andi.ok('audit.list', { action: 'pin.failed' })).length).toBe(1);

    // Selling goes on, on the accepted clock's business day (Sri's drawer of the 28th is counted
    // first), with an id above the others although the clock reads a day earlier.
    expect((await refusal(sri.call('sales.commit', sale(id)))).code).toBe('SHIFT_STALE');
    await sri.ok('shifts.close', { count: { '50000': 1 } });
    await sri.ok('shifts.open', { openingFloat: 0 });
    const after = await sri.ok('sales.commit', sale(id));
    expect(after.receiptNo).toBe('BTH1-20261127-0001');
    expect(after.id > toRefund.id).toBe(true);
    expect(after.createdAt).toBe('2026-11-27T02:00:00.000Z'); // what the clock said, accepted
    await sri.ok('sales.refund', {
      receiptNo: toRefund.receiptNo,
      lines: [{ lineNo: 1, qty: 1 }],
      reason: 'rusak',
      approval,
    });

    // Fixing the clock back to the real day is fine too: it is after everything written since.
    // The 28th's receipts go on from where they were; no number is used twice.
    t.setNow('2026-11-28T02:30:00Z');
    expect((await t.ok('clock.status', {})).problem).toBeNull();
    await sri.ok('shifts.close', { count: {} });
    await sri.ok('shifts.open', { openingFloat: 0 });
    expect((await sri.ok('sales.commit', sale(id))).receiptNo).toBe('BTH1-20261128-0003');
    await sri.ok('sales.void', { receiptNo: first.receiptNo, reason: 'salah input', approval });
    await expectBooksInOrder(t, t.engine.dbPath);
    t.engine.close();
  });

  it('lets small corrections through: up to 10 minutes back, up to 36 hours on with a shift open', async () => {
    const t = engineIn(tempDir());
    const id = await bawangId(t);
    const sri = await t.as('cashier', 'Sri');
    await sri.ok('sales.commit', sale(id)); // 02:00Z
    t.setNow('2026-11-28T01:51:00Z'); // 9 minutes back (a time sync)
    await sri.ok('sales.commit', sale(id));
    t.setNow('2026-11-28T01:49:59Z'); // 10 minutes and a second before the newest sale
    expect((await refusal(sri.call('sales.commit', sale(id)))).code).toBe('CLOCK_SUSPECT');
    t.setNow('2026-11-29T13:50:00Z'); // 35 h 59 min after the last sale, Sri's shift still open
    await t.ok('sales.commit', sale(id)); // the command line sells without a shift
    t.setNow('2026-12-01T02:00:00Z'); // 36 h 10 min after that one
    const ahead = await refusal(t.engine.call('sales.commit', sale(id), SYSTEM));
    expect(ahead.code).toBe('CLOCK_SUSPECT');
    expect(ahead.message).toContain('01/12/2026 10.00');
    expect(ahead.message).toContain('29/11/2026 21.50');
    expect(ahead.message).toMatch(/maju.*shift masih terbuka/);
    await expectBooksInOrder(t, t.engine.dbPath);
    t.engine.close();
  });

  it('keeps ids increasing and numbers unique when the clock goes back five years, across a restart', async () => {
    const dir = tempDir();
    let t = engineIn(dir);
    const id = await bawangId(t);
    let sri = await t.as('cashier', 'Sri');
    const andi = await t.as('manager', 'Pak Andi', { shift: false });
    await andi.ok('stock.receive', {
      producerCode: 'LPS-PALU',
      reference: 'SJ-1',
      lines: [{ productId: id, qty: 5 }],
    });
    const before = await sri.ok('sales.commit', sale(id));

    t.setNow('2021-11-28T02:00:00Z');
    const refused = await refusal(sri.call('sales.commit', sale(id)));
    expect(refused.message).toContain('28/11/2021 10.00');
    expect(refused.message).toContain('28/11/2026 10.00');
    expect(
      (
        await refusal(
          andi.call('stock.receive', {
            producerCode: 'LPS-PALU',
            reference: 'SJ-2',
            lines: [{ productId: id, qty: 1 }],
          }),
        )
      ).code,
    ).toBe('CLOCK_SUSPECT');
    await sri.ok('clock.confirm', { approval: { userId: andi.user.id, pin: TEST_PIN } });
    // The drawer of 2026 is counted; a shift of the accepted clock's day takes over.
    await sri.ok('shifts.close', { count: { '20000': 1, '5000': 1 } });
    await sri.ok('shifts.open', { openingFloat: 0 });
    const back = await sri.ok('sales.commit', sale(id));
    expect(back.receiptNo).toBe('BTH1-20211128-0001');
    expect(back.id > before.id).toBe(true);
    await andi.ok('stock.receive', {
      producerCode: 'LPS-PALU',
      reference: 'SJ-2',
      lines: [{ productId: id, qty: 1 }],
    });
    t.engine.close();

    // A restart forgets everything in memory: ids still go on from the newest stored.
    t = engineIn(dir);
    t.setNow('2021-11-28T02:05:00Z');
    sri = await t.as('cashier', 'Sri');
    const restarted = await sri.ok('sales.commit', sale(id));
    expect(restarted.id > back.id).toBe(true);
    expect(restarted.receiptNo).toBe('BTH1-20211128-0002');
    const manager = await t.as('manager', 'Pak Andi', { shift: false });
    await manager.ok('stock.adjust', { productId: id, qty: -1, reason: 'rusak' });
    await sri.ok('sales.void', {
      receiptNo: restarted.receiptNo,
      reason: 'salah input',
      approval: { userId: manager.user.id, pin: TEST_PIN },
    });
    await expectBooksInOrder(t, t.engine.dbPath);
    t.engine.close();
  });

  it('refuses a month forward while a shift is open; an admin confirms; an idle till opens a shift freely', async () => {
    const t = engineIn(tempDir());
    const id = await bawangId(t);
    const sri = await t.as('cashier', 'Sri');
    const admin = await t.as('admin', 'Bu Admin', { shift: false });
    const andi = await t.as('manager', 'Pak Andi', { shift: false });
    await sri.ok('sales.commit', sale(id));

    t.setNow('2026-12-28T02:00:00Z');
    expect(await t.ok('clock.status', {})).toMatchObject({ problem: 'ahead', shiftOpen: true });
    const refused = await refusal(sri.call('sales.commit', sale(id)));
    expect(refused.message).toContain('28/12/2026 10.00');
    expect(refused.message).toContain('28/11/2026 10.00');
    expect((await refusal(sri.call('shifts.close', { count: {} }))).code).toBe('CLOCK_SUSPECT');
    await sri.ok('clock.confirm', { approval: { userId: admin.user.id, pin: TEST_PIN } });
    // Accepted: the month-old drawer is counted and closed, and a new shift sells on the new day.
    await sri.ok('shifts.close', { count: { '20000': 1, '5000': 1 } });
    await andi.ok('reports.z', {});
    await sri.ok('shifts.open', { openingFloat: 0 });
    const late = await sri.ok('sales.commit', sale(id));
    expect([late.receiptNo, late.businessDay]).toEqual(['BTH1-20261228-0001', '2026-12-28']);
    await sri.ok('shifts.close', { count: { '20000': 1, '5000': 1 } });

    // No shift open: a till that stood still for a month is simply opened again.
    t.setNow('2027-01-28T02:00:00Z');
    expect(await t.ok('clock.status', {})).toMatchObject({ problem: null, shiftOpen: false });
    await sri.ok('shifts.open', { openingFloat: 0 });
    expect((await sri.ok('sales.commit', sale(id))).receiptNo).toBe('BTH1-20270128-0001');
    await expectBooksInOrder(t, t.engine.dbPath);
    t.engine.close();
  });

  it('continues a day’s receipt numbers when the clock goes back to a day that already has receipts', async () => {
    const t = engineIn(tempDir());
    const id = await bawangId(t);
    const andi = await t.as('manager', 'Pak Andi', { shift: false });
    // The command line sells without a shift, on the calendar day of the till's zone.
    expect((await t.ok('sales.commit', sale(id))).receiptNo).toBe('BTH1-20261128-0001');
    t.setNow('2026-11-29T02:00:00Z');
    expect((await t.ok('sales.commit', sale(id))).receiptNo).toBe('BTH1-20261129-0001');
    t.setNow('2026-11-28T03:00:00Z');
    expect((await refusal(t.engine.call('sales.commit', sale(id), SYSTEM))).code).toBe('CLOCK_SUSPECT');
    await t.ok('clock.confirm', { approval: { userId: andi.user.id, pin: TEST_PIN } });
    // Back on the 28th: its sequence goes on, no number is used twice.
    expect((await t.ok('sales.commit', sale(id))).receiptNo).toBe('BTH1-20261128-0002');
    await expectBooksInOrder(t, t.engine.dbPath);
    t.engine.close();
  });

  it('a sale across midnight (cart started 23.59, paid 00.01) is one ordinary sale on the shift’s day', async () => {
    const t = engineIn(tempDir());
    const id = await bawangId(t);
    t.setNow('2026-11-28T14:00:00Z'); // 22.00 WITA
    const sri = await t.as('cashier', 'Sri');
    const evening = await sri.ok('sales.commit', sale(id));
    t.setNow('2026-11-28T15:59:00Z'); // 23.59: the buyer's cart is parked while she fetches money
    const parked = await sri.ok('parked.save', {
      label: 'Ibu baju merah',
      lines: [{ productId: id, qty: 1 }],
    });
    t.setNow('2026-11-28T16:01:00Z'); // 00.01 on the 29th
    await sri.ok('parked.resume', { id: parked.id });
    const paid = await sri.ok('sales.commit', sale(id));
    expect([paid.receiptNo, paid.businessDay]).toEqual(['BTH1-20261128-0002', '2026-11-28']);
    expect(paid.id > evening.id).toBe(true);
    // The laptop's time sync pulls the clock back three minutes: within the tolerance.
    t.setNow('2026-11-28T15:58:00Z');
    expect((await sri.ok('sales.commit', sale(id))).receiptNo).toBe('BTH1-20261128-0003');
    expect((await t.ok('clock.status', {})).problem).toBeNull();
    await expectBooksInOrder(t, t.engine.dbPath);
    t.engine.close();
  });

  it('names times in the till’s zone when the laptop’s zone was changed and its clock set to match', async () => {
    const dir = tempDir();
    let t = engineIn(dir);
    const id = await bawangId(t);
    let sri = await t.as('cashier', 'Sri');
    await sri.ok('sales.commit', sale(id)); // 10.00 WITA
    // The laptop's zone is switched to UTC and someone sets its wall clock to the WITA time it
    // showed: the instant jumps 8 hours on. Within the limits, so the till sells on.
    t.setNow('2026-11-28T10:05:00Z');
    await sri.ok('sales.commit', sale(id));
    t.engine.close();

    // The zone is put right and the clock with it; the engine starts again (a zone given at start
    // does not move the till's own zone, which was written on the first run).
    t = engineIn(dir, { timeZone: 'Asia/Jakarta' });
    t.setNow('2026-11-28T02:10:00Z'); // 10.10 WITA, the real time
    sri = await t.as('cashier', 'Sri');
    const refused = await refusal(sri.call('sales.commit', sale(id)));
    expect(refused.code).toBe('CLOCK_SUSPECT');
    expect(refused.message).toContain('sekarang 28/11/2026 10.10');
    expect(refused.message).toContain('tercatat 28/11/2026 18.05');
    const andi = await t.as('manager', 'Pak Andi', { shift: false });
    await sri.ok('clock.confirm', { approval: { userId: andi.user.id, pin: TEST_PIN } });
    const after = await sri.ok('sales.commit', sale(id));
    expect(after.receiptNo).toBe('BTH1-20261128-0003');
    await expectBooksInOrder(t, t.engine.dbPath);
    t.engine.close();
  });

  it('writes nothing when a confirmation finds nothing wrong, and asks the PIN even of a manager', async () => {
    const t = engineIn(tempDir());
    const andi = await t.as('manager', 'Pak Andi');
    const status = await andi.ok('clock.confirm', { approval: { userId: andi.user.id, pin: TEST_PIN } });
    expect(status).toMatchObject({ problem: null, accepted: null });
    expect(await andi.ok('audit.list', { action: 'clock.confirm' })).toEqual([]);
    expect((await refusal(t.engine.call('clock.confirm', {}, SYSTEM))).code).toBe('APPROVAL_REQUIRED');
    t.engine.close();
  });

  it('heals the marks from the stored times when a database from before the guard is opened', async () => {
    const dir = tempDir();
    // A till on the schema before the clock migration, with a shift, a sale and cash taken out.
    const clockMigration =
      readdirSync(DEFAULT_MIGRATIONS_DIR).find((f) => /^\d{3}_clock\.sql$/.test(f)) ?? '';
    const before = join(dir, 'migrations-before-clock');
    mkdirSync(before);
    for (const file of readdirSync(DEFAULT_MIGRATIONS_DIR).filter((f) => f < clockMigration))
      cpSync(join(DEFAULT_MIGRATIONS_DIR, file), join(before, file));
    const seed = openDatabase(join(dir, 'karya.db'), before);
    seed.db.exec(`
      INSERT INTO users (name, role, pin_hash, created_at) VALUES ('Sri', 'cashier', 'x', '2026-11-01T00:00:00Z');
      INSERT INTO shifts (device, business_day, user_id, user_name, opened_at, opening_float)
      VALUES ('BTH1', '2026-11-28', 1, 'Sri', '2026-11-28T01:00:00.000Z', 0);
      INSERT INTO sales (id, receipt_no, device, business_day, seq, created_at, subtotal, total, paid, change, shift_id)
      VALUES ('01KB0000000000000000000000', 'BTH1-20261128-0001', 'BTH1', '2026-11-28', 1,
              '2026-11-28T02:00:00.000Z', 25000, 25000, 25000, 0, 1);
      INSERT INTO cash_movements (shift_id, kind, amount, reason, created_at, user_id, user_name)
      VALUES (1, 'out', 5000, 'beli plastik', '2026-11-28T05:00:00.000Z', 1, 'Sri');`);
    seed.db.close();

    const t = engineIn(dir);
    expect(await t.ok('clock.status', {})).toMatchObject({
      newestAt: '2026-11-28T05:00:00.000Z',
      lastActivityAt: '2026-11-28T05:00:00.000Z',
      shiftOpen: true,
      problem: 'behind', // the test clock says 02:00
    });
    t.engine.close();
  });
});
