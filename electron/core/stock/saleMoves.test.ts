import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { engineIn } from '../../../tests/support/engine';
import { tempDirPerTest } from '../../../tests/support/tempDir';
import { openDatabase } from '../db/open';
import { recordRefundMoves } from './saleMoves';
import { boothId, levelOf, productIdOf, stockCounts } from './stockTestHelpers';

const tempDir = tempDirPerTest();

describe('sales move stock', () => {
  it('writes one sale move per line from the selling location, in the sale transaction', async () => {
    const dir = tempDir();
    const t = engineIn(dir);
    const bawang = await productIdOf(t, 'BWG-100');
    const lele = await productIdOf(t, 'LLE-KG');
    await t.ok('stock.adjust', { productId: bawang, qty: 10, reason: 'Stok awal' });
    await t.ok('stock.adjust', { productId: lele, qty: 3, reason: 'Stok awal' });
    const cashier = await t.as('cashier', 'Sri');
    const sale = await cashier.ok('sales.commitCash', {
      lines: [
        { productId: bawang, qty: 2 },
        { productId: lele, qty: 1.255 },
      ],
      cashTendered: 100_000,
    });
    expect(await levelOf(t, 'BWG-100')).toBe(8_000);
    expect(await levelOf(t, 'LLE-KG')).toBe(1_745);
    const [move] = (await t.ok('stock.moves', { productId: lele })).rows;
    expect(move).toMatchObject({
      kind: 'sale',
      qtyMilli: -1_255,
      locationCode: 'BOOTH',
      receiptNo: sale.receiptNo,
      userName: 'Sri',
    });
    t.engine.close();
  });

  it('refuses the whole sale when stock is short and negative stock is blocked; nothing is written', async () => {
    const dir = tempDir();
    const t = engineIn(dir);
    const bawang = await productIdOf(t, 'BWG-100');
    const sambal = await productIdOf(t, 'SBR-150');
    await t.ok('stock.saveSettings', { allowNegativeStock: false });
    await t.ok('stock.adjust', { productId: bawang, qty: 5, reason: 'Stok awal' });
    await t.ok('stock.adjust', { productId: sambal, qty: 1, reason: 'Stok awal' });
    const before = stockCounts(`${dir}/karya.db`);
    const result = await (await t.as('cashier')).call('sales.commitCash', {
      lines: [
        { productId: bawang, qty: 2 },
        { productId: sambal, qty: 2 },
      ],
      cashTendered: 200_000,
    });
    expect(result).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'INSUFFICIENT_STOCK',
        message: 'Stok Sambal Roa 150 ml di Booth utama tidak cukup: tersedia 1 botol, dibutuhkan 2 botol.',
      }),
    });
    expect(stockCounts(`${dir}/karya.db`)).toEqual(before);
    expect(await levelOf(t, 'BWG-100')).toBe(5_000);
    // The refused sale used no receipt number.
    const next = await t.ok('sales.commitCash', {
      lines: [{ productId: sambal, qty: 1 }],
      cashTendered: 35_000,
    });
    expect(next.receiptNo).toBe('BTH1-20261128-0001');
    t.engine.close();
  });

  it('counts several lines of the same product together against the stock', async () => {
    const t = engineIn(tempDir());
    const lele = await productIdOf(t, 'LLE-KG');
    await t.ok('stock.saveSettings', { allowNegativeStock: false });
    await t.ok('stock.adjust', { productId: lele, qty: 1.5, reason: 'Stok awal' });
    const result = await (await t.as('cashier')).call('sales.commitCash', {
      lines: [
        { productId: lele, qty: 1 },
        { productId: lele, qty: 0.6 },
      ],
      cashTendered: 100_000,
    });
    expect(result.ok || result.error.message).toMatch(/tersedia 0,500 kg, dibutuhkan 0,600 kg/);
    expect(await levelOf(t, 'LLE-KG')).toBe(1_500);
    t.engine.close();
  });

  it('allows selling below zero when the setting allows it, and records it visibly', async () => {
    const t = engineIn(tempDir());
    const sambal = await productIdOf(t, 'SBR-150');
    await t.ok('stock.adjust', { productId: sambal, qty: 1, reason: 'Stok awal' });
    const sale = await t.ok('sales.commitCash', {
      lines: [{ productId: sambal, qty: 3 }],
      cashTendered: 105_000,
    });
    expect(await levelOf(t, 'SBR-150')).toBe(-2_000);
    const [move] = (await t.ok('stock.moves', { productId: sambal })).rows;
    expect(move).toMatchObject({ kind: 'sale', qtyMilli: -3_000, receiptNo: sale.receiptNo });
    t.engine.close();
  });

  it('sells the oldest expiry first, splitting a line across batches', async () => {
    const t = engineIn(tempDir());
    const sambal = await productIdOf(t, 'SBR-150');
    const receive = (reference: string, line: object) =>
      t.ok('stock.receive', {
        producerCode: 'RTN-PALU',
        reference,
        lines: [{ productId: sambal, ...line }] as never,
      });
    await receive('SJ-1', { qty: 2, batchCode: 'LATE', expiresOn: '2027-03-01' });
    await receive('SJ-2', { qty: 2, batchCode: 'EARLY', expiresOn: '2027-01-01' });
    await receive('SJ-3', { qty: 1, batchCode: 'NODATE' });
    await receive('SJ-4', { qty: 1 });
    await t.ok('sales.commitCash', { lines: [{ productId: sambal, qty: 3 }], cashTendered: 105_000 });
    await t.ok('sales.commitCash', { lines: [{ productId: sambal, qty: 2 }], cashTendered: 70_000 });
    const sales = (await t.ok('stock.moves', { productId: sambal })).rows
      .filter((r) => r.kind === 'sale')
      .reverse();
    expect(sales.map((r) => [r.receiptNo?.slice(-1), r.batchCode, r.qtyMilli])).toEqual([
      ['1', 'EARLY', -2_000],
      ['1', 'LATE', -1_000],
      ['2', 'LATE', -1_000],
      ['2', 'NODATE', -1_000],
    ]);
    expect(await levelOf(t, 'SBR-150')).toBe(1_000);
    t.engine.close();
  });

  it('sells from the event location while the till is set to sell at the event', async () => {
    const t = engineIn(tempDir());
    const bawang = await productIdOf(t, 'BWG-100');
    const booth = await boothId(t);
    const event = await t.ok('locations.save', {
      code: 'PAMERAN',
      name: 'Pameran Kanwil',
      kind: 'event',
      startsOn: '2026-11-27',
      endsOn: '2026-11-29',
    });
    await t.ok('stock.adjust', { productId: bawang, qty: 10, reason: 'Stok awal' });
    await t.ok('stock.transfer', {
      fromLocationId: booth,
      toLocationId: event.id,
      lines: [{ productId: bawang, qty: 4 }],
    });
    await t.ok('stock.saveSettings', { sellingLocationId: event.id });
    await t.ok('sales.commitCash', { lines: [{ productId: bawang, qty: 1 }], cashTendered: 25_000 });
    expect(await levelOf(t, 'BWG-100', event.id)).toBe(3_000);
    expect(await levelOf(t, 'BWG-100', booth)).toBe(6_000);
    t.engine.close();
  });

  it('puts refunded goods back into the batches the sale took them from, never more than was sold', async () => {
    const dir = tempDir();
    const t = engineIn(dir);
    const sambal = await productIdOf(t, 'SBR-150');
    const bawang = await productIdOf(t, 'BWG-100');
    await t.ok('stock.receive', {
      producerCode: 'RTN-PALU',
      reference: 'SJ-1',
      lines: [
        { productId: sambal, qty: 1, batchCode: 'A', expiresOn: '2027-01-01' },
        { productId: sambal, qty: 5, batchCode: 'B', expiresOn: '2027-02-01' },
      ],
    });
    const sale = await t.ok('sales.commitCash', {
      lines: [
        { productId: bawang, qty: 1 },
        { productId: sambal, qty: 3 },
      ],
      cashTendered: 200_000,
    });
    t.engine.close();

    const { db } = openDatabase(`${dir}/karya.db`);
    const refund = (qtyMilli: number) =>
      db
        .transaction(() =>
          recordRefundMoves(db, {
            saleId: sale.id,
            lines: [{ lineNo: 2, qtyMilli }],
            reference: 'RF-1',
            userName: 'Manajer',
            createdAt: '2026-11-28T03:00:00.000Z',
          }),
        )
        .immediate();
    refund(2_000);
    expect(() => refund(1_500)).toThrow(/paling banyak 1 botol/);
    refund(1_000);
    expect(() => refund(1_000)).toThrow(/paling banyak 0 botol/);
    const rows = db
      .prepare(
        `SELECT b.code, m.qty_milli AS qty FROM stock_moves m LEFT JOIN stock_batches b ON b.id = m.batch_id
         WHERE m.kind = 'refund' ORDER BY m.id`,
      )
      .all();
    expect(rows).toEqual([
      { code: 'B', qty: 2_000 },
      { code: 'A', qty: 1_000 },
    ]);
    const level = db
      .prepare('SELECT sum(qty_milli) AS q FROM stock_moves WHERE product_id = ?')
      .get(sambal) as { q: number };
    expect(level.q).toBe(6_000);
    expect(() =>
      recordRefundMoves(db, {
        saleId: sale.id,
        lines: [{ lineNo: 9, qtyMilli: 1 }],
        userName: null,
        createdAt: 'x',
      }),
    ).toThrow(/tidak mengeluarkan stok/);
    db.close();
  });
});

describe('expiry at the till', () => {
  it('warns when the next goods to sell have expired, and stops once they are gone', async () => {
    const t = engineIn(tempDir());
    const sambal = await productIdOf(t, 'SBR-150');
    const abon = await productIdOf(t, 'ABN-100');
    await t.ok('stock.receive', {
      producerCode: 'RTN-PALU',
      reference: 'SJ-1',
      lines: [
        { productId: sambal, qty: 2, batchCode: 'OLD', expiresOn: '2026-11-30' },
        { productId: sambal, qty: 5, batchCode: 'NEW', expiresOn: '2027-06-30' },
      ],
    });
    await t.ok('stock.receive', {
      producerCode: 'LPS-TOLI',
      reference: 'SJ-2',
      lines: [{ productId: abon, qty: 1, expiresOn: '2026-12-31' }],
    });
    expect((await t.ok('stock.expiryWarnings', {})).warnings).toEqual([]);
    // Good through the expiry date itself; expired the day after (WITA).
    t.setNow('2026-11-30T15:59:00Z');
    expect((await t.ok('stock.expiryWarnings', {})).warnings).toEqual([]);
    t.setNow('2026-11-30T16:00:00Z');
    const { today, warnings } = await t.ok('stock.expiryWarnings', {});
    expect(today).toBe('2026-12-01');
    expect(warnings).toEqual([
      {
        productId: sambal,
        sku: 'SBR-150',
        name: 'Sambal Roa 150 ml',
        batchCode: 'OLD',
        expiresOn: '2026-11-30',
        qtyMilli: 2_000,
      },
    ]);
    const [level] = (await t.ok('stock.levels', { query: 'SBR-150' })).rows;
    expect(level).toMatchObject({ nextExpiry: '2026-11-30', expired: true, qtyMilli: 7_000 });

    await t.ok('stock.adjust', { productId: sambal, qty: -2, reason: 'Kedaluwarsa, dibuang' });
    expect((await t.ok('stock.expiryWarnings', {})).warnings).toEqual([]);
    const [after] = (await t.ok('stock.levels', { query: 'SBR-150' })).rows;
    expect(after).toMatchObject({ nextExpiry: '2027-06-30', expired: false, qtyMilli: 5_000 });
    t.engine.close();
  });

  it('fills batches newest-first up to the level when goods were sold before they were received', async () => {
    const t = engineIn(tempDir());
    const sambal = await productIdOf(t, 'SBR-150');
    await t.ok('sales.commitCash', { lines: [{ productId: sambal, qty: 2 }], cashTendered: 70_000 });
    await t.ok('stock.receive', {
      producerCode: 'RTN-PALU',
      reference: 'SJ-1',
      lines: [{ productId: sambal, qty: 3, batchCode: 'OLD', expiresOn: '2026-11-29' }],
    });
    await t.ok('stock.receive', {
      producerCode: 'RTN-PALU',
      reference: 'SJ-2',
      lines: [{ productId: sambal, qty: 1, batchCode: 'NEW', expiresOn: '2027-01-31' }],
    });
    t.setNow('2026-12-05T02:00:00Z');
    // Level 2: one NEW and one of OLD are really here; the warning counts only that one.
    expect(await levelOf(t, 'SBR-150')).toBe(2_000);
    expect((await t.ok('stock.expiryWarnings', {})).warnings).toEqual([
      expect.objectContaining({ batchCode: 'OLD', qtyMilli: 1_000 }),
    ]);
    t.engine.close();
  });
});

describe('sale and stock together', () => {
  it('keeps stock moves out of the database when the sale itself is refused', async () => {
    const dir = tempDir();
    const t = engineIn(dir);
    const bawang = await productIdOf(t, 'BWG-100');
    await t.ok('stock.adjust', { productId: bawang, qty: 5, reason: 'Stok awal' });
    const before = stockCounts(`${dir}/karya.db`);
    const short = await (await t.as('cashier')).call('sales.commitCash', {
      lines: [{ productId: bawang, qty: 2 }],
      cashTendered: 1,
    });
    expect(short.ok || short.error.code).toBe('NOT_ENOUGH_CASH');
    t.engine.close();
    expect(stockCounts(`${dir}/karya.db`)).toEqual(before);
    const db = new Database(`${dir}/karya.db`, { readonly: true });
    expect(db.prepare("SELECT count(*) AS n FROM stock_moves WHERE kind = 'sale'").get()).toEqual({ n: 0 });
    db.close();
  });
});
