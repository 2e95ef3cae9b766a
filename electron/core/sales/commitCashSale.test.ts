import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { engineIn } from '../../../tests/support/engine';
import { tempDirPerTest } from '../../../tests/support/tempDir';

const tempDir = tempDirPerTest();

async function productId(t: ReturnType<typeof engineIn>, sku: string): Promise<number> {
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
    counters: n('receipt_counters'),
  };
  db.close();
  return result;
}

describe('sales.commitCash', () => {
  it('stores a cash sale with catalogue prices, producing units, change and the cashier', async () => {
    const t = engineIn(tempDir());
    const bawang = await productId(t, 'BWG-100');
    const sambal = await productId(t, 'SBR-150');
    const cashier = await t.as('cashier', 'Sri');
    const sale = await cashier.ok('sales.commitCash', {
      lines: [
        { productId: bawang, qty: 2 },
        { productId: sambal, qty: 1 },
      ],
      cashTendered: 100_000,
    });
    expect(sale.receiptNo).toBe('BTH1-20261128-0001');
    expect(sale.cashierName).toBe('Sri');
    expect(sale.id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(sale.lines.map((l) => [l.sku, l.qtyMilli, l.unitPrice, l.lineTotal, l.producerCode])).toEqual([
      ['BWG-100', 2000, 25_000, 50_000, 'LPS-PALU'],
      ['SBR-150', 1000, 35_000, 35_000, 'RTN-PALU'],
    ]);
    expect([sale.subtotal, sale.total, sale.paid, sale.change]).toEqual([85_000, 85_000, 100_000, 15_000]);
    expect(sale.payments).toEqual([
      {
        method: 'cash',
        amount: 85_000,
        tendered: 100_000,
        change: 15_000,
        reference: null,
        confirmedBy: null,
        confirmedAt: null,
      },
    ]);
    expect(await t.ok('sales.get', { receiptNo: sale.receiptNo })).toEqual(sale);
    t.engine.close();
  });

  it('prices weighed goods per kg, rounded half-up once per line', async () => {
    const t = engineIn(tempDir());
    const lele = await productId(t, 'LLE-KG'); // Rp 30.000 / kg
    const cabai = await productId(t, 'CBE-KG'); // Rp 60.000 / kg
    const sale = await t.ok('sales.commitCash', {
      lines: [
        { productId: lele, qty: 1.255 }, // 37.650
        { productId: cabai, qty: 0.013 }, // 13 g: 780
      ],
      cashTendered: 50_000,
    });
    expect(sale.lines.map((l) => l.lineTotal)).toEqual([37_650, 780]);
    expect(sale.total).toBe(38_430);
    expect(sale.change).toBe(11_570);
    t.engine.close();
  });

  it('numbers receipts per device and business day without gaps, in WITA with the 04.00 cut-off', async () => {
    const dir = tempDir();
    const t = engineIn(dir);
    const id = await productId(t, 'RTI-MNS');
    const sell = (cash: number) =>
      t.engine.call('sales.commitCash', { lines: [{ productId: id, qty: 1 }], cashTendered: cash });

    t.setNow('2026-11-28T15:59:00Z'); // 23.59 WITA, still the 28th
    expect(
      (await t.ok('sales.commitCash', { lines: [{ productId: id, qty: 1 }], cashTendered: 5000 })).receiptNo,
    ).toBe('BTH1-20261128-0001');
    const refused = await sell(100); // not enough cash: must not use up a number
    expect(refused.ok).toBe(false);
    expect(
      (await t.ok('sales.commitCash', { lines: [{ productId: id, qty: 1 }], cashTendered: 5000 })).receiptNo,
    ).toBe('BTH1-20261128-0002');
    t.setNow('2026-11-28T17:30:00Z'); // 01.30 WITA on the 29th: before the 04.00 cut-off, still the 28th
    expect(
      (await t.ok('sales.commitCash', { lines: [{ productId: id, qty: 1 }], cashTendered: 5000 })).receiptNo,
    ).toBe('BTH1-20261128-0003');
    t.setNow('2026-11-28T20:00:00Z'); // 04.00 WITA on the 29th: a new business day
    expect(
      (await t.ok('sales.commitCash', { lines: [{ productId: id, qty: 1 }], cashTendered: 5000 })).receiptNo,
    ).toBe('BTH1-20261129-0001');
    t.engine.close();
    expect(counts(`${dir}/karya.db`).sales).toBe(4);
  });

  it('refuses short cash, unknown products and fractional pieces, writing nothing', async () => {
    const dir = tempDir();
    const t = engineIn(dir);
    const bawang = await productId(t, 'BWG-100');
    const cashier = await t.as('cashier');
    const before = counts(`${dir}/karya.db`);
    const cases = [
      [{ lines: [{ productId: bawang, qty: 2 }], cashTendered: 49_999 }, 'NOT_ENOUGH_CASH'],
      [{ lines: [{ productId: 99_999, qty: 1 }], cashTendered: 100_000 }, 'NOT_FOUND'],
      [{ lines: [{ productId: bawang, qty: 1.5 }], cashTendered: 100_000 }, 'INVALID_INPUT'],
      [{ lines: [], cashTendered: 100_000 }, 'INVALID_INPUT'],
      [{ lines: [{ productId: bawang, qty: -1 }], cashTendered: 100_000 }, 'INVALID_INPUT'],
      [{ lines: [{ productId: bawang, qty: 1 }], cashTendered: 1.5 }, 'INVALID_INPUT'],
      [{ lines: [{ productId: bawang, qty: 1, price: 1 }], cashTendered: 100_000 }, 'INVALID_INPUT'],
      ['not an object', 'INVALID_INPUT'],
    ] as const;
    for (const [input, code] of cases) {
      const result = await cashier.call('sales.commitCash', input);
      expect(result.ok, JSON.stringify(input)).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe(code);
        expect(result.error.message).not.toMatch(/expected|received|invalid input/i); // Indonesian, not zod's English
      }
    }
    t.engine.close();
    expect(counts(`${dir}/karya.db`)).toEqual(before);
  });

  it('keeps completed sales, lines and payments immutable in the database itself', async () => {
    const dir = tempDir();
    const t = engineIn(dir);
    const bawang = await productId(t, 'BWG-100');
    const sale = await t.ok('sales.commitCash', {
      lines: [{ productId: bawang, qty: 1 }],
      cashTendered: 25_000,
    });
    t.engine.close();

    const db = new Database(`${dir}/karya.db`);
    const attempts = [
      'UPDATE sales SET total = 1',
      'DELETE FROM sales',
      'UPDATE sale_lines SET qty_milli = 1',
      'DELETE FROM sale_lines',
      'UPDATE payments SET amount = 1',
      'DELETE FROM payments',
    ];
    for (const sql of attempts) expect(() => db.prepare(sql).run(), sql).toThrow(/IMMUTABLE/);
    db.close();

    const reopened = engineIn(dir);
    expect(await reopened.ok('sales.get', { receiptNo: sale.receiptNo })).toEqual(sale);
    reopened.engine.close();
  });

  it('answers unknown commands and missing sales with stable codes', async () => {
    const t = engineIn(tempDir());
    const cashier = await t.as('cashier');
    expect(await cashier.call('sales.deleteEverything', {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_COMMAND' },
    });
    expect(await cashier.call('sales.get', { receiptNo: 'BTH1-20990101-0001' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    t.engine.close();
  });
});
