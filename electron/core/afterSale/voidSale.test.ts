// Voids on real SQLite: the manager's PIN and its lockout, who may approve, what a void writes
// (and what a refused one does not), stock coming back, and the sale row that never changes.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { CommandName, CommandResult } from '../../../shared/contract';
import { engineIn, TEST_PIN } from '../../../tests/support/engine';
import { tempDirPerTest } from '../../../tests/support/tempDir';

const tempDir = tempDirPerTest();

function refusal(result: CommandResult<CommandName>) {
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

/** Every row a void may write, counted straight from the file. */
function written(dir: string) {
  const db = new Database(`${dir}/karya.db`, { readonly: true });
  const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  const result = {
    voids: n('SELECT count(*) AS n FROM sale_voids'),
    voidLines: n('SELECT count(*) AS n FROM sale_void_lines'),
    moves: n('SELECT count(*) AS n FROM stock_moves'),
    voidAudits: n("SELECT count(*) AS n FROM audit_log WHERE action = 'sale.void'"),
  };
  db.close();
  return result;
}

/** The stored sale exactly as the file holds it: its row, its lines and its payments. */
function saleRows(dir: string, saleId: string) {
  const db = new Database(`${dir}/karya.db`, { readonly: true });
  const rows = {
    sale: db.prepare('SELECT * FROM sales WHERE id = ?').get(saleId),
    lines: db.prepare('SELECT * FROM sale_lines WHERE sale_id = ? ORDER BY line_no').all(saleId),
    payments: db.prepare('SELECT * FROM payments WHERE sale_id = ? ORDER BY seq').all(saleId),
  };
  db.close();
  return rows;
}

async function setUp() {
  const dir = tempDir();
  const t = engineIn(dir);
  const [bawang] = await t.ok('products.list', { query: 'BWG-100' });
  const [lele] = await t.ok('products.list', { query: 'LLE-KG' });
  if (!bawang || !lele) throw new Error('demo catalogue changed');
  const sri = await t.as('cashier', 'Sri');
  const manager = await t.as('manager', 'Pak Andi', { shift: false });
  const approval = { userId: manager.user.id, pin: TEST_PIN };
  const level = async (productId: number) =>
    (await t.ok('stock.levels', { limit: 1000 })).rows.find((r) => r.productId === productId)?.qtyMilli ?? 0;
  const sell = () =>
    sri.ok('sales.commit', {
      lines: [
        { productId: bawang.id, qty: 2 },
        { productId: lele.id, qty: 1.255 },
      ],
      payments: [{ method: 'cash', amount: 100_000 }],
    });
  return { dir, t, bawang, lele, sri, manager, approval, level, sell };
}

describe('sales.void', () => {
  it("counts wrong PINs towards the manager's wait and writes nothing until the right one", async () => {
    const { dir, t, sri, approval, sell } = await setUp();
    const sale = await sell();
    const before = written(dir);
    const voidWith = (pin: string) =>
      sri.call('sales.void', {
        receiptNo: sale.receiptNo,
        reason: 'salah input',
        approval: { ...approval, pin },
      });

    for (let left = 4; left >= 1; left--) {
      expect(refusal(await voidWith('1357'))).toEqual(
        expect.objectContaining({
          code: 'FORBIDDEN',
          message: `PIN salah. Sisa percobaan: ${left}.`,
        }),
      );
    }
    expect(refusal(await voidWith('1357'))).toMatchObject({
      code: 'LOCKED',
      message: 'PIN salah 5 kali berturut-turut. Coba lagi dalam 30 detik.',
    });
    // The door waits: even the right PIN is not checked now, and the manager cannot sign in either.
    expect(refusal(await voidWith(TEST_PIN)).code).toBe('LOCKED');
    expect(refusal(await t.engine.call('auth.login', approval, undefined)).code).toBe('LOCKED');
    expect(written(dir)).toEqual(before);
    expect((await sri.ok('sales.detail', { receiptNo: sale.receiptNo })).status).toBe('completed');

    t.setNow('2026-11-28T02:06:00Z');
    const detail = await sri.ok('sales.void', { receiptNo: sale.receiptNo, reason: 'salah input', approval });
    expect(detail.status).toBe('voided');
    t.engine.close();
  });

  it("refuses a cashier's PIN as an approval, and asks no PIN of a signed-in manager", async () => {
    const { dir, t, sri, manager, sell } = await setUp();
    const other = await t.as('cashier', 'Ani');
    const sale = await sell();
    const before = written(dir);
    expect(
      refusal(
        await sri.call('sales.void', {
          receiptNo: sale.receiptNo,
          reason: 'salah input',
          approval: { userId: other.user.id, pin: TEST_PIN },
        }),
      ),
    ).toEqual(
      expect.objectContaining({
        code: 'FORBIDDEN',
        message: 'Ani bukan manajer; persetujuan harus dari manajer atau admin.',
      }),
    );
    expect(written(dir)).toEqual(before);

    const detail = await manager.ok('sales.void', { receiptNo: sale.receiptNo, reason: 'pembeli batal' });
    expect(detail.void).toMatchObject({
      userName: 'Pak Andi',
      approvedBy: 'Pak Andi',
      reason: 'pembeli batal',
    });
    t.engine.close();
  });

  it('is a new row with one line per sale line; stock comes back; the sale row never changes', async () => {
    const { dir, t, bawang, lele, sri, approval, level, sell } = await setUp();
    const stock = { bawang: await level(bawang.id), lele: await level(lele.id) };
    const sale = await sell();
    const stored = saleRows(dir, sale.id);
    expect(await level(lele.id)).toBe(stock.lele - 1255);

    await sri.ok('sales.void', { receiptNo: sale.receiptNo, reason: '  pembeli batal  ', approval });
    expect(await level(bawang.id)).toBe(stock.bawang);
    expect(await level(lele.id)).toBe(stock.lele);
    expect(saleRows(dir, sale.id)).toEqual(stored);

    const db = new Database(`${dir}/karya.db`);
    const voids = db.prepare('SELECT reason, amount, business_day AS day FROM sale_voids').all();
    expect(voids).toEqual([{ reason: 'pembeli batal', amount: sale.total, day: sale.businessDay }]);
    const lines = db
      .prepare('SELECT sale_line_no AS lineNo, qty_milli AS qty, amount FROM sale_void_lines ORDER BY 1')
      .all() as { lineNo: number; qty: number; amount: number }[];
    expect(lines.map((l) => [l.lineNo, l.qty])).toEqual([
      [1, 2000],
      [2, 1255],
    ]);
    expect(lines.reduce((sum, l) => sum + l.amount, 0)).toBe(sale.total);
    // The file itself refuses to change history, whoever writes to it.
    expect(() => db.prepare('UPDATE sales SET total = 1 WHERE id = ?').run(sale.id)).toThrow(/IMMUTABLE/);
    expect(() => db.prepare('DELETE FROM sale_lines WHERE sale_id = ?').run(sale.id)).toThrow(/IMMUTABLE/);
    expect(() => db.prepare("UPDATE sale_voids SET reason = 'lain'").run()).toThrow(/IMMUTABLE/);
    expect(() => db.prepare('DELETE FROM sale_voids').run()).toThrow(/IMMUTABLE/);
    db.close();
    t.engine.close();
  });

  it('is refused after a refund, naming the way out, and writes nothing', async () => {
    const { dir, t, sri, approval, sell } = await setUp();
    const sale = await sell();
    await sri.ok('sales.refund', {
      receiptNo: sale.receiptNo,
      lines: [{ lineNo: 1, qty: 1 }],
      reason: 'kemasan sobek',
      approval,
    });
    const before = written(dir);
    const detail = await sri.ok('sales.detail', { receiptNo: sale.receiptNo });
    expect(detail.voidBlocked).toEqual({ key: 'afterSale.voidAfterRefund' });
    expect(
      refusal(await sri.call('sales.void', { receiptNo: sale.receiptNo, reason: 'salah input', approval })),
    ).toMatchObject({
      code: 'CONFLICT',
      key: 'afterSale.voidAfterRefund',
      message: expect.stringMatching(/sudah diretur sebagian; kembalikan sisanya dengan retur/),
    });
    expect(written(dir)).toEqual(before);
    t.engine.close();
  });

  it('is refused once the sale is in a Z report, even on the same business day, before any PIN is checked', async () => {
    const { t, sri, manager, approval, sell } = await setUp();
    const sale = await sell();
    await sri.ok('shifts.close', { count: {}, note: 'uang disetor', approval });
    await manager.ok('reports.z', {});
    // Same business day, still selling after the Z: the sale is in the Z, so only a refund can undo it.
    t.setNow('2026-11-28T09:00:00Z');
    const wrongPin = await sri.call('sales.void', {
      receiptNo: sale.receiptNo,
      reason: 'salah input',
      approval: { ...approval, pin: '1357' },
    });
    expect(refusal(wrongPin)).toMatchObject({
      code: 'CONFLICT',
      message: 'Transaksi ini sudah masuk laporan Z hari usaha 2026-11-28; gunakan retur.',
    });
    // The refusal came from the rule, not the PIN: the manager's count did not move.
    expect((await t.engine.call('auth.login', approval, undefined)).ok).toBe(true);
    t.engine.close();
  });

  it("takes the cash out of the sale's own shift, or the voider's once that one is closed", async () => {
    const { dir, t, bawang, sri, manager } = await setUp();
    const cash = await sri.ok('sales.commit', {
      lines: [{ productId: bawang.id, qty: 1 }],
      payments: [{ method: 'cash', amount: 25_000 }],
    });
    const transfer = await sri.ok('sales.commit', {
      lines: [{ productId: bawang.id, qty: 1 }],
      payments: [{ method: 'transfer', amount: 25_000, reference: 'BNI 7' }],
    });
    const closed = await sri.ok('shifts.close', { count: { '20000': 1, '5000': 1 } });
    expect(closed.shift.variance).toBe(0);

    // Sri's drawer is counted; the manager has no shift, so no drawer can give the cash back.
    const before = written(dir);
    expect(
      refusal(await manager.call('sales.void', { receiptNo: cash.receiptNo, reason: 'salah input' })),
    ).toEqual(
      expect.objectContaining({
        code: 'SHIFT_CLOSED',
        message:
          'Shift Sri untuk transaksi ini sudah ditutup. Uang tunai dikembalikan dari laci shift Anda: buka shift Anda dulu di layar Kasir.',
      }),
    );
    expect(written(dir)).toEqual(before);
    // A transfer gives back no cash: no drawer needed.
    expect(
      (await manager.ok('sales.void', { receiptNo: transfer.receiptNo, reason: 'salah input' })).status,
    ).toBe('voided');
    // With her own shift open the manager's drawer gives the cash back, and its count expects that.
    await manager.ok('shifts.open', { openingFloat: 50_000 });
    await manager.ok('sales.void', { receiptNo: cash.receiptNo, reason: 'salah input' });
    const hers = await manager.ok('shifts.close', { count: { '20000': 1, '5000': 1 } });
    expect(hers.shift).toMatchObject({ expectedCash: 25_000, variance: 0 });
    expect([hers.voidsCount, hers.voidsTotal]).toEqual([1, 25_000]);
    t.engine.close();
  });

  it('refuses an unknown receipt number in Indonesian', async () => {
    const { t, sri, approval } = await setUp();
    expect(
      refusal(
        await sri.call('sales.void', { receiptNo: 'BTH1-20261128-9999', reason: 'salah input', approval }),
      ),
    ).toMatchObject({ code: 'NOT_FOUND', message: expect.stringMatching(/tidak ditemukan/) });
    t.engine.close();
  });
});
