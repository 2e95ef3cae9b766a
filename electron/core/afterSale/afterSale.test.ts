import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { CommandName, CommandResult, Sale } from '../../../shared/contract';
import { engineIn, TEST_PIN, type TestEngine } from '../../../tests/support/engine';
import { tempDirPerTest } from '../../../tests/support/tempDir';

const tempDir = tempDirPerTest();

function refusal(result: CommandResult<CommandName>) {
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

function counts(dir: string) {
  const db = new Database(`${dir}/karya.db`, { readonly: true });
  const n = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const result = {
    voids: n('sale_voids'),
    refunds: n('refunds'),
    refundLines: n('refund_lines'),
    moves: n('stock_moves'),
  };
  db.close();
  return result;
}

async function setUp() {
  const dir = tempDir();
  const t = engineIn(dir);
  const id = async (sku: string) => (await t.ok('products.list', { query: sku }))[0]?.id ?? 0;
  const ids = { bawang: await id('BWG-100'), sambal: await id('SBR-150'), lele: await id('LLE-KG') };
  const sri = await t.as('cashier', 'Sri');
  const manager = await t.as('manager', 'Pak Andi', { shift: false });
  const approval = { userId: manager.user.id, pin: TEST_PIN };
  const level = async (productId: number) =>
    (await t.ok('stock.levels', { limit: 1000 })).rows.find((r) => r.productId === productId)?.qtyMilli ?? 0;
  return { dir, t, ids, sri, manager, approval, level };
}

async function sellMixed(
  t: TestEngine,
  sri: Awaited<ReturnType<TestEngine['as']>>,
  ids: Record<string, number>,
) {
  await t.ok('paymentSettings.save', { cashRounding: 500, discountLimitBp: 10_000 });
  return sri.ok('sales.commit', {
    lines: [
      { productId: ids.bawang ?? 0, qty: 3 },
      { productId: ids.lele ?? 0, qty: 1.255 },
      {
        productId: ids.sambal ?? 0,
        qty: 1,
        discount: { kind: 'amount', value: 1_000 },
        discountReason: 'promo',
      },
    ],
    orderDiscount: { kind: 'percent', bp: 500 },
    orderDiscountReason: 'pelanggan',
    payments: [{ method: 'cash', amount: 200_000 }],
  });
}

describe('voids', () => {
  it('a void is a new row with a reason and a manager; stock comes back; never twice', async () => {
    const { dir, t, ids, sri, manager, approval, level } = await setUp();
    const before = await level(ids.bawang);
    const sale: Sale = await sri.ok('sales.commit', {
      lines: [{ productId: ids.bawang, qty: 2 }],
      payments: [{ method: 'cash', amount: 50_000 }],
    });
    expect(await level(ids.bawang)).toBe(before - 2000);

    expect(refusal(await sri.call('sales.void', { receiptNo: sale.receiptNo, reason: 'x' })).code).toBe(
      'INVALID_INPUT',
    );
    expect(
      refusal(await sri.call('sales.void', { receiptNo: sale.receiptNo, reason: 'salah input' })).code,
    ).toBe('APPROVAL_REQUIRED');
    expect(
      refusal(
        await sri.call('sales.void', {
          receiptNo: sale.receiptNo,
          reason: 'salah input',
          approval: { ...approval, pin: '0000' },
        }),
      ).code,
    ).toBe('FORBIDDEN');
    expect(counts(dir).voids).toBe(0);

    const detail = await sri.ok('sales.void', { receiptNo: sale.receiptNo, reason: 'salah input', approval });
    expect(detail).toMatchObject({
      status: 'voided',
      void: { reason: 'salah input', approvedBy: 'Pak Andi', amount: 50_000 },
    });
    expect(await level(ids.bawang)).toBe(before);
    // The sale row itself is unchanged, and a second void or a refund is refused with the reason.
    expect((await sri.ok('sales.get', { receiptNo: sale.receiptNo })).total).toBe(50_000);
    expect(
      refusal(await manager.call('sales.void', { receiptNo: sale.receiptNo, reason: 'lagi' })).message,
    ).toMatch(/sudah dibatalkan/);
    expect(
      refusal(
        await manager.call('sales.refund', {
          receiptNo: sale.receiptNo,
          lines: [{ lineNo: 1, qty: 1 }],
          reason: 'rusak',
        }),
      ).message,
    ).toMatch(/sudah dibatalkan/);
    t.engine.close();
  });

  it("is refused on another business day (use a refund then) and after the day's Z report", async () => {
    const { t, ids, sri, manager, approval } = await setUp();
    const sale = await sri.ok('sales.commit', {
      lines: [{ productId: ids.sambal, qty: 1 }],
      payments: [{ method: 'cash', amount: 35_000 }],
    });
    await sri.ok('shifts.close', { count: { '20000': 1, '10000': 1, '5000': 1 } });
    await manager.ok('reports.z', {});
    t.setNow('2026-11-29T02:00:00Z');
    await sri.ok('shifts.open', { openingFloat: 0 });
    const detail = await sri.ok('sales.detail', { receiptNo: sale.receiptNo });
    expect(detail.voidBlocked).toEqual({ key: 'afterSale.voidOtherDay', params: { day: '2026-11-28' } });
    expect(detail.refundBlocked).toBeNull();
    expect(
      refusal(await sri.call('sales.void', { receiptNo: sale.receiptNo, reason: 'salah input', approval }))
        .code,
    ).toBe('CONFLICT');
    // The refund goes on the new day, numbered on it.
    const { refund } = await sri.ok('sales.refund', {
      receiptNo: sale.receiptNo,
      lines: [{ lineNo: 1, qty: 1 }],
      reason: 'botol retak',
      approval,
    });
    expect([refund.refundNo, refund.businessDay, refund.amount]).toEqual([
      'R-BTH1-20261129-0001',
      '2026-11-29',
      35_000,
    ]);
    t.engine.close();
  });
});

describe('refunds', () => {
  it('refunds in parts up to what was sold; the parts add up to exactly the total paid', async () => {
    const { dir, t, ids, sri, approval, level } = await setUp();
    const sale = await sellMixed(t, sri, ids);
    const refund = (lines: { lineNo: number; qty: number }[]) =>
      sri.call('sales.refund', { receiptNo: sale.receiptNo, lines, reason: 'barang rusak', approval });

    const before = counts(dir);
    const over = refusal(await refund([{ lineNo: 1, qty: 4 }]));
    expect(over).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/melebihi yang terjual: terjual 3 pcs/),
    });
    expect(refusal(await refund([{ lineNo: 1, qty: 1.5 }])).message).toMatch(/bilangan bulat/);
    expect(refusal(await refund([{ lineNo: 9, qty: 1 }])).code).toBe('NOT_FOUND');
    expect(
      refusal(
        await refund([
          { lineNo: 1, qty: 1 },
          { lineNo: 1, qty: 1 },
        ]),
      ).message,
    ).toMatch(/dua kali/);
    expect(counts(dir)).toEqual(before);

    const lele = await level(ids.lele);
    const first = (await refund([
      { lineNo: 1, qty: 1 },
      { lineNo: 2, qty: 0.5 },
    ])) as CommandResult<'sales.refund'>;
    if (!first.ok) throw new Error(first.error.message);
    expect(first.data.refund.refundNo).toBe('R-BTH1-20261128-0001');
    expect(await level(ids.lele)).toBe(lele + 500);
    const second = (await refund([
      { lineNo: 1, qty: 2 },
      { lineNo: 2, qty: 0.755 },
      { lineNo: 3, qty: 1 },
    ])) as CommandResult<'sales.refund'>;
    if (!second.ok) throw new Error(second.error.message);
    expect(second.data.refund.refundNo).toBe('R-BTH1-20261128-0002');
    expect(first.data.refund.amount + second.data.refund.amount).toBe(sale.total);
    expect(second.data.detail).toMatchObject({ status: 'refunded', refundedAmount: sale.total });
    expect(second.data.detail.refundBlocked).toEqual({ key: 'afterSale.refundAllBack' });
    t.engine.close();
  });
});

describe('the sales list', () => {
  it('finds a sale by receipt number (any day), amount or product, newest first', async () => {
    const { t, ids, sri } = await setUp();
    const a = await sri.ok('sales.commit', {
      lines: [{ productId: ids.bawang, qty: 1 }],
      payments: [{ method: 'cash', amount: 25_000 }],
    });
    t.setNow('2026-11-28T03:00:00Z');
    const b = await sri.ok('sales.commit', {
      lines: [{ productId: ids.sambal, qty: 2 }],
      payments: [{ method: 'cash', amount: 70_000 }],
    });
    const numbers = async (query?: string, day?: string) =>
      (await sri.ok('sales.search', { query, day })).sales.map((s) => s.receiptNo);
    expect(await numbers()).toEqual([b.receiptNo, a.receiptNo]);
    expect(await numbers('Rp 70.000')).toEqual([b.receiptNo]);
    expect(await numbers('sambal')).toEqual([b.receiptNo]);
    expect(await numbers('BWG')).toEqual([a.receiptNo]);
    expect(await numbers(undefined, '2026-11-27')).toEqual([]);
    expect(await numbers(a.receiptNo, '2026-11-27')).toEqual([a.receiptNo]);
    expect((await sri.ok('sales.search', {})).sales[0]).toMatchObject({
      lineCount: 1,
      preview: 'Sambal Roa 150 ml',
    });
    t.engine.close();
  });
});

describe('parked carts', () => {
  it('survive a restart, come back at today’s prices with a note, and leave products no longer sold', async () => {
    const dir = tempDir();
    let t = engineIn(dir);
    const [bawang] = await t.ok('products.list', { query: 'BWG-100' });
    const [sambal] = await t.ok('products.list', { query: 'SBR-150' });
    const [kopi] = await t.ok('products.list', { query: 'KPI-200' });
    if (!bawang || !sambal || !kopi) throw new Error('demo catalogue changed');
    const sri = await t.as('cashier', 'Sri');
    const parked = await sri.ok('parked.save', {
      label: 'Ibu baju merah',
      lines: [
        { productId: bawang.id, qty: 2 },
        { productId: sambal.id, qty: 1, unitPrice: 30_000, priceReason: 'tutup penyok' },
        { productId: kopi.id, qty: 1 },
      ],
    });
    expect(parked).toMatchObject({ label: 'Ibu baju merah', lineCount: 3, amount: 105_000, userName: 'Sri' });
    expect(
      refusal(await sri.call('parked.save', { label: '', lines: [{ productId: bawang.id, qty: 1 }] })).code,
    ).toBe('INVALID_INPUT');
    t.engine.close();

    // The app restarts; meanwhile the manager raised the bawang price and stopped selling coffee.
    t = engineIn(dir);
    const manager = await t.as('manager', 'Pak Andi');
    const detail = await manager.ok('products.get', { id: bawang.id });
    await manager.ok('products.save', {
      id: bawang.id,
      sku: detail.sku,
      name: detail.name,
      category: detail.category,
      unit: detail.unit,
      price: 27_000,
      producerCode: detail.producerCode,
      soldByWeight: false,
      barcodes: detail.barcodes.map((b) => b.code),
      active: true,
    });
    const coffee = await manager.ok('products.get', { id: kopi.id });
    await manager.ok('products.save', {
      id: kopi.id,
      sku: coffee.sku,
      name: coffee.name,
      category: coffee.category,
      unit: coffee.unit,
      price: coffee.price,
      producerCode: coffee.producerCode,
      soldByWeight: false,
      barcodes: coffee.barcodes.map((b) => b.code),
      active: false,
    });
    const again = await t.as('cashier', 'Sri');
    expect((await again.ok('parked.list', {})).map((c) => c.label)).toEqual(['Ibu baju merah']);
    const resumed = await again.ok('parked.resume', { id: parked.id });
    expect(
      resumed.lines.map((l) => [l.product.sku, l.qtyMilli, l.unitPrice, l.priceReason, l.priceChange]),
    ).toEqual([
      ['BWG-100', 2000, null, null, { from: 25_000, to: 27_000 }],
      ['SBR-150', 1000, 30_000, 'tutup penyok', null],
    ]);
    expect(resumed.dropped).toEqual([
      {
        name: 'Kopi Bubuk Robusta 200 g',
        message: {
          key: 'afterSale.lineNotSoldAnyMore',
          params: { name: 'Kopi Bubuk Robusta 200 g', qty: '1' },
        },
      },
    ]);
    // Resumed means gone from the list; a second resume says so.
    expect(await again.ok('parked.list', {})).toEqual([]);
    expect(refusal(await again.call('parked.resume', { id: parked.id })).code).toBe('NOT_FOUND');
    t.engine.close();
  });
});
