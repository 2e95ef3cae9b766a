// The cash drawer's limits: a cashier's cash-out over the limit, or over what her drawer should hold,
// needs a manager's PIN; cash moves need a drawer (an open shift); cash rung up from the command line
// is in the day's sales but in no drawer's expected cash.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { CommandName, CommandResult } from '../../../shared/contract';
import { cashLines } from '../../../shared/reportTables';
import { engineIn, TEST_PIN, type TestEngine } from '../../../tests/support/engine';
import { tempDirPerTest } from '../../../tests/support/tempDir';
import { SYSTEM } from '../auth/access';

const tempDir = tempDirPerTest();

function refusal(result: CommandResult<CommandName>) {
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

/** What is stored, read straight from the file: movements and cash audit entries. */
function stored(t: TestEngine) {
  const db = new Database(t.engine.dbPath, { readonly: true });
  try {
    return {
      movements: db
        .prepare('SELECT kind, amount, user_name AS userName FROM cash_movements ORDER BY id')
        .all(),
      cashAudit: db
        .prepare(
          `SELECT action, user_name AS userName, approved_by_name AS approvedBy, detail FROM audit_log
           WHERE action IN ('cash.in', 'cash.out') ORDER BY id`,
        )
        .all() as { action: string; userName: string; approvedBy: string | null; detail: string }[],
      failedPins: (
        db.prepare(`SELECT count(*) AS n FROM audit_log WHERE action = 'pin.failed'`).get() as {
          n: number;
        }
      ).n,
    };
  } finally {
    db.close();
  }
}

async function productId(t: TestEngine, sku: string): Promise<number> {
  const [product] = await t.ok('products.list', { query: sku });
  if (!product) throw new Error(`no product ${sku}`);
  return product.id;
}

describe('the cash-out limit', () => {
  it('a cashier takes out up to the limit alone; over it only with a manager PIN, and a refusal writes nothing', async () => {
    const t = engineIn(tempDir());
    expect((await t.ok('paymentSettings.get', {})).cashOutLimit).toBe(200_000);
    const sri = await t.as('cashier', 'Sri', { shift: false });
    const ani = await t.as('cashier', 'Ani', { shift: false });
    const manager = await t.as('manager', 'Pak Andi', { shift: false });
    await sri.ok('shifts.open', { openingFloat: 500_000 });

    // Under the limit: no one else needed.
    await sri.ok('shifts.cashMove', { kind: 'out', amount: 150_000, reason: 'setor ke kantor' });
    // Over it without a manager: refused with the reason, nothing written.
    const big = { kind: 'out' as const, amount: 250_000, reason: 'setor ke kantor' };
    const noApproval = refusal(await sri.call('shifts.cashMove', big));
    expect(noApproval).toEqual(
      expect.objectContaining({
        code: 'APPROVAL_REQUIRED',
        message: 'Kas keluar Rp 250.000 melebihi batas Rp 200.000: minta manajer memasukkan PIN.',
      }),
    );
    expect(stored(t).movements).toHaveLength(1);
    // A wrong manager PIN, and a cashier's PIN, are refused and write nothing either.
    const wrong = refusal(
      await sri.call('shifts.cashMove', { ...big, approval: { userId: manager.user.id, pin: '0000' } }),
    );
    expect(wrong.code).toBe('FORBIDDEN');
    const cashier = refusal(
      await sri.call('shifts.cashMove', { ...big, approval: { userId: ani.user.id, pin: TEST_PIN } }),
    );
    expect(cashier).toEqual(
      expect.objectContaining({
        code: 'FORBIDDEN',
        message: 'Ani bukan manajer; persetujuan harus dari manajer atau admin.',
      }),
    );
    const afterRefusals = stored(t);
    expect(afterRefusals.movements).toHaveLength(1);
    expect(afterRefusals.cashAudit).toHaveLength(1);
    expect(afterRefusals.failedPins).toBe(1); // the wrong PIN counts towards the manager's lockout

    // With the manager's PIN: taken out, and the audit says who approved.
    const moved = await sri.ok('shifts.cashMove', {
      ...big,
      approval: { userId: manager.user.id, pin: TEST_PIN },
    });
    expect(moved).toMatchObject({ kind: 'out', amount: 250_000, userName: 'Sri' });
    const { cashAudit } = stored(t);
    expect(cashAudit.map(({ detail: _d, ...entry }) => entry)).toEqual([
      { action: 'cash.out', userName: 'Sri', approvedBy: null },
      { action: 'cash.out', userName: 'Sri', approvedBy: 'Pak Andi' },
    ]);
    expect(JSON.parse(cashAudit[1]?.detail ?? '{}')).toMatchObject({
      amount: 250_000,
      reason: 'setor ke kantor',
      approvalReason: expect.stringContaining('melebihi batas'),
    });
    // The audit screen's list shows the same.
    const listed = await manager.ok('audit.list', { action: 'cash.out' });
    expect(listed[0]).toMatchObject({ userName: 'Sri', approvedBy: 'Pak Andi' });
    t.engine.close();
  });

  it('a cash-out above what the drawer should hold needs a manager, without saying how much it holds', async () => {
    const t = engineIn(tempDir());
    const sri = await t.as('cashier', 'Sri', { shift: false });
    const manager = await t.as('manager', 'Pak Andi', { shift: false });
    await sri.ok('shifts.open', { openingFloat: 50_000 });
    const bawang = await productId(t, 'BWG-100');
    await sri.ok('sales.commit', {
      lines: [{ productId: bawang, qty: 1 }],
      payments: [{ method: 'cash', amount: 25_000 }],
    });
    await sri.ok('shifts.cashMove', { kind: 'in', amount: 5_000, reason: 'tambah receh' });
    await sri.ok('shifts.cashMove', { kind: 'out', amount: 20_000, reason: 'beli kantong' });
    // The drawer should hold 50.000 + 25.000 + 5.000 - 20.000 = 60.000: under the limit, but more.
    const over = refusal(
      await sri.call('shifts.cashMove', { kind: 'out', amount: 60_100, reason: 'setor ke kantor' }),
    );
    expect(over.code).toBe('APPROVAL_REQUIRED');
    expect(over.message).toBe(
      'Kas keluar Rp 60.100 lebih besar dari uang yang seharusnya ada di laci: periksa jumlahnya, atau minta manajer memasukkan PIN.',
    );
    expect(over.message).not.toContain('60.000');
    expect(stored(t).movements).toHaveLength(2);
    // Exactly what it should hold: the drawer may be emptied.
    await sri.ok('shifts.cashMove', { kind: 'out', amount: 60_000, reason: 'setor ke kantor' });
    // Empty now: even Rp 1.000 more needs the manager, and passes with her PIN.
    const more = { kind: 'out' as const, amount: 1_000, reason: 'parkir' };
    expect(refusal(await sri.call('shifts.cashMove', more)).code).toBe('APPROVAL_REQUIRED');
    await sri.ok('shifts.cashMove', { ...more, approval: { userId: manager.user.id, pin: TEST_PIN } });
    const summary = await manager.ok('shifts.summary', {
      shiftId: (await sri.ok('shifts.current', {})).shift?.id,
    });
    expect([summary.cashOut, summary.expectedCash]).toEqual([81_000, -1_000]);
    // Cash in never needs anyone.
    await sri.ok('shifts.cashMove', { kind: 'in', amount: 900_000, reason: 'modal tambahan' });
    t.engine.close();
  });

  it('managers and admins take cash out themselves; a limit of 0 asks for every cashier cash-out', async () => {
    const t = engineIn(tempDir());
    const manager = await t.as('manager', 'Pak Andi');
    const admin = await t.as('admin', 'Bu Rina');
    // Their drawers hold Rp 0: over the limit and over the drawer, still theirs to decide.
    await manager.ok('shifts.cashMove', { kind: 'out', amount: 300_000, reason: 'setor bank' });
    await admin.ok('shifts.cashMove', { kind: 'out', amount: 10_000, reason: 'beli bensin' });
    expect(stored(t).cashAudit.map((e) => [e.userName, e.approvedBy])).toEqual([
      ['Pak Andi', null],
      ['Bu Rina', null],
    ]);

    const saved = await manager.ok('paymentSettings.save', { cashOutLimit: 0 });
    expect(saved.cashOutLimit).toBe(0);
    const sri = await t.as('cashier', 'Sri', { shift: false });
    await sri.ok('shifts.open', { openingFloat: 100_000 });
    expect(
      refusal(await sri.call('shifts.cashMove', { kind: 'out', amount: 1_000, reason: 'parkir' })),
    ).toEqual(
      expect.objectContaining({
        code: 'APPROVAL_REQUIRED',
        message: 'Setiap kas keluar oleh kasir perlu persetujuan manajer: minta manajer memasukkan PIN.',
      }),
    );
    expect(refusal(await manager.call('paymentSettings.save', { cashOutLimit: -1 })).code).toBe(
      'INVALID_INPUT',
    );
    expect(refusal(await sri.call('paymentSettings.save', { cashOutLimit: 1_000_000 })).code).toBe(
      'FORBIDDEN',
    );
    expect((await t.ok('paymentSettings.get', {})).cashOutLimit).toBe(0);
    t.engine.close();
  });
});

describe('cash outside a shift', () => {
  it('the command line moves no cash: it holds no drawer', async () => {
    const t = engineIn(tempDir());
    for (const kind of ['in', 'out'] as const) {
      // SYSTEM is how the command line calls the engine.
      const result = refusal(
        await t.engine.call('shifts.cashMove', { kind, amount: 10_000, reason: 'uji coba' }, SYSTEM),
      );
      expect(result).toEqual(
        expect.objectContaining({
          code: 'SHIFT_CLOSED',
          message:
            'Kas masuk/keluar dicatat pada laci shift yang terbuka: masuk dengan PIN di layar Kasir dan buka shift. Baris perintah tidak memegang laci.',
        }),
      );
    }
    expect(stored(t).movements).toHaveLength(0);
    t.engine.close();
  });

  it('a command-line sale counts in the day but in no drawer: the Z says what the X said and the shifts add up', async () => {
    const t = engineIn(tempDir());
    const bawang = await productId(t, 'BWG-100'); // Rp 25.000
    const sambal = await productId(t, 'SBR-150'); // Rp 35.000
    const sri = await t.as('cashier', 'Sri', { shift: false });
    const manager = await t.as('manager', 'Pak Andi', { shift: false });
    await sri.ok('shifts.open', { openingFloat: 100_000 });
    await sri.ok('sales.commitCash', { lines: [{ productId: bawang, qty: 1 }], cashTendered: 50_000 });
    // From the command line: one kept, one voided (also from the command line).
    const cli = await t.ok('sales.commitCash', {
      lines: [{ productId: sambal, qty: 1 }],
      cashTendered: 35_000,
    });
    expect(cli.cashierName).toBeNull();
    const voided = await t.ok('sales.commitCash', {
      lines: [{ productId: bawang, qty: 2 }],
      cashTendered: 50_000,
    });
    await t.ok('sales.void', { receiptNo: voided.receiptNo, reason: 'salah input' });
    await sri.ok('shifts.cashMove', { kind: 'out', amount: 10_000, reason: 'beli kantong' });
    // Her drawer: 100.000 + 25.000 - 10.000 = 115.000, counted to the rupiah.
    const closed = await sri.ok('shifts.close', { count: { '100000': 1, '10000': 1, '5000': 1 } });
    expect([closed.expectedCash, closed.shift.variance]).toEqual([115_000, 0]);

    const x = await manager.ok('reports.x', {});
    expect(x.salesTotal).toBe(25_000 + 35_000 + 50_000);
    expect(x.net).toBe(25_000 + 35_000);
    expect(x.cash).toEqual({
      openingFloat: 100_000,
      cashSales: 110_000,
      cashVoided: 50_000,
      cashRefunds: 0,
      cashIn: 0,
      cashOut: 10_000,
      outsideShifts: 35_000,
      expected: 115_000,
      counted: 115_000,
      variance: 0,
    });
    const z = await manager.ok('reports.z', {});
    expect({ ...z.report, generatedAt: '', zNo: null }).toEqual({ ...x, generatedAt: '' });
    // The drawers add up: the day's expected is the shifts' expected, and counted - expected = variance.
    const c = z.report.cash;
    expect(c.expected).toBe(z.report.shifts.reduce((sum, s) => sum + (s.expectedCash ?? 0), 0));
    expect(c.counted - c.expected).toBe(c.variance);
    expect(
      c.openingFloat +
        c.cashSales -
        c.cashVoided -
        c.cashRefunds +
        c.cashIn -
        c.cashOut -
        (c.outsideShifts ?? 0),
    ).toBe(c.expected);
    // The cash-method net still holds every sale's cash, command line included.
    expect(z.report.byMethod.find((m) => m.method === 'cash')?.net).toBe(60_000);
    // Printed, the Z shows the outside cash on its own line before what the drawers should hold.
    expect((await manager.ok('reports.zGet', { zNo: 1 })).report).toEqual(z.report);
    expect(cashLines(z.report).map((line) => [line.label, line.amount])).toEqual([
      ['Modal awal', 100_000],
      ['Penjualan tunai', 110_000],
      ['Tunai dibatalkan', -50_000],
      ['Retur tunai', 0],
      ['Kas masuk', 0],
      ['Kas keluar', -10_000],
      ['Tunai di luar shift', -35_000],
      ['Seharusnya di laci', 115_000],
      ['Dihitung (shift ditutup)', 115_000],
      ['Selisih', 0],
    ]);
    t.engine.close();
  });

  it('a day without command-line sales has no outside cash and the same expected as before', async () => {
    const t = engineIn(tempDir());
    const sri = await t.as('cashier', 'Sri', { shift: false });
    const manager = await t.as('manager', 'Pak Andi', { shift: false });
    await sri.ok('shifts.open', { openingFloat: 20_000 });
    await sri.ok('sales.commitCash', {
      lines: [{ productId: await productId(t, 'BWG-100'), qty: 1 }],
      cashTendered: 25_000,
    });
    const x = await manager.ok('reports.x', {});
    expect(x.cash).toMatchObject({ outsideShifts: 0, expected: 45_000 });
    t.engine.close();
  });
});
