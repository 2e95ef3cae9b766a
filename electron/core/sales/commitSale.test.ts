import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { CommandInput, CommandName, CommandResult, Sale } from '../../../shared/contract';
import vectors from '../../../shared/qris/qris-vectors.json';
import { engineIn, TEST_PIN, type TestEngine } from '../../../tests/support/engine';
import { tempDirPerTest } from '../../../tests/support/tempDir';

const tempDir = tempDirPerTest();
const STATIC_QRIS = vectors.static_to_dynamic[0]?.static ?? '';

async function productId(t: TestEngine, sku: string): Promise<number> {
  const [product] = await t.ok('products.list', { query: sku });
  if (!product || product.sku !== sku) throw new Error(`no product ${sku}`);
  return product.id;
}

function counts(dbPath: string) {
  const db = new Database(dbPath, { readonly: true });
  const n = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const result = {
    sales: n('sales'),
    lines: n('sale_lines'),
    payments: n('payments'),
    moves: n('stock_moves'),
  };
  db.close();
  return result;
}

function refusal(result: CommandResult<CommandName>) {
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

/** A till with the demo catalogue, a cashier, a manager and the ids of two products. */
async function till() {
  const dir = tempDir();
  const t = engineIn(dir);
  const bawang = await productId(t, 'BWG-100'); // Rp 25.000
  const sambal = await productId(t, 'SBR-150'); // Rp 35.000
  const cashier = await t.as('cashier', 'Sri');
  const manager = await t.as('manager', 'Pak Andi');
  const db = `${dir}/karya.db`;
  return { t, dir, db, bawang, sambal, cashier, manager };
}

describe('sales.commit: split payments', () => {
  it('takes QRIS and cash together; change comes from the cash part; QRIS records who confirmed and when', async () => {
    const { t, bawang, sambal, cashier } = await till();
    await t.ok('paymentSettings.save', { qrisStatic: STATIC_QRIS });
    const sale: Sale = await cashier.ok('sales.commit', {
      lines: [
        { productId: bawang, qty: 2 },
        { productId: sambal, qty: 1 },
      ],
      payments: [
        { method: 'qris', amount: 50_000, confirmed: true, reference: 'DANA 123' },
        { method: 'cash', amount: 40_000 },
      ],
    });
    expect([sale.subtotal, sale.total, sale.paid, sale.change]).toEqual([85_000, 85_000, 90_000, 5_000]);
    expect(sale.payments).toEqual([
      {
        method: 'qris',
        amount: 50_000,
        tendered: 50_000,
        change: 0,
        reference: 'DANA 123',
        confirmedBy: 'Sri',
        confirmedAt: '2026-11-28T02:00:00.000Z',
      },
      {
        method: 'cash',
        amount: 35_000,
        tendered: 40_000,
        change: 5_000,
        reference: null,
        confirmedBy: null,
        confirmedAt: null,
      },
    ]);
    expect(await t.ok('sales.get', { receiptNo: sale.receiptNo })).toEqual(sale);
    t.engine.close();
  });

  it('takes transfer and card (EDC) with optional references, and completes only when paid in full', async () => {
    const { t, db, bawang, cashier } = await till();
    const sale = await cashier.ok('sales.commit', {
      lines: [{ productId: bawang, qty: 4 }],
      payments: [
        { method: 'transfer', amount: 60_000, reference: 'BRI 0098' },
        { method: 'card', amount: 40_000 },
      ],
    });
    expect(sale.payments.map((p) => [p.method, p.amount, p.change, p.reference])).toEqual([
      ['transfer', 60_000, 0, 'BRI 0098'],
      ['card', 40_000, 0, null],
    ]);
    expect([sale.total, sale.paid, sale.change]).toEqual([100_000, 100_000, 0]);

    const before = counts(db);
    const short = refusal(
      await cashier.call('sales.commit', {
        lines: [{ productId: bawang, qty: 4 }],
        payments: [{ method: 'transfer', amount: 99_999 }],
      }),
    );
    expect(short.code).toBe('NOT_ENOUGH_CASH');
    expect(short.message).toMatch(/^Pembayaran kurang Rp 1/);
    const shortCash = refusal(
      await cashier.call('sales.commit', {
        lines: [{ productId: bawang, qty: 4 }],
        payments: [
          { method: 'card', amount: 50_000 },
          { method: 'cash', amount: 49_000 },
        ],
      }),
    );
    expect(shortCash.code).toBe('NOT_ENOUGH_CASH');
    expect(shortCash.message).toContain('Uang tunai kurang');
    t.engine.close();
    expect(counts(db)).toEqual(before);
  });

  it('gives change only from cash: an overpaid QRIS or card is refused, nothing written', async () => {
    const { t, db, bawang, cashier } = await till();
    await t.ok('paymentSettings.save', { qrisStatic: STATIC_QRIS });
    const before = counts(db);
    const cases = [
      [{ method: 'qris', amount: 30_000, confirmed: true }],
      [{ method: 'card', amount: 50_000 }],
      [
        { method: 'qris', amount: 20_000, confirmed: true },
        { method: 'transfer', amount: 10_000 },
      ],
    ];
    for (const payments of cases) {
      const error = refusal(
        await cashier.call('sales.commit', { lines: [{ productId: bawang, qty: 1 }], payments }),
      );
      expect(error.code, JSON.stringify(payments)).toBe('INVALID_INPUT');
      expect(error.message).toMatch(/^Kembalian hanya dari tunai/);
    }
    // Fully paid without cash, plus cash on top: that cash would all be change from non-cash.
    const extraCash = refusal(
      await cashier.call('sales.commit', {
        lines: [{ productId: bawang, qty: 1 }],
        payments: [
          { method: 'card', amount: 25_000 },
          { method: 'cash', amount: 5_000 },
        ],
      }),
    );
    expect(extraCash.code).toBe('INVALID_INPUT');
    t.engine.close();
    expect(counts(db)).toEqual(before);
  });

  it('refuses QRIS that was not confirmed, or when the booth has no QRIS set up', async () => {
    const { t, db, bawang, cashier } = await till();
    const before = counts(db);
    const sell = () =>
      cashier.call('sales.commit', {
        lines: [{ productId: bawang, qty: 1 }],
        payments: [{ method: 'qris', amount: 25_000, confirmed: true }],
      });
    expect(refusal(await sell()).message).toMatch(/^QRIS belum diatur/);
    await t.ok('paymentSettings.save', { qrisStatic: STATIC_QRIS });
    const unconfirmed = refusal(
      await cashier.call('sales.commit', {
        lines: [{ productId: bawang, qty: 1 }],
        payments: [{ method: 'qris', amount: 25_000 }],
      }),
    );
    expect(unconfirmed.code).toBe('INVALID_INPUT');
    expect(unconfirmed.message).toMatch(/belum dikonfirmasi/);
    expect(counts(db)).toEqual(before);
    expect((await sell()).ok).toBe(true);
    t.engine.close();
  });

  it('refuses malformed payments with Indonesian messages', async () => {
    const { t, db, bawang, cashier } = await till();
    const before = counts(db);
    const cases: unknown[] = [
      [],
      [{ method: 'bitcoin', amount: 25_000 }],
      [{ method: 'cash', amount: -1 }],
      [{ method: 'cash', amount: 25_000.5 }],
      [
        { method: 'cash', amount: 10_000 },
        { method: 'cash', amount: 20_000 },
      ],
      [{ method: 'transfer', amount: 0 }],
    ];
    for (const payments of cases) {
      const error = refusal(
        await cashier.call('sales.commit', { lines: [{ productId: bawang, qty: 1 }], payments }),
      );
      expect(error.code, JSON.stringify(payments)).not.toBe('INTERNAL');
      expect(error.message).not.toMatch(/expected|received|invalid input/i);
    }
    t.engine.close();
    expect(counts(db)).toEqual(before);
  });
});

describe('sales.commit: cash rounding', () => {
  it('rounds only the cash part, half-up to the unit; a sale paid without cash is not rounded', async () => {
    const { t, cashier } = await till();
    const lele = await productId(t, 'LLE-KG'); // Rp 30.000 / kg
    await t.ok('paymentSettings.save', { cashRounding: 500, qrisStatic: STATIC_QRIS });
    // 1,255 kg = 37.650: cash due rounds to 37.500 (250 and up rounds up to the next 500).
    const cash = await cashier.ok('sales.commit', {
      lines: [{ productId: lele, qty: 1.255 }],
      payments: [{ method: 'cash', amount: 50_000 }],
    });
    expect([cash.subtotal, cash.rounding, cash.roundingUnit, cash.total, cash.change]).toEqual([
      37_650, -150, 500, 37_500, 12_500,
    ]);
    expect(cash.payments[0]?.amount).toBe(37_500);
    // QRIS 20.000: the remaining 17.650 in cash rounds to 17.500; the buyer hands over 18.000.
    const split = await cashier.ok('sales.commit', {
      lines: [{ productId: lele, qty: 1.255 }],
      payments: [
        { method: 'qris', amount: 20_000, confirmed: true },
        { method: 'cash', amount: 18_000 },
      ],
    });
    expect([split.rounding, split.total, split.change]).toEqual([-150, 37_500, 500]);
    expect(split.payments.map((p) => p.amount)).toEqual([20_000, 17_500]);
    const qrisOnly = await cashier.ok('sales.commit', {
      lines: [{ productId: lele, qty: 1.255 }],
      payments: [{ method: 'qris', amount: 37_650, confirmed: true }],
    });
    expect([qrisOnly.rounding, qrisOnly.roundingUnit, qrisOnly.total]).toEqual([0, 0, 37_650]);
    t.engine.close();
  });
});

describe('sales.commit: discounts, price edits and the manager', () => {
  it('stores line and order discounts with their reasons; within the limit the cashier needs nobody', async () => {
    const { t, bawang, sambal, cashier } = await till();
    // Limit 10% of 85.000 = 8.500: 2.500 + 5% of 82.500 (4.125) = 6.625 stays within it.
    const sale = await cashier.ok('sales.commit', {
      lines: [
        {
          productId: bawang,
          qty: 2,
          discount: { kind: 'amount', value: 2_500 },
          discountReason: 'Kemasan penyok',
        },
        { productId: sambal, qty: 1 },
      ],
      orderDiscount: { kind: 'percent', bp: 500 },
      orderDiscountReason: 'Pelanggan tetap',
      payments: [{ method: 'cash', amount: 100_000 }],
    });
    expect([sale.subtotal, sale.lineDiscounts, sale.orderDiscount, sale.discountTotal, sale.total]).toEqual([
      85_000, 2_500, 4_125, 6_625, 78_375,
    ]);
    expect(sale.orderDiscountInput).toEqual({ kind: 'percent', bp: 500 });
    expect(sale.orderDiscountReason).toBe('Pelanggan tetap');
    expect(sale.approvedBy).toBeNull();
    const [first, second] = sale.lines;
    expect(first).toMatchObject({
      lineTotal: 50_000,
      discount: { kind: 'amount', value: 2_500 },
      discountReason: 'Kemasan penyok',
      lineDiscount: 2_500,
    });
    expect(second?.discount).toBeNull();
    // The order discount is shared over the lines and the lines add up to the total.
    expect((first?.orderDiscountShare ?? 0) + (second?.orderDiscountShare ?? 0)).toBe(4_125);
    expect(sale.lines.reduce((sum, l) => sum + l.netTotal, 0)).toBe(sale.total);
    t.engine.close();
  });

  it('over the limit: APPROVAL_REQUIRED and nothing written; with a manager PIN it is stored with the approver', async () => {
    const { t, db, bawang, cashier, manager } = await till();
    const input: CommandInput<'sales.commit'> = {
      lines: [
        { productId: bawang, qty: 2, discount: { kind: 'percent', bp: 2000 }, discountReason: 'Promo' },
      ],
      payments: [{ method: 'cash', amount: 40_000 }],
    };
    const before = counts(db);
    expect(refusal(await cashier.call('sales.commit', input)).code).toBe('APPROVAL_REQUIRED');
    const wrong = refusal(
      await cashier.call('sales.commit', { ...input, approval: { userId: manager.user.id, pin: '9999' } }),
    );
    expect(wrong.code).toBe('FORBIDDEN');
    expect(wrong.message).toMatch(/PIN salah/);
    // A cashier's own PIN is no manager's approval.
    const self = refusal(
      await cashier.call('sales.commit', { ...input, approval: { userId: cashier.user.id, pin: TEST_PIN } }),
    );
    expect(self.code).toBe('FORBIDDEN');
    expect(counts(db)).toEqual(before);

    const sale = await cashier.ok('sales.commit', {
      ...input,
      approval: { userId: manager.user.id, pin: TEST_PIN },
    });
    expect([sale.discountTotal, sale.total, sale.change, sale.approvedBy, sale.cashierName]).toEqual([
      10_000,
      40_000,
      0,
      'Pak Andi',
      'Sri',
    ]);
    // A manager ringing it up approves it themself.
    const own = await manager.ok('sales.commit', input);
    expect(own.approvedBy).toBe('Pak Andi');
    t.engine.close();
  });

  it('follows the limits in the settings: percent of the sale and an optional rupiah cap', async () => {
    const { t, bawang, cashier } = await till();
    const sell = (value: number) =>
      cashier.call('sales.commit', {
        lines: [{ productId: bawang, qty: 4, discount: { kind: 'amount', value }, discountReason: 'Promo' }],
        payments: [{ method: 'cash', amount: 100_000 }],
      });
    expect((await sell(10_000)).ok).toBe(true); // exactly 10% of 100.000
    expect(refusal(await sell(10_001)).code).toBe('APPROVAL_REQUIRED');
    await t.ok('paymentSettings.save', { discountLimitBp: 2000, discountLimitRupiah: 15_000 });
    expect((await sell(15_000)).ok).toBe(true);
    expect(refusal(await sell(15_001)).code).toBe('APPROVAL_REQUIRED'); // within 20%, over the cap
    await t.ok('paymentSettings.save', { discountLimitBp: 0, discountLimitRupiah: null });
    expect(refusal(await sell(1)).code).toBe('APPROVAL_REQUIRED');
    t.engine.close();
  });

  it('treats a lowered unit price like a discount, records the edit and its reason', async () => {
    const { t, db, bawang, cashier, manager } = await till();
    const lowered: CommandInput<'sales.commit'> = {
      lines: [{ productId: bawang, qty: 2, unitPrice: 20_000, priceReason: 'Harga label lama' }],
      payments: [{ method: 'cash', amount: 40_000 }],
    };
    const before = counts(db);
    // 10.000 off 50.000 is 20%, over the cashier's 10%.
    expect(refusal(await cashier.call('sales.commit', lowered)).code).toBe('APPROVAL_REQUIRED');
    const noReason = refusal(
      await cashier.call('sales.commit', {
        lines: [{ productId: bawang, qty: 1, unitPrice: 24_000 }],
        payments: [{ method: 'cash', amount: 24_000 }],
      }),
    );
    expect(noReason.message).toBe('Alasan perubahan harga Bawang Goreng Palu 100 g wajib diisi.');
    expect(counts(db)).toEqual(before);

    const sale = await cashier.ok('sales.commit', {
      ...lowered,
      approval: { userId: manager.user.id, pin: TEST_PIN },
    });
    expect(sale.lines[0]).toMatchObject({
      listPrice: 25_000,
      unitPrice: 20_000,
      priceSource: 'manual',
      priceReason: 'Harga label lama',
      lineTotal: 40_000,
      lineDiscount: 0,
    });
    expect([sale.subtotal, sale.total, sale.approvedBy]).toEqual([40_000, 40_000, 'Pak Andi']);
    // A raised price takes nothing off: no manager needed, but the reason is still kept.
    const raised = await cashier.ok('sales.commit', {
      lines: [{ productId: bawang, qty: 1, unitPrice: 27_000, priceReason: 'Kemasan hadiah' }],
      payments: [{ method: 'cash', amount: 27_000 }],
    });
    expect([raised.lines[0]?.priceSource, raised.approvedBy, raised.total]).toEqual(['manual', null, 27_000]);
    t.engine.close();
  });

  it('refuses discounts without a reason or larger than what they discount', async () => {
    const { t, db, bawang, manager } = await till();
    const before = counts(db);
    const cases: [unknown, RegExp][] = [
      [
        { lines: [{ productId: bawang, qty: 1, discount: { kind: 'amount', value: 1_000 } }] },
        /^Alasan diskon Bawang/,
      ],
      [
        {
          lines: [{ productId: bawang, qty: 1 }],
          orderDiscount: { kind: 'amount', value: 1_000 },
        },
        /^Alasan diskon transaksi/,
      ],
      [
        {
          lines: [
            { productId: bawang, qty: 1, discount: { kind: 'amount', value: 25_001 }, discountReason: 'x' },
          ],
        },
        /melebihi harga baris/,
      ],
      [
        {
          lines: [{ productId: bawang, qty: 1 }],
          orderDiscount: { kind: 'amount', value: 25_001 },
          orderDiscountReason: 'x',
        },
        /^Diskon transaksi: Diskon tidak boleh lebih besar/,
      ],
      [
        {
          lines: [
            { productId: bawang, qty: 1, discount: { kind: 'percent', bp: 10_001 }, discountReason: 'x' },
          ],
        },
        /100%/,
      ],
    ];
    for (const [input, message] of cases) {
      const error = refusal(
        await manager.call('sales.commit', {
          ...(input as object),
          payments: [{ method: 'cash', amount: 25_000 }],
        }),
      );
      expect(error.code, JSON.stringify(input)).toBe('INVALID_INPUT');
      expect(error.message).toMatch(message);
    }
    t.engine.close();
    expect(counts(db)).toEqual(before);
  });
});

describe('sales.commit: PPN', () => {
  it('is off by default: DPP is the net amount and PPN 0', async () => {
    const { t, bawang, cashier } = await till();
    const sale = await cashier.ok('sales.commit', {
      lines: [{ productId: bawang, qty: 1 }],
      payments: [{ method: 'cash', amount: 25_000 }],
    });
    expect([sale.taxMode, sale.taxRateBp, sale.dpp, sale.ppn]).toEqual(['off', 0, 25_000, 0]);
    t.engine.close();
  });

  it('stores DPP and PPN per line and in total, inclusive and exclusive', async () => {
    const { t, bawang, sambal, cashier } = await till();
    await t.ok('paymentSettings.save', { taxMode: 'inclusive', taxRateBp: 1100 });
    const inclusive = await cashier.ok('sales.commit', {
      lines: [
        { productId: bawang, qty: 2 },
        { productId: sambal, qty: 1 },
      ],
      payments: [{ method: 'cash', amount: 85_000 }],
    });
    // 50.000 x 11/111 = 4.954,95 -> 4.955; 35.000 x 11/111 = 3.468,47 -> 3.468.
    expect(inclusive.lines.map((l) => [l.dpp, l.ppn, l.netTotal])).toEqual([
      [45_045, 4_955, 50_000],
      [31_532, 3_468, 35_000],
    ]);
    expect([inclusive.taxMode, inclusive.taxRateBp, inclusive.dpp, inclusive.ppn, inclusive.total]).toEqual([
      'inclusive',
      1100,
      76_577,
      8_423,
      85_000,
    ]);

    await t.ok('paymentSettings.save', { taxMode: 'exclusive' });
    const exclusive = await cashier.ok('sales.commit', {
      lines: [
        { productId: bawang, qty: 2 },
        { productId: sambal, qty: 1 },
      ],
      payments: [{ method: 'cash', amount: 100_000 }],
    });
    expect(exclusive.lines.map((l) => [l.dpp, l.ppn, l.netTotal])).toEqual([
      [50_000, 5_500, 55_500],
      [35_000, 3_850, 38_850],
    ]);
    expect([exclusive.subtotal, exclusive.dpp, exclusive.ppn, exclusive.total, exclusive.change]).toEqual([
      85_000, 85_000, 9_350, 94_350, 5_650,
    ]);
    t.engine.close();
  });
});

describe('sales.commit: buyers and reseller prices', () => {
  it('uses the reseller tier price where the product has one and records the buyer', async () => {
    const { t, bawang, sambal, cashier, manager } = await till();
    await manager.ok('tierPrices.set', { tier: 'GROSIR', productId: bawang, price: 21_000 });
    const toko = await manager.ok('buyers.save', { kind: 'reseller', name: 'Toko Sinar', tier: 'GROSIR' });
    const sale = await cashier.ok('sales.commit', {
      lines: [
        { productId: bawang, qty: 10 },
        { productId: sambal, qty: 1 },
      ],
      buyerId: toko.id,
      payments: [{ method: 'transfer', amount: 245_000 }],
    });
    expect(sale.lines.map((l) => [l.sku, l.listPrice, l.unitPrice, l.priceSource, l.lineTotal])).toEqual([
      ['BWG-100', 21_000, 21_000, 'tier', 210_000],
      ['SBR-150', 35_000, 35_000, 'catalogue', 35_000],
    ]);
    expect(sale.buyer).toEqual({ id: toko.id, kind: 'reseller', name: 'Toko Sinar', tier: 'GROSIR' });
    // The tier price is the reseller's list price: no discount, no manager.
    expect([sale.discountTotal, sale.approvedBy]).toEqual([0, null]);

    const walkIn = await cashier.ok('sales.commit', {
      lines: [{ productId: bawang, qty: 1 }],
      payments: [{ method: 'cash', amount: 25_000 }],
    });
    expect([walkIn.lines[0]?.unitPrice, walkIn.buyer]).toEqual([25_000, null]);
    t.engine.close();
  });

  it('lets a cashier add a named buyer but not a reseller; refuses unknown or inactive buyers', async () => {
    const { t, db, bawang, cashier, manager } = await till();
    const named = await cashier.ok('buyers.save', { kind: 'named', name: 'Dinas Koperasi', phone: '0812' });
    expect(named).toMatchObject({ kind: 'named', tier: null, active: true });
    expect(
      refusal(await cashier.call('buyers.save', { kind: 'reseller', name: 'X', tier: 'GROSIR' })).code,
    ).toBe('FORBIDDEN');
    expect(refusal(await cashier.call('buyers.save', { id: named.id, kind: 'named', name: 'Y' })).code).toBe(
      'FORBIDDEN',
    );
    expect(refusal(await manager.call('buyers.save', { kind: 'reseller', name: 'Z' })).code).toBe(
      'INVALID_INPUT',
    );
    expect(
      refusal(await manager.call('buyers.save', { kind: 'reseller', name: 'Z', tier: 'NONE' })).code,
    ).toBe('NOT_FOUND');
    expect((await cashier.ok('buyers.list', { query: 'koperasi' })).map((b) => b.name)).toEqual([
      'Dinas Koperasi',
    ]);

    const sale = await cashier.ok('sales.commit', {
      lines: [{ productId: bawang, qty: 1 }],
      buyerId: named.id,
      payments: [{ method: 'cash', amount: 25_000 }],
    });
    expect(sale.buyer).toEqual({ id: named.id, kind: 'named', name: 'Dinas Koperasi', tier: null });

    await manager.ok('buyers.save', { id: named.id, kind: 'named', name: 'Dinas Koperasi', active: false });
    const before = counts(db);
    const inactive = refusal(
      await cashier.call('sales.commit', {
        lines: [{ productId: bawang, qty: 1 }],
        buyerId: named.id,
        payments: [{ method: 'cash', amount: 25_000 }],
      }),
    );
    expect(inactive.message).toBe('Pembeli Dinas Koperasi sudah tidak aktif.');
    const unknown = refusal(
      await cashier.call('sales.commit', {
        lines: [{ productId: bawang, qty: 1 }],
        buyerId: 999,
        payments: [{ method: 'cash', amount: 25_000 }],
      }),
    );
    expect(unknown.code).toBe('NOT_FOUND');
    t.engine.close();
    expect(counts(db)).toEqual(before);
  });
});

describe('sales.commit: immutability', () => {
  it('keeps the new payment and discount columns immutable too', async () => {
    const { t, dir, bawang, cashier } = await till();
    await t.ok('paymentSettings.save', { qrisStatic: STATIC_QRIS });
    await cashier.ok('sales.commit', {
      lines: [{ productId: bawang, qty: 1 }],
      payments: [{ method: 'qris', amount: 25_000, confirmed: true }],
    });
    t.engine.close();
    const db = new Database(`${dir}/karya.db`);
    for (const sql of [
      'UPDATE payments SET confirmed_by_name = NULL',
      'DELETE FROM payments',
      'UPDATE sales SET approved_by_name = 1',
      'UPDATE sale_lines SET ppn = 1',
    ]) {
      expect(() => db.prepare(sql).run(), sql).toThrow(/IMMUTABLE/);
    }
    // Even a raw insert cannot record change from a non-cash payment or an unconfirmed QRIS.
    const saleId = (db.prepare('SELECT id FROM sales').get() as { id: string }).id;
    expect(() =>
      db
        .prepare(
          "INSERT INTO payments (sale_id, seq, method, amount, tendered, change) VALUES (?, 9, 'card', 1, 2, 1)",
        )
        .run(saleId),
    ).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO payments (sale_id, seq, method, amount, tendered, change) VALUES (?, 9, 'qris', 1, 1, 0)",
        )
        .run(saleId),
    ).toThrow(/CHECK/);
    db.close();
  });
});
