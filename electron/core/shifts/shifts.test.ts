import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { CommandName, CommandResult } from '../../../shared/contract';
import { engineIn, TEST_PIN, type TestEngine } from '../../../tests/support/engine';
import { tempDirPerTest } from '../../../tests/support/tempDir';

const tempDir = tempDirPerTest();

function refusal(result: CommandResult<CommandName>) {
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

async function productId(t: TestEngine, sku: string): Promise<number> {
  const [product] = await t.ok('products.list', { query: sku });
  if (!product) throw new Error(`no product ${sku}`);
  return product.id;
}

function count(dir: string, table: string): number {
  const db = new Database(`${dir}/karya.db`, { readonly: true });
  const n = (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  db.close();
  return n;
}

describe('shifts', () => {
  it('no shift, no sale: a cashier must open one with a counted float first', async () => {
    const dir = tempDir();
    const t = engineIn(dir);
    const bawang = await productId(t, 'BWG-100');
    const sri = await t.as('cashier', 'Sri', { shift: false });
    const sale = {
      lines: [{ productId: bawang, qty: 1 }],
      payments: [{ method: 'cash' as const, amount: 25_000 }],
    };
    expect(refusal(await sri.call('sales.commit', sale))).toMatchObject({
      code: 'SHIFT_CLOSED',
      message: expect.stringMatching(/buka shift/i),
    });
    expect(count(dir, 'sales')).toBe(0);

    // The float is counted by denomination; a count that does not match the amount is refused.
    expect(
      refusal(await sri.call('shifts.open', { openingFloat: 200_000, count: { '100000': 1, '50000': 1 } }))
        .message,
    ).toMatch(/tidak sama/);
    const shift = await sri.ok('shifts.open', { openingFloat: 200_000, count: { '100000': 1, '50000': 2 } });
    expect(shift).toMatchObject({
      userName: 'Sri',
      openingFloat: 200_000,
      businessDay: '2026-11-28',
      closedAt: null,
    });
    expect(refusal(await sri.call('shifts.open', { openingFloat: 0 })).code).toBe('CONFLICT');
    const sold = await sri.ok('sales.commit', sale);
    expect(sold.receiptNo).toBe('BTH1-20261128-0001');
    t.engine.close();
  });

  it('a blind count: the cashier sees the expected cash only after closing; the variance is stored', async () => {
    const t = engineIn(tempDir());
    const bawang = await productId(t, 'BWG-100');
    const sri = await t.as('cashier', 'Sri', { shift: false });
    await sri.ok('shifts.open', { openingFloat: 100_000 });
    await sri.ok('sales.commit', {
      lines: [{ productId: bawang, qty: 2 }],
      payments: [{ method: 'cash', amount: 100_000 }],
    });
    await sri.ok('shifts.cashMove', { kind: 'out', amount: 20_000, reason: 'beli plastik' });
    await sri.ok('shifts.cashMove', { kind: 'in', amount: 5_000, reason: 'tambah receh' });
    expect(refusal(await sri.call('shifts.cashMove', { kind: 'out', amount: 0, reason: 'x' })).code).toBe(
      'INVALID_INPUT',
    );

    const open = await sri.ok('shifts.summary', {});
    expect(open).toMatchObject({ salesCount: 1, salesTotal: 50_000, cashIn: 5_000, cashOut: 20_000 });
    expect(open.expectedCash).toBeNull();
    // A manager may look: 100.000 float + 50.000 cash - 20.000 out + 5.000 in.
    const manager = await t.as('manager', 'Pak Andi');
    expect((await manager.ok('shifts.summary', { shiftId: open.shift.id })).expectedCash).toBe(135_000);

    // Counted Rp 130.000: Rp 5.000 short, within the Rp 10.000 limit.
    const closed = await sri.ok('shifts.close', {
      count: { '100000': 1, '20000': 1, '10000': 1 },
      note: 'kurang 5rb',
    });
    expect(closed.expectedCash).toBe(135_000);
    expect(closed.shift).toMatchObject({ countedCash: 130_000, variance: -5_000, closeNote: 'kurang 5rb' });
    expect(closed.shift.countDetail).toEqual({ '100000': 1, '20000': 1, '10000': 1 });
    // Closed is closed: the database itself refuses to change it.
    const db = new Database(t.engine.dbPath);
    expect(() =>
      db.prepare('UPDATE shifts SET counted_cash = 135000 WHERE id = ?').run(closed.shift.id),
    ).toThrow(/IMMUTABLE/);
    db.close();
    // Without an open shift she can no longer sell or move cash.
    expect(
      refusal(await sri.call('shifts.cashMove', { kind: 'in', amount: 1_000, reason: 'coba lagi' })).code,
    ).toBe('SHIFT_CLOSED');
    t.engine.close();
  });

  it('a variance over the limit needs a manager PIN; a wrong PIN closes nothing', async () => {
    const dir = tempDir();
    const t = engineIn(dir);
    const sri = await t.as('cashier', 'Sri', { shift: false });
    const manager = await t.as('manager', 'Pak Andi', { shift: false });
    await sri.ok('shifts.open', { openingFloat: 100_000 });
    const short = { count: { '50000': 1 } };
    expect(refusal(await sri.call('shifts.close', short)).code).toBe('APPROVAL_REQUIRED');
    expect(
      refusal(
        await sri.call('shifts.close', { ...short, approval: { userId: manager.user.id, pin: '0000' } }),
      ).code,
    ).toBe('FORBIDDEN');
    expect((await sri.ok('shifts.current', {})).shift?.closedAt).toBeNull();
    const closed = await sri.ok('shifts.close', {
      ...short,
      approval: { userId: manager.user.id, pin: TEST_PIN },
    });
    expect(closed.shift).toMatchObject({ variance: -50_000, approvedBy: 'Pak Andi' });
    t.engine.close();
  });

  it("a cashier sees her own shift's summary, not another's; shift lists are for managers", async () => {
    const t = engineIn(tempDir());
    const sri = await t.as('cashier', 'Sri');
    const ani = await t.as('cashier', 'Ani');
    const aniShift = (await ani.ok('shifts.current', {})).shift;
    expect(refusal(await sri.call('shifts.summary', { shiftId: aniShift?.id ?? 0 })).code).toBe('FORBIDDEN');
    expect(refusal(await sri.call('shifts.list', {})).code).toBe('FORBIDDEN');
    expect(refusal(await sri.call('reports.x', {})).code).toBe('FORBIDDEN');
    expect(refusal(await sri.call('reports.z', {})).code).toBe('FORBIDDEN');
    expect(refusal(await sri.call('audit.list', {})).code).toBe('FORBIDDEN');
    const manager = await t.as('manager', 'Pak Andi');
    expect((await manager.ok('shifts.list', {})).map((s) => s.userName)).toEqual(['Sri', 'Ani', 'Pak Andi']);
    t.engine.close();
  });
});
