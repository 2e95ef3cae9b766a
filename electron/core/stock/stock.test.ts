import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Location } from '../../../shared/contract';
import { engineIn } from '../../../tests/support/engine';
import { tempDirPerTest } from '../../../tests/support/tempDir';
import { boothId, levelOf, productIdOf, stockCounts, sumOfMoves } from './stockTestHelpers';

const tempDir = tempDirPerTest();

describe('stock ledger', () => {
  it('starts with one selling location, the booth, and selling below zero allowed', async () => {
    const t = engineIn(tempDir());
    const locations = await t.ok('locations.list', {});
    expect(locations).toEqual([
      expect.objectContaining({
        code: 'BOOTH',
        kind: 'booth',
        isDefault: true,
        active: true,
        startsOn: null,
      }),
    ]);
    expect(await t.ok('stock.getSettings', {})).toEqual({
      allowNegativeStock: true,
      sellingLocationId: locations[0]?.id,
    });
    expect(await levelOf(t, 'BWG-100')).toBe(0);
    t.engine.close();
  });

  it('keeps the level equal to the sum of moves through receipts, adjustments, transfers and sales', async () => {
    const dir = tempDir();
    const t = engineIn(dir);
    const manager = await t.as('manager', 'Bu Rina');
    const bawang = await productIdOf(t, 'BWG-100');
    const booth = await boothId(t);
    const store = await manager.ok('locations.save', { code: 'GDG', name: 'Gudang Palu', kind: 'warehouse' });

    await manager.ok('stock.receive', {
      locationId: store.id,
      producerCode: 'LPS-PALU',
      reference: 'SJ-001',
      lines: [{ productId: bawang, qty: 20 }],
    });
    await manager.ok('stock.transfer', {
      fromLocationId: store.id,
      toLocationId: booth,
      lines: [{ productId: bawang, qty: 8 }],
    });
    await manager.ok('stock.adjust', { productId: bawang, qty: -1, reason: 'Kemasan sobek' });
    await t.ok('sales.commitCash', { lines: [{ productId: bawang, qty: 2 }], cashTendered: 50_000 });

    expect(await levelOf(t, 'BWG-100', store.id)).toBe(12_000);
    expect(await levelOf(t, 'BWG-100')).toBe(5_000);
    t.engine.close();
    expect(sumOfMoves(`${dir}/karya.db`, bawang, store.id)).toBe(12_000);
    expect(sumOfMoves(`${dir}/karya.db`, bawang, booth)).toBe(5_000);
  });

  it('records a receipt with its unit, reference, batch, user and time in the ledger', async () => {
    const t = engineIn(tempDir());
    const manager = await t.as('manager', 'Bu Rina');
    const sambal = await productIdOf(t, 'SBR-150');
    const result = await manager.ok('stock.receive', {
      producerCode: 'RTN-PALU',
      reference: 'SJ-RTN-07',
      lines: [{ productId: sambal, qty: 12, batchCode: 'B-2611', expiresOn: '2027-01-31' }],
    });
    expect(result.moves).toBe(1);
    const { rows, total } = await t.ok('stock.moves', { productId: sambal });
    expect(total).toBe(1);
    expect(rows[0]).toMatchObject({
      opId: result.opId,
      kind: 'receive',
      qtyMilli: 12_000,
      locationCode: 'BOOTH',
      reference: 'SJ-RTN-07',
      producerCode: 'RTN-PALU',
      batchCode: 'B-2611',
      expiresOn: '2027-01-31',
      userName: 'Bu Rina',
      createdAt: '2026-11-28T02:00:00.000Z',
      receiptNo: null,
    });
    t.engine.close();
  });

  it('refuses bad receipts with Indonesian messages and writes nothing, not even the good lines', async () => {
    const dir = tempDir();
    const t = engineIn(dir);
    const manager = await t.as('manager');
    const bawang = await productIdOf(t, 'BWG-100');
    const sambal = await productIdOf(t, 'SBR-150');
    await manager.ok('stock.receive', {
      producerCode: 'RTN-PALU',
      reference: 'SJ-1',
      lines: [{ productId: sambal, qty: 1, batchCode: 'B1', expiresOn: '2027-01-01' }],
    });
    const before = stockCounts(`${dir}/karya.db`);
    const good = { productId: bawang, qty: 5 };
    const cases = [
      [
        { producerCode: 'LPS-PALU', reference: 'SJ-2', lines: [good, { productId: sambal, qty: 1 }] },
        'CONFLICT',
      ],
      [{ producerCode: 'NOPE', reference: 'SJ-2', lines: [good] }, 'NOT_FOUND'],
      [
        { producerCode: 'LPS-PALU', reference: 'SJ-2', lines: [good, { productId: bawang, qty: 1.5 }] },
        'INVALID_INPUT',
      ],
      [{ producerCode: 'LPS-PALU', reference: '  ', lines: [good] }, 'INVALID_INPUT'],
      [{ producerCode: 'LPS-PALU', reference: 'SJ-2', lines: [] }, 'INVALID_INPUT'],
      [{ producerCode: 'LPS-PALU', reference: 'SJ-2', lines: [{ ...good, qty: -5 }] }, 'INVALID_INPUT'],
      [
        { producerCode: 'LPS-PALU', reference: 'SJ-2', lines: [{ ...good, expiresOn: '2026-11-27' }] },
        'INVALID_INPUT',
      ],
      [
        { producerCode: 'LPS-PALU', reference: 'SJ-2', lines: [{ ...good, expiresOn: '2026-02-30' }] },
        'INVALID_INPUT',
      ],
      [{ producerCode: 'LPS-PALU', reference: 'SJ-2', lines: [good], locationId: 999 }, 'NOT_FOUND'],
      [
        {
          producerCode: 'RTN-PALU',
          reference: 'SJ-2',
          lines: [{ productId: sambal, qty: 1, batchCode: 'B1', expiresOn: '2027-02-01' }],
        },
        'CONFLICT',
      ],
      [{ producerCode: 'LPS-PALU', reference: 'SJ-2', lines: [good], extra: 1 }, 'INVALID_INPUT'],
    ] as const;
    for (const [input, code] of cases) {
      const result = await manager.call('stock.receive', input);
      expect(result.ok, JSON.stringify(input)).toBe(false);
      if (!result.ok) {
        expect(result.error.code, JSON.stringify(input)).toBe(code);
        expect(result.error.message).not.toMatch(/expected|received|invalid input/i);
      }
    }
    t.engine.close();
    expect(stockCounts(`${dir}/karya.db`)).toEqual(before);
  });

  it('reuses a batch received again with the same code and expiry', async () => {
    const dir = tempDir();
    const t = engineIn(dir);
    const sambal = await productIdOf(t, 'SBR-150');
    const line = { productId: sambal, qty: 2, batchCode: 'B7', expiresOn: '2027-03-01' };
    await t.ok('stock.receive', { producerCode: 'RTN-PALU', reference: 'SJ-1', lines: [line] });
    await t.ok('stock.receive', { producerCode: 'RTN-PALU', reference: 'SJ-2', lines: [line] });
    // Only an expiry date: the batch is named after it.
    await t.ok('stock.receive', {
      producerCode: 'RTN-PALU',
      reference: 'SJ-3',
      lines: [{ productId: sambal, qty: 1, expiresOn: '2027-04-01' }],
    });
    expect(await levelOf(t, 'SBR-150')).toBe(5_000);
    const codes = (await t.ok('stock.moves', { productId: sambal })).rows.map((r) => r.batchCode);
    expect(codes).toEqual(['EXP-2027-04-01', 'B7', 'B7']);
    t.engine.close();
    expect(stockCounts(`${dir}/karya.db`).batches).toBe(2);
  });

  it('adjusts up and down only with a reason, and never by zero', async () => {
    const dir = tempDir();
    const t = engineIn(dir);
    const manager = await t.as('manager');
    const lele = await productIdOf(t, 'LLE-KG');
    await manager.ok('stock.adjust', { productId: lele, qty: 2.5, reason: 'Stok awal' });
    await manager.ok('stock.adjust', { productId: lele, qty: -0.25, reason: 'Ikan rusak' });
    expect(await levelOf(t, 'LLE-KG')).toBe(2_250);
    const before = stockCounts(`${dir}/karya.db`);
    for (const input of [
      { productId: lele, qty: 1 },
      { productId: lele, qty: 1, reason: '   ' },
      { productId: lele, qty: 0, reason: 'nol' },
      { productId: lele, qty: 0.0005, reason: 'terlalu halus' },
      { productId: 99_999, qty: 1, reason: 'tidak ada' },
    ]) {
      const result = await manager.call('stock.adjust', input);
      expect(result.ok, JSON.stringify(input)).toBe(false);
    }
    const [adjusted] = (await t.ok('stock.moves', { productId: lele })).rows;
    expect(adjusted).toMatchObject({ kind: 'adjust', qtyMilli: -250, reason: 'Ikan rusak' });
    t.engine.close();
    expect(stockCounts(`${dir}/karya.db`)).toEqual(before);
  });

  it('blocks going below zero when the setting is off, naming the product and what is available', async () => {
    const dir = tempDir();
    const t = engineIn(dir);
    const manager = await t.as('manager');
    const bawang = await productIdOf(t, 'BWG-100');
    await manager.ok('stock.saveSettings', { allowNegativeStock: false });
    await manager.ok('stock.adjust', { productId: bawang, qty: 2, reason: 'Stok awal' });
    const before = stockCounts(`${dir}/karya.db`);
    const result = await manager.call('stock.adjust', { productId: bawang, qty: -3, reason: 'Hilang' });
    expect(result).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'INSUFFICIENT_STOCK',
        message:
          'Stok Bawang Goreng Palu 100 g di Booth utama tidak cukup: tersedia 2 pcs, dibutuhkan 3 pcs.',
      }),
    });
    t.engine.close();
    expect(stockCounts(`${dir}/karya.db`)).toEqual(before);
  });

  it('moves both legs of a transfer in one transaction: a refused line leaves no leg behind', async () => {
    const dir = tempDir();
    const t = engineIn(dir);
    const manager = await t.as('manager');
    const bawang = await productIdOf(t, 'BWG-100');
    const sambal = await productIdOf(t, 'SBR-150');
    const booth = await boothId(t);
    const outlet = await manager.ok('locations.save', {
      code: 'OUT-1',
      name: 'Outlet Lapas',
      kind: 'outlet',
    });
    await manager.ok('stock.saveSettings', { allowNegativeStock: false });
    await manager.ok('stock.adjust', { productId: bawang, qty: 10, reason: 'Stok awal' });
    await manager.ok('stock.adjust', { productId: sambal, qty: 1, reason: 'Stok awal' });
    const before = stockCounts(`${dir}/karya.db`);

    const refused = await manager.call('stock.transfer', {
      fromLocationId: booth,
      toLocationId: outlet.id,
      lines: [
        { productId: bawang, qty: 4 },
        { productId: sambal, qty: 2 },
      ],
    });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.code).toBe('INSUFFICIENT_STOCK');
    expect(stockCounts(`${dir}/karya.db`)).toEqual(before);

    const same = await manager.call('stock.transfer', {
      fromLocationId: booth,
      toLocationId: booth,
      lines: [{ productId: bawang, qty: 1 }],
    });
    expect(same.ok).toBe(false);

    const done = await manager.ok('stock.transfer', {
      fromLocationId: booth,
      toLocationId: outlet.id,
      lines: [{ productId: bawang, qty: 4 }],
      reference: 'Kirim ke outlet',
    });
    expect(done.moves).toBe(2);
    expect(await levelOf(t, 'BWG-100')).toBe(6_000);
    expect(await levelOf(t, 'BWG-100', outlet.id)).toBe(4_000);
    const legs = (await t.ok('stock.moves', { productId: bawang })).rows.filter((r) => r.opId === done.opId);
    expect(legs.map((r) => [r.kind, r.locationCode, r.qtyMilli, r.reference])).toEqual([
      ['transfer_in', 'OUT-1', 4_000, 'Kirim ke outlet'],
      ['transfer_out', 'BOOTH', -4_000, 'Kirim ke outlet'],
    ]);
    t.engine.close();
  });

  it('lets a cashier read levels and the ledger but refuses every change', async () => {
    const dir = tempDir();
    const t = engineIn(dir);
    const cashier = await t.as('cashier');
    const bawang = await productIdOf(t, 'BWG-100');
    const booth = await boothId(t);
    const before = stockCounts(`${dir}/karya.db`);
    const writes: [string, unknown][] = [
      [
        'locations.save',
        { code: 'EVT', name: 'Bazar', kind: 'event', startsOn: '2026-12-01', endsOn: '2026-12-03' },
      ],
      ['stock.saveSettings', { allowNegativeStock: false }],
      [
        'stock.receive',
        { producerCode: 'LPS-PALU', reference: 'SJ', lines: [{ productId: bawang, qty: 1 }] },
      ],
      ['stock.adjust', { productId: bawang, qty: 1, reason: 'coba' }],
      [
        'stock.transfer',
        { fromLocationId: booth, toLocationId: booth + 1, lines: [{ productId: bawang, qty: 1 }] },
      ],
      ['stock.setThreshold', { productId: bawang, lowQty: 3 }],
      ['stock.eventClose', { locationId: booth, returnToLocationId: booth, counts: [] }],
    ];
    for (const [name, input] of writes) {
      const result = await cashier.call(name, input);
      expect(result.ok, name).toBe(false);
      if (!result.ok) expect(result.error.code, name).toBe('FORBIDDEN');
      const anonymous = await t.engine.call(name, input);
      expect(anonymous.ok || anonymous.error.code, name).toBe('UNAUTHENTICATED');
    }
    expect((await cashier.ok('stock.levels', {})).rows.length).toBeGreaterThan(0);
    expect((await cashier.ok('stock.moves', { productId: bawang })).total).toBe(0);
    expect(await cashier.ok('locations.list', {})).toHaveLength(1);
    expect((await cashier.ok('stock.expiryWarnings', {})).warnings).toEqual([]);
    t.engine.close();
    expect(stockCounts(`${dir}/karya.db`)).toEqual(before);
  });

  it('never lets a ledger row or batch be changed or deleted', async () => {
    const dir = tempDir();
    const t = engineIn(dir);
    const sambal = await productIdOf(t, 'SBR-150');
    await t.ok('stock.receive', {
      producerCode: 'RTN-PALU',
      reference: 'SJ-1',
      lines: [{ productId: sambal, qty: 3, batchCode: 'B1' }],
    });
    t.engine.close();
    const db = new Database(`${dir}/karya.db`);
    expect(() => db.prepare('UPDATE stock_moves SET qty_milli = 1').run()).toThrow(/IMMUTABLE/);
    expect(() => db.prepare('DELETE FROM stock_moves').run()).toThrow(/IMMUTABLE/);
    expect(() => db.prepare("UPDATE stock_batches SET expires_on = '2030-01-01'").run()).toThrow(/IMMUTABLE/);
    expect(() => db.prepare('DELETE FROM stock_batches').run()).toThrow(/IMMUTABLE/);
    // Schema checks hold even for writes that bypass the engine.
    expect(() =>
      db
        .prepare(
          "INSERT INTO stock_moves (op_id, product_id, location_id, qty_milli, kind, created_at) VALUES ('x', ?, 1, -1, 'adjust', 'now')",
        )
        .run(sambal),
    ).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO stock_moves (op_id, product_id, location_id, qty_milli, kind, created_at) VALUES ('x', ?, 1, -1, 'receive', 'now')",
        )
        .run(sambal),
    ).toThrow(/CHECK/);
    expect((db.prepare('SELECT sum(qty_milli) AS q FROM stock_moves').get() as { q: number }).q).toBe(3_000);
    db.close();
  });

  it('answers level queries from the covering indexes', async () => {
    const dir = tempDir();
    engineIn(dir).engine.close();
    const db = new Database(`${dir}/karya.db`, { readonly: true });
    const plan = (sql: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join('\n');
    expect(plan('SELECT sum(qty_milli) FROM stock_moves WHERE product_id = 1 AND location_id = 1')).toMatch(
      /COVERING INDEX stock_moves_(product|location) \(/,
    );
    expect(plan('SELECT id FROM stock_moves WHERE product_id = 1 ORDER BY id DESC')).toMatch(
      /INDEX stock_moves_product/,
    );
    expect(
      plan('SELECT product_id, sum(qty_milli) FROM stock_moves WHERE location_id = 1 GROUP BY product_id'),
    ).toMatch(/COVERING INDEX stock_moves_location/);
    db.close();
  });

  it('flags low stock at or below the threshold and filters to it', async () => {
    const t = engineIn(tempDir());
    const manager = await t.as('manager');
    const bawang = await productIdOf(t, 'BWG-100');
    const telur = await productIdOf(t, 'TLR-RAK');
    await manager.ok('stock.adjust', { productId: bawang, qty: 5, reason: 'Stok awal' });
    await manager.ok('stock.adjust', { productId: telur, qty: 10, reason: 'Stok awal' });
    expect(await manager.ok('stock.setThreshold', { productId: bawang, lowQty: 5 })).toEqual({
      productId: bawang,
      lowStockMilli: 5_000,
    });
    await manager.ok('stock.setThreshold', { productId: telur, lowQty: 3 });
    const low = await t.ok('stock.levels', { lowOnly: true });
    expect(low.rows.map((r) => [r.sku, r.qtyMilli, r.lowStockMilli, r.low])).toEqual([
      ['BWG-100', 5_000, 5_000, true],
    ]);
    expect(low.total).toBe(1);
    const all = await t.ok('stock.levels', { query: 'telur' });
    expect(all.rows.map((r) => [r.sku, r.low])).toEqual([['TLR-RAK', false]]);
    expect((await manager.call('stock.setThreshold', { productId: telur, lowQty: 1.5 })).ok).toBe(false);
    await manager.ok('stock.setThreshold', { productId: bawang, lowQty: null });
    expect((await t.ok('stock.levels', { lowOnly: true })).total).toBe(0);
    t.engine.close();
  });

  it('searches levels by name, SKU or barcode and pages them', async () => {
    const t = engineIn(tempDir());
    expect((await t.ok('stock.levels', { query: 'sambal' })).rows.map((r) => r.sku)).toEqual([
      'SBR-150',
      'SBR-250',
    ]);
    expect((await t.ok('stock.levels', { query: '2990000000019' })).rows.map((r) => r.sku)).toEqual([
      'BWG-100',
    ]);
    const page = await t.ok('stock.levels', { limit: 5, offset: 5 });
    expect(page.rows).toHaveLength(5);
    expect(page.total).toBe((await t.ok('products.list', { limit: 1000 })).length);
    t.engine.close();
  });

  it('pages the ledger newest first', async () => {
    const t = engineIn(tempDir());
    const bawang = await productIdOf(t, 'BWG-100');
    for (let i = 1; i <= 5; i++) await t.ok('stock.adjust', { productId: bawang, qty: i, reason: `ke-${i}` });
    const first = await t.ok('stock.moves', { productId: bawang, limit: 2 });
    const second = await t.ok('stock.moves', { productId: bawang, limit: 2, offset: 2 });
    expect(first.total).toBe(5);
    expect([...first.rows, ...second.rows].map((r) => r.reason)).toEqual(['ke-5', 'ke-4', 'ke-3', 'ke-2']);
    t.engine.close();
  });
});

describe('locations', () => {
  it('creates events with dates and keeps the rules on kind, code, dates and deactivation', async () => {
    const dir = tempDir();
    const t = engineIn(dir);
    const manager = await t.as('manager');
    const bawang = await productIdOf(t, 'BWG-100');
    const event = await manager.ok('locations.save', {
      code: 'bazar-des',
      name: 'Bazar Desember',
      kind: 'event',
      startsOn: '2026-12-01',
      endsOn: '2026-12-07',
    });
    expect(event).toMatchObject({ code: 'BAZAR-DES', kind: 'event', startsOn: '2026-12-01', active: true });
    const before = stockCounts(`${dir}/karya.db`);
    const refusals: [unknown, string][] = [
      [{ code: 'EVT2', name: 'Tanpa tanggal', kind: 'event' }, 'INVALID_INPUT'],
      [
        { code: 'EVT2', name: 'Terbalik', kind: 'event', startsOn: '2026-12-07', endsOn: '2026-12-01' },
        'INVALID_INPUT',
      ],
      [
        { code: 'GDG', name: 'Gudang', kind: 'warehouse', startsOn: '2026-12-01', endsOn: '2026-12-02' },
        'INVALID_INPUT',
      ],
      [{ code: 'booth', name: 'Kembar', kind: 'outlet' }, 'CONFLICT'],
      [{ code: 'X', name: 'Pendek', kind: 'outlet' }, 'INVALID_INPUT'],
      [{ code: 'GDG', name: 'Gudang', kind: 'kios' }, 'INVALID_INPUT'],
      [{ id: event.id, code: 'BAZAR-DES', name: 'Bazar', kind: 'outlet' }, 'CONFLICT'],
      [{ id: 999, code: 'ZZ', name: 'Tidak ada', kind: 'outlet' }, 'NOT_FOUND'],
    ];
    for (const [input, code] of refusals) {
      const result = await manager.call('locations.save', input);
      expect(result.ok, JSON.stringify(input)).toBe(false);
      if (!result.ok) expect(result.error.code, JSON.stringify(input)).toBe(code);
    }
    expect(stockCounts(`${dir}/karya.db`)).toEqual(before);

    // The selling location and a location holding stock cannot be switched off.
    const booth = (await t.ok('locations.list', {})).find((l) => l.code === 'BOOTH');
    if (!booth) throw new Error('no booth');
    const offBooth = await manager.call('locations.save', { ...pick(booth), active: false });
    expect(offBooth.ok || offBooth.error.code).toBe('CONFLICT');
    await manager.ok('stock.adjust', { locationId: event.id, productId: bawang, qty: 1, reason: 'Titipan' });
    const offEvent = await manager.call('locations.save', { ...pick(event), active: false });
    expect(offEvent.ok || offEvent.error.code).toBe('CONFLICT');

    const renamed = await manager.ok('locations.save', { ...pick(event), name: 'Bazar Akhir Tahun' });
    expect(renamed.name).toBe('Bazar Akhir Tahun');
    expect((await t.ok('locations.list', {})).map((l) => l.code)).toEqual(['BOOTH', 'BAZAR-DES']);
    t.engine.close();
  });

  it('switches the selling location and hides inactive ones unless asked', async () => {
    const t = engineIn(tempDir());
    const manager = await t.as('manager');
    const outlet = await manager.ok('locations.save', { code: 'OUT', name: 'Outlet', kind: 'outlet' });
    const old = await manager.ok('locations.save', {
      code: 'OLD',
      name: 'Kios lama',
      kind: 'outlet',
      active: false,
    });
    expect((await manager.ok('stock.saveSettings', { sellingLocationId: outlet.id })).sellingLocationId).toBe(
      outlet.id,
    );
    const list = await t.ok('locations.list', {});
    expect(list.filter((l) => l.isDefault).map((l) => l.code)).toEqual(['OUT']);
    expect(list.map((l) => l.code)).not.toContain('OLD');
    expect((await t.ok('locations.list', { includeInactive: true })).map((l) => l.code)).toContain('OLD');
    const inactive = await manager.call('stock.saveSettings', { sellingLocationId: old.id });
    expect(inactive.ok || inactive.error.code).toBe('CONFLICT');
    expect((await t.ok('stock.getSettings', {})).sellingLocationId).toBe(outlet.id);
    t.engine.close();
  });
});

function pick(location: Location) {
  const { id, code, name, kind, startsOn, endsOn } = location;
  return { id, code, name, kind, startsOn, endsOn };
}
