// Refunds on real SQLite: never more than sold less earlier refunds, gap-free numbers per day, the
// parts of a sale paid back in pieces adding up to exactly what was paid (discounts, PPN, rounding),
// weighed lines in grams, methods with references, and stock coming back.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { CommandName, CommandResult, Product, Sale } from '../../../shared/contract';
import { engineIn, TEST_PIN } from '../../../tests/support/engine';
import { tempDirPerTest } from '../../../tests/support/tempDir';

const tempDir = tempDirPerTest();

function refusal(result: CommandResult<CommandName>) {
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

function written(dir: string) {
  const db = new Database(`${dir}/karya.db`, { readonly: true });
  const n = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const result = { refunds: n('refunds'), lines: n('refund_lines'), moves: n('stock_moves') };
  db.close();
  return result;
}

/** A small deterministic random source, so a failing case can be replayed. */
function randomFrom(seed: number) {
  let state = seed;
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  return {
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
  };
}

async function setUp() {
  const dir = tempDir();
  const t = engineIn(dir);
  const products = new Map<string, Product>();
  for (const product of await t.ok('products.list', { limit: 500 })) products.set(product.sku, product);
  const product = (sku: string) => {
    const found = products.get(sku);
    if (!found) throw new Error(`demo catalogue has no ${sku}`);
    return found;
  };
  const sri = await t.as('cashier', 'Sri');
  const manager = await t.as('manager', 'Pak Andi', { shift: false });
  const approval = { userId: manager.user.id, pin: TEST_PIN };
  const level = async (productId: number) =>
    (await t.ok('stock.levels', { limit: 1000 })).rows.find((r) => r.productId === productId)?.qtyMilli ?? 0;
  return { dir, t, product, products, sri, manager, approval, level };
}

describe('sales.refund', () => {
  it('never gives back more than was sold less earlier refunds, and a refusal uses no number', async () => {
    const { dir, t, product, sri, approval, level } = await setUp();
    const bawang = product('BWG-100');
    const sale = await sri.ok('sales.commit', {
      lines: [{ productId: bawang.id, qty: 3 }],
      payments: [{ method: 'cash', amount: 75_000 }],
    });
    const refund = (qty: number) =>
      sri.call('sales.refund', {
        receiptNo: sale.receiptNo,
        lines: [{ lineNo: 1, qty }],
        reason: 'kemasan sobek',
        approval,
      });
    const stock = await level(bawang.id);
    const first = await refund(2);
    if (!first.ok) throw new Error(first.error.message);
    expect(await level(bawang.id)).toBe(stock + 2000);

    const before = written(dir);
    expect(refusal(await refund(2))).toEqual(
      expect.objectContaining({
        code: 'CONFLICT',
        message:
          'Retur Bawang Goreng Palu 100 g melebihi yang terjual: terjual 3 pcs, sisa yang bisa diretur 1 pcs.',
      }),
    );
    // Wrong PIN on an allowed refund: refused too, nothing written, no number taken.
    expect(
      refusal(
        await sri.call('sales.refund', {
          receiptNo: sale.receiptNo,
          lines: [{ lineNo: 1, qty: 1 }],
          reason: 'kemasan sobek',
          approval: { ...approval, pin: '1357' },
        }),
      ).code,
    ).toBe('FORBIDDEN');
    expect(written(dir)).toEqual(before);
    expect(await level(bawang.id)).toBe(stock + 2000);

    const last = await refund(1);
    if (!last.ok) throw new Error(last.error.message);
    const numbers = (await sri.ok('sales.detail', { receiptNo: sale.receiptNo })).refunds.map(
      (r) => r.refundNo,
    );
    expect(numbers).toEqual(['R-BTH1-20261128-0001', 'R-BTH1-20261128-0002']);
    expect(refusal(await refund(1)).message).toBe('Semua barang transaksi ini sudah diretur.');
    t.engine.close();
  });

  it('refuses bad requests in Indonesian and writes nothing', async () => {
    const { dir, t, product, sri, approval } = await setUp();
    const sale = await sri.ok('sales.commit', {
      lines: [{ productId: product('BWG-100').id, qty: 1 }],
      payments: [{ method: 'cash', amount: 25_000 }],
    });
    const before = written(dir);
    const base = { receiptNo: sale.receiptNo, lines: [{ lineNo: 1, qty: 1 }], reason: 'rusak', approval };
    const cases: [unknown, RegExp][] = [
      [{ ...base, reason: 'no' }, /paling sedikit 3 huruf/],
      [{ ...base, lines: [] }, /Pilih barang yang diretur/],
      [{ ...base, lines: [{ lineNo: 1, qty: 0 }] }, /lebih dari 0/],
      [{ ...base, lines: [{ lineNo: 1, qty: -1 }] }, /lebih dari 0/],
      [{ ...base, method: 'voucher' }, /cash, qris, transfer atau card/],
      [{ ...base, receiptNo: '' }, /Nomor transaksi wajib diisi/],
    ];
    for (const [input, message] of cases) {
      expect(refusal(await sri.call('sales.refund', input))).toMatchObject({
        code: 'INVALID_INPUT',
        message,
      });
    }
    expect(written(dir)).toEqual(before);
    t.engine.close();
  });

  it('numbers refunds per device and day with no gaps, on the day the money goes back', async () => {
    const { t, product, sri, manager, approval } = await setUp();
    const sale = await sri.ok('sales.commit', {
      lines: [{ productId: product('GTK-KNC').id, qty: 5 }],
      payments: [{ method: 'cash', amount: 50_000 }],
    });
    const refundOne = async () =>
      (
        await sri.ok('sales.refund', {
          receiptNo: sale.receiptNo,
          lines: [{ lineNo: 1, qty: 1 }],
          reason: 'patah',
          approval,
        })
      ).refund;
    expect((await refundOne()).refundNo).toBe('R-BTH1-20261128-0001');
    expect((await refundOne()).refundNo).toBe('R-BTH1-20261128-0002');
    await sri.ok('shifts.close', { count: {}, approval });
    await manager.ok('reports.z', {});
    t.setNow('2026-11-30T01:00:00Z');
    await sri.ok('shifts.open', { openingFloat: 0 });
    const later = await refundOne();
    expect([later.refundNo, later.businessDay]).toEqual(['R-BTH1-20261130-0001', '2026-11-30']);
    expect((await refundOne()).refundNo).toBe('R-BTH1-20261130-0002');
    t.engine.close();
  });

  it('refunds a weighed line in grams; the pieces add up to the line exactly', async () => {
    const { t, product, sri, approval, level } = await setUp();
    const lele = product('LLE-KG');
    const stock = await level(lele.id);
    const sale = await sri.ok('sales.commit', {
      lines: [{ productId: lele.id, qty: 1.255 }],
      payments: [{ method: 'cash', amount: 40_000 }],
    });
    const pieces = [0.333, 0.001, 0.5, 0.421];
    let paid = 0;
    for (const qty of pieces) {
      const { refund } = await sri.ok('sales.refund', {
        receiptNo: sale.receiptNo,
        lines: [{ lineNo: 1, qty }],
        reason: 'ikan kurang segar',
        approval,
      });
      expect(refund.lines).toEqual([
        expect.objectContaining({ qtyMilli: Math.round(qty * 1000), soldByWeight: true, unit: 'kg' }),
      ]);
      paid += refund.amount;
    }
    expect(paid).toBe(sale.total);
    expect(await level(lele.id)).toBe(stock);
    const detail = await sri.ok('sales.detail', { receiptNo: sale.receiptNo });
    expect(detail).toMatchObject({ status: 'refunded', refundedAmount: sale.total });
    t.engine.close();
  });

  it('keeps the method and reference, and who handed the money back', async () => {
    const { t, product, sri, approval } = await setUp();
    const sale = await sri.ok('sales.commit', {
      lines: [{ productId: product('KPI-200').id, qty: 2 }],
      payments: [{ method: 'transfer', amount: 50_000, reference: 'BRI 123' }],
    });
    const { refund } = await sri.ok('sales.refund', {
      receiptNo: sale.receiptNo,
      lines: [{ lineNo: 1, qty: 1 }],
      reason: 'salah pesan',
      method: 'transfer',
      reference: ' BRI 998877 ',
      approval,
    });
    expect(refund).toMatchObject({
      method: 'transfer',
      reference: 'BRI 998877',
      amount: 25_000,
      userName: 'Sri',
      approvedBy: 'Pak Andi',
      reason: 'salah pesan',
    });
    t.engine.close();
  });

  it("takes cash out of the refunding person's open shift, and refuses cash from someone without one", async () => {
    const { dir, t, product, sri, manager, approval } = await setUp();
    const sale = await sri.ok('sales.commit', {
      lines: [{ productId: product('GTK-KNC').id, qty: 3 }],
      payments: [{ method: 'cash', amount: 30_000 }],
    });
    const request = { receiptNo: sale.receiptNo, lines: [{ lineNo: 1, qty: 1 }], reason: 'patah' };
    // The manager signed in without a shift: the cash would leave a drawer no shift accounts for.
    const before = written(dir);
    expect(refusal(await manager.call('sales.refund', request))).toMatchObject({
      code: 'SHIFT_CLOSED',
      message: expect.stringMatching(/Retur tunai keluar dari laci: buka shift/),
    });
    expect(written(dir)).toEqual(before);
    // Money sent back by transfer touches no drawer: allowed without a shift.
    await manager.ok('sales.refund', { ...request, method: 'transfer', reference: 'BRI 1' });
    // Sri's cash refund is in her shift's expected cash.
    await sri.ok('sales.refund', { ...request, approval });
    const closed = await sri.ok('shifts.close', { count: { '10000': 2 } });
    expect(closed.shift).toMatchObject({ expectedCash: 20_000, countedCash: 20_000, variance: 0 });
    expect([closed.refundsCount, closed.refundsTotal]).toEqual([1, 10_000]);
    t.engine.close();
  });

  it('pays back exactly the total, whatever the discounts, PPN and rounding, refunded in any pieces', async () => {
    const { t, products, sri, approval } = await setUp();
    const rng = randomFrom(20261128);
    const catalogue = [...products.values()].filter((p) => p.active);
    await t.ok('paymentSettings.save', { discountLimitBp: 10_000 });
    let tested = 0;
    for (let round = 0; round < 12; round++) {
      await t.ok('paymentSettings.save', {
        taxMode: rng.pick(['off', 'inclusive', 'exclusive'] as const),
        taxRateBp: 1100,
        cashRounding: rng.pick([0, 100, 500] as const),
      });
      const lines = Array.from({ length: rng.int(1, 4) }, () => {
        const p = rng.pick(catalogue);
        const qty = p.soldByWeight ? rng.int(1, 2500) / 1000 : rng.int(1, 4);
        const discount =
          rng.int(0, 2) === 0
            ? { discount: { kind: 'percent' as const, bp: rng.int(1, 3000) }, discountReason: 'promo' }
            : {};
        return { productId: p.id, qty, ...discount };
      });
      const order =
        rng.int(0, 1) === 0
          ? {
              orderDiscount: { kind: 'amount' as const, value: rng.int(1, 3) * 1_000 },
              orderDiscountReason: 'langganan',
            }
          : {};
      let sale: Sale;
      try {
        sale = await sri.ok('sales.commit', {
          lines,
          ...order,
          payments: [{ method: 'cash', amount: 10_000_000 }],
        });
      } catch {
        continue; // a discount larger than a cheap cart: not what this test is about
      }
      // Refund every line in one to three pieces, spread over several refunds.
      let paid = 0;
      const left = sale.lines.map((l) => ({ lineNo: l.lineNo, milli: l.qtyMilli, weighed: l.soldByWeight }));
      while (left.some((l) => l.milli > 0)) {
        const chosen = left.filter((l) => l.milli > 0 && rng.int(0, 1) === 0);
        const take = (chosen.length > 0 ? chosen : left.filter((l) => l.milli > 0)).map((l) => {
          const unit = l.weighed ? 1 : 1000;
          const pieces = Math.max(1, Math.floor(l.milli / unit));
          const milli = rng.int(0, 2) === 0 ? l.milli : Math.min(l.milli, rng.int(1, pieces) * unit);
          l.milli -= milli;
          return { lineNo: l.lineNo, qty: milli / 1000 };
        });
        const { refund } = await sri.ok('sales.refund', {
          receiptNo: sale.receiptNo,
          lines: take,
          reason: 'uji retur',
          method: rng.pick(['cash', 'qris', 'transfer', 'card'] as const),
          approval,
        });
        expect(refund.lines.every((l) => l.amount >= 0)).toBe(true);
        expect(refund.amount).toBe(refund.lines.reduce((sum, l) => sum + l.amount, 0));
        paid += refund.amount;
      }
      const detail = await sri.ok('sales.detail', { receiptNo: sale.receiptNo });
      expect({ receipt: sale.receiptNo, paid }).toEqual({ receipt: sale.receiptNo, paid: sale.total });
      expect(detail.lines.map((l) => l.refundedAmount)).toEqual(detail.lines.map((l) => l.netAmount));
      expect(detail.status).toBe('refunded');
      tested++;
    }
    expect(tested).toBeGreaterThanOrEqual(10);
    t.engine.close();
  });
});
