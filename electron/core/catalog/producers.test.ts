import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { engineIn } from '../../../tests/support/engine';
import { tempDirPerTest } from '../../../tests/support/tempDir';

const tempDir = tempDirPerTest();

describe('producing units', () => {
  it('stores the split in basis points and lists units with their product counts', async () => {
    const t = engineIn(tempDir());
    const m = await t.as('manager');
    const saved = await m.ok('producers.save', {
      mode: 'create',
      code: 'lpka-dgl',
      name: 'LPKA Donggala',
      split: { pnbp: 33.33, premi: 33.33, capital: 33.34 },
    });
    expect(saved).toEqual({
      code: 'LPKA-DGL',
      name: 'LPKA Donggala',
      split: { pnbp: 33.33, premi: 33.33, capital: 33.34 },
      splitBp: { pnbp: 3333, premi: 3333, capital: 3334 },
      active: true,
      productCount: 0,
    });
    const palu = (await m.ok('producers.list', {})).find((p) => p.code === 'LPS-PALU');
    // Demo units start with the split seen in practice: 15% PNBP, 50% premi, 35% working capital.
    expect(palu).toMatchObject({ split: { pnbp: 15, premi: 50, capital: 35 }, productCount: 4 });

    const edited = await m.ok('producers.save', {
      mode: 'update',
      code: 'LPS-PALU',
      name: 'Lapas Kelas IIA Palu',
      split: { pnbp: 50, premi: 35, capital: 15 },
      active: false,
    });
    expect(edited).toMatchObject({ splitBp: { pnbp: 5000, premi: 3500, capital: 1500 }, active: false });
    expect((await m.ok('producers.list', {})).map((p) => p.code)).not.toContain('LPS-PALU');
    expect((await m.ok('producers.list', { includeInactive: true })).map((p) => p.code)).toContain(
      'LPS-PALU',
    );
    t.engine.close();
  });

  it('refuses a split that is not 100%, more than 2 decimals, bad codes and clashes, writing nothing', async () => {
    const t = engineIn(tempDir());
    const m = await t.as('manager');
    const base = { mode: 'create' as const, code: 'RTN-TLI', name: 'Rutan Toli-Toli' };
    const cases: [unknown, string, RegExp][] = [
      [
        { ...base, split: { pnbp: 50, premi: 35, capital: 10 } },
        'INVALID_INPUT',
        /harus berjumlah 100%, sekarang 95%/,
      ],
      [{ ...base, split: { pnbp: 50.5, premi: 35, capital: 15 } }, 'INVALID_INPUT', /sekarang 100,5%/],
      [
        { ...base, split: { pnbp: 33.333, premi: 33.333, capital: 33.334 } },
        'INVALID_INPUT',
        /paling banyak 2 angka desimal/,
      ],
      [{ ...base, split: { pnbp: -10, premi: 60, capital: 50 } }, 'INVALID_INPUT', /tidak boleh negatif/],
      [
        { ...base, code: 'RTN TLI', split: { pnbp: 50, premi: 35, capital: 15 } },
        'INVALID_INPUT',
        /Kode unit produksi/,
      ],
      [
        { ...base, code: 'LPS-PALU', split: { pnbp: 50, premi: 35, capital: 15 } },
        'CONFLICT',
        /LPS-PALU sudah dipakai/,
      ],
      [
        { ...base, mode: 'update', split: { pnbp: 50, premi: 35, capital: 15 } },
        'NOT_FOUND',
        /RTN-TLI tidak ditemukan/,
      ],
    ];
    for (const [input, code, message] of cases) {
      expect(await m.call('producers.save', input), JSON.stringify(input)).toMatchObject({
        ok: false,
        error: { code, message },
      });
    }
    expect((await m.ok('producers.list', { includeInactive: true })).map((p) => p.code)).not.toContain(
      'RTN-TLI',
    );
    expect((await m.ok('producers.list', {})).find((p) => p.code === 'LPS-PALU')?.splitBp).toEqual({
      pnbp: 1500,
      premi: 5000,
      capital: 3500,
    });
    // The database refuses a bad split even from outside the engine.
    const db = new Database(t.engine.dbPath);
    expect(() => db.prepare("UPDATE producers SET pnbp_bp = 0 WHERE code = 'LPS-PALU'").run()).toThrow(
      /SPLIT/,
    );
    db.close();
    t.engine.close();
  });
});

describe('workshops', () => {
  it('belong to one unit; names are unique per unit; a used workshop cannot move to another unit', async () => {
    const t = engineIn(tempDir());
    const m = await t.as('manager');
    const kitchen = await m.ok('workshops.save', { producerCode: 'lps-palu', name: 'Dapur' });
    expect(kitchen).toMatchObject({
      producerCode: 'LPS-PALU',
      producerName: 'Lapas Kelas IIA Palu',
      active: true,
    });
    await m.ok('workshops.save', { producerCode: 'RTN-PALU', name: 'Dapur' }); // same name, other unit
    expect(await m.call('workshops.save', { producerCode: 'LPS-PALU', name: 'Dapur' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: /Bengkel Dapur sudah ada di unit LPS-PALU/ },
    });
    expect(await m.call('workshops.save', { producerCode: 'NOPE', name: 'X' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect((await m.ok('workshops.list', { producerCode: 'LPS-PALU' })).map((w) => w.name)).toEqual([
      'Dapur',
    ]);
    expect(await m.ok('workshops.list', {})).toHaveLength(2);

    const bawang = (await m.ok('products.search', { text: 'BWG-100' })).items[0];
    const detail = await m.ok('products.get', { id: bawang?.id ?? 0 });
    await m.ok('products.save', {
      id: detail.id,
      sku: detail.sku,
      name: detail.name,
      category: detail.category,
      unit: detail.unit,
      price: detail.price,
      producerCode: detail.producerCode,
      workshopId: kitchen.id,
      barcodes: detail.barcodes.map((b) => b.code),
      soldByWeight: false,
      active: true,
    });
    expect(
      await m.call('workshops.save', { id: kitchen.id, producerCode: 'RTN-PALU', name: 'Dapur 2' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: /masih dipakai 1 produk/ },
    });
    const renamed = await m.ok('workshops.save', {
      id: kitchen.id,
      producerCode: 'LPS-PALU',
      name: 'Dapur Utama',
      active: false,
    });
    expect(renamed).toMatchObject({ name: 'Dapur Utama', active: false, productCount: 1 });
    expect((await m.ok('products.get', { id: detail.id })).workshopName).toBe('Dapur Utama');
    expect(await m.ok('workshops.list', { producerCode: 'LPS-PALU' })).toEqual([]);
    expect(await m.ok('workshops.list', { producerCode: 'LPS-PALU', includeInactive: true })).toHaveLength(1);
    t.engine.close();
  });
});

describe('categories and units', () => {
  it('creates, reorders and renames categories; products follow a rename', async () => {
    const t = engineIn(tempDir());
    const m = await t.as('manager');
    const initial = await m.ok('categories.list', {});
    // The demo catalogue orders its categories as its file does: Makanan (the best sellers) first.
    expect(initial.map((c) => [c.name, c.sortOrder])).toEqual([
      ['Makanan', 0],
      ['Minuman', 1],
      ['Kerajinan', 2],
      ['Rumah Tangga', 3],
      ['Hasil Pertanian', 4],
      ['Hasil Perikanan', 5],
    ]);
    expect(initial.find((c) => c.name === 'Makanan')?.productCount).toBe(8);
    await m.ok('categories.save', { name: 'Mainan', sortOrder: -1 });
    expect((await m.ok('categories.list', {}))[0]).toEqual({
      name: 'Mainan',
      sortOrder: -1,
      productCount: 0,
    });
    expect(await m.call('categories.save', { name: 'makanan' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: /Kategori Makanan sudah ada/ },
    });
    expect(await m.call('categories.save', { originalName: 'Tidak Ada', name: 'X' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await m.call('categories.save', { originalName: 'Makanan', name: 'Minuman' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    const renamed = await m.ok('categories.save', { originalName: 'Makanan', name: 'Makanan Olahan' });
    expect(renamed).toEqual({ name: 'Makanan Olahan', sortOrder: 0, productCount: 8 });
    expect((await m.ok('products.search', { category: 'Makanan Olahan' })).total).toBe(8);
    expect((await m.ok('products.search', { category: 'Makanan' })).total).toBe(0);
    t.engine.close();
  });

  it('lists the units of sale with their decimals', async () => {
    const t = engineIn(tempDir());
    const units = await (await t.as('cashier')).ok('units.list', {});
    expect(units.find((u) => u.code === 'kg')).toEqual({ code: 'kg', label: 'kilogram', decimals: 3 });
    expect(units.find((u) => u.code === 'ikat')?.decimals).toBe(0);
    expect(units.map((u) => u.code)).toEqual(
      expect.arrayContaining(['pcs', 'botol', 'rak', 'ikat', 'liter']),
    );
    t.engine.close();
  });
});
