import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { CommandInput, ProductDetail } from '../../../shared/contract';
import { engineIn, TEST_PIN, type TestEngine } from '../../../tests/support/engine';
import { tempDirPerTest } from '../../../tests/support/tempDir';

const tempDir = tempDirPerTest();

// A real 1x1 PNG; the engine checks the bytes, not just the declared type.
const PNG_1X1 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

function newProduct(overrides: Partial<CommandInput<'products.save'>> = {}): CommandInput<'products.save'> {
  return {
    sku: 'KRP-200',
    name: 'Keripik Pisang 200 g',
    category: 'Makanan',
    unit: 'pcs',
    price: 15_000,
    cost: 9_000,
    producerCode: 'LPS-PALU',
    barcodes: ['2990000009999', 'KRP200'],
    soldByWeight: false,
    active: true,
    pirtNo: 'P-IRT 2067201010123-27',
    halalNo: null,
    ...overrides,
  };
}

/** Row counts of every table a product write touches, to prove a refusal wrote nothing. */
function counts(dir: string) {
  const db = new Database(join(dir, 'karya.db'), { readonly: true });
  const count = (table: string) =>
    (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const snapshot = {
    products: count('products'),
    barcodes: count('product_barcodes'),
    prices: count('price_history'),
    images: count('product_images'),
    producers: count('producers'),
    workshops: count('workshops'),
    categories: count('categories'),
  };
  db.close();
  return snapshot;
}

/** What the product form sends back for a product it loaded. */
function editOf(
  p: ProductDetail,
  changes: Partial<CommandInput<'products.save'>> = {},
): CommandInput<'products.save'> {
  return {
    id: p.id,
    sku: p.sku,
    name: p.name,
    category: p.category,
    unit: p.unit,
    price: p.price,
    cost: p.cost,
    producerCode: p.producerCode,
    workshopId: p.workshopId,
    barcodes: p.barcodes.map((b) => b.code),
    soldByWeight: p.soldByWeight,
    active: p.active,
    pirtNo: p.pirtNo,
    halalNo: p.halalNo,
    ...changes,
  };
}

async function manager(t: TestEngine) {
  return t.as('manager', 'Bu Sari');
}

describe('products.save and products.get', () => {
  it('creates a product with all its barcodes, cost, food details and a first price by the manager', async () => {
    const t = engineIn(tempDir());
    const m = await manager(t);
    const saved = await m.ok('products.save', newProduct());
    expect(saved).toMatchObject({
      sku: 'KRP-200',
      barcode: '2990000009999',
      barcodes: [
        { code: '2990000009999', kind: 'ean13' },
        { code: 'KRP200', kind: 'internal' },
      ],
      producerName: 'Lapas Kelas IIA Palu',
      cost: 9_000,
      pirtNo: 'P-IRT 2067201010123-27',
      halalNo: null,
      workshopId: null,
      image: null,
      updatedAt: '2026-11-28T02:00:00.000Z',
      priceHistory: [{ price: 15_000, effectiveFrom: '2026-11-28T02:00:00.000Z', changedBy: 'Bu Sari' }],
    });
    expect(await m.ok('products.get', { id: saved.id })).toEqual(saved);
    // The till finds it by either barcode.
    expect((await m.ok('products.list', { query: 'KRP200' }))[0]?.id).toBe(saved.id);
    t.engine.close();
  });

  it('appends a price change to the history and leaves earlier entries as they were', async () => {
    const t = engineIn(tempDir());
    const m = await manager(t);
    const created = await m.ok('products.save', newProduct());
    t.setNow('2026-12-01T01:00:00Z');
    await m.ok('products.save', newProduct({ id: created.id, price: 17_500 }));
    t.setNow('2026-12-02T01:00:00Z');
    const renamed = await m.ok(
      'products.save',
      newProduct({ id: created.id, price: 17_500, name: 'Keripik Pisang' }),
    );
    expect(renamed.price).toBe(17_500);
    expect(renamed.priceHistory).toEqual([
      { price: 17_500, effectiveFrom: '2026-12-01T01:00:00.000Z', changedBy: 'Bu Sari' },
      { price: 15_000, effectiveFrom: '2026-11-28T02:00:00.000Z', changedBy: 'Bu Sari' },
    ]);
    expect(renamed.updatedAt).toBe('2026-12-02T01:00:00.000Z');
    // The database itself refuses to rewrite history.
    const db = new Database(t.engine.dbPath);
    expect(() => db.prepare('UPDATE price_history SET price = 1').run()).toThrow(/IMMUTABLE/);
    expect(() => db.prepare('DELETE FROM price_history').run()).toThrow(/IMMUTABLE/);
    db.close();
    t.engine.close();
  });

  it('records the price history of the demo catalogue without a user name', async () => {
    const t = engineIn(tempDir());
    const lele = (await t.ok('products.list', { query: 'LLE-KG' }))[0];
    const detail = await t.ok('products.get', { id: lele?.id ?? 0 });
    expect(detail.priceHistory).toEqual([
      { price: 30_000, effectiveFrom: expect.any(String), changedBy: null },
    ]);
    expect(detail.barcodes).toEqual([{ code: '2990000000200', kind: 'ean13' }]);
    t.engine.close();
  });

  it('refuses every broken rule with an Indonesian message and writes nothing', async () => {
    const dir = tempDir();
    const t = engineIn(dir);
    const m = await manager(t);
    const other = await m.ok('workshops.save', { producerCode: 'RTN-PALU', name: 'Dapur Rutan' });
    const before = counts(dir);
    const cases: [Partial<CommandInput<'products.save'>>, string, RegExp][] = [
      [{ sku: 'bwg-100' }, 'CONFLICT', /SKU bwg-100 sudah dipakai produk Bawang Goreng Palu 100 g/],
      [{ sku: 'KRP 200' }, 'INVALID_INPUT', /SKU tidak boleh berisi spasi/],
      [{ name: '  ' }, 'INVALID_INPUT', /Nama produk wajib diisi/],
      [
        { barcodes: ['2990000009998'] },
        'INVALID_INPUT',
        /Digit pemeriksa barcode EAN-13 2990000009998 salah \(seharusnya 9\)/,
      ],
      [{ barcodes: ['KRP-200'] }, 'INVALID_INPUT', /hanya huruf dan angka/],
      [{ barcodes: ['KRP200', 'KRP200'] }, 'INVALID_INPUT', /KRP200 tertulis lebih dari sekali/],
      [
        { barcodes: ['2990000000019'] },
        'CONFLICT',
        /Barcode 2990000000019 sudah dipakai produk Bawang Goreng Palu 100 g \(BWG-100\)/,
      ],
      [{ category: 'Mainan' }, 'INVALID_INPUT', /Kategori Mainan belum ada/],
      [{ unit: 'karung' }, 'INVALID_INPUT', /Satuan karung tidak dikenal/],
      [{ soldByWeight: true }, 'INVALID_INPUT', /dijual per berat harus memakai satuan berdesimal/],
      [{ price: -1 }, 'INVALID_INPUT', /tidak boleh negatif/],
      [{ price: 1500.5 }, 'INVALID_INPUT', /rupiah bulat/],
      [{ cost: -5 }, 'INVALID_INPUT', /tidak boleh negatif/],
      [{ producerCode: 'LPS-NOWHERE' }, 'INVALID_INPUT', /Unit produksi LPS-NOWHERE tidak ditemukan/],
      [{ workshopId: other.id }, 'INVALID_INPUT', /Bengkel Dapur Rutan milik unit RTN-PALU, bukan LPS-PALU/],
      [{ workshopId: 9999 }, 'INVALID_INPUT', /Bengkel dengan id 9999 tidak ditemukan/],
      [{ id: 9999 }, 'NOT_FOUND', /Produk dengan id 9999 tidak ditemukan/],
      [{ pirtNo: 'x'.repeat(65) }, 'INVALID_INPUT', /Nomor P-IRT paling panjang 64/],
    ];
    for (const [change, code, message] of cases) {
      const result = await m.call('products.save', newProduct(change));
      expect(result, JSON.stringify(change)).toMatchObject({ ok: false, error: { code, message } });
    }
    expect(counts(dir)).toEqual(before);
    t.engine.close();
  });

  it('sells kilograms only with a unit that has decimals', async () => {
    const t = engineIn(tempDir());
    const m = await manager(t);
    const fish = await m.ok(
      'products.save',
      newProduct({ sku: 'BDG-KG', name: 'Ikan Bandeng', unit: 'KG', soldByWeight: true, barcodes: [] }),
    );
    expect(fish).toMatchObject({ unit: 'kg', soldByWeight: true, barcode: null, barcodes: [] });
    t.engine.close();
  });
});

describe('products.search (manager list)', () => {
  it('filters by text, category, unit and active, pages with a total, and finds inactive products', async () => {
    const t = engineIn(tempDir());
    const m = await manager(t);
    const lele = (await m.ok('products.search', { text: 'lele' })).items[0];
    await m.ok('products.save', editOf(await m.ok('products.get', { id: lele?.id ?? 0 }), { active: false }));

    const all = await m.ok('products.search', { limit: 5 });
    expect(all.total).toBe(22);
    expect(all.items).toHaveLength(5);
    const page2 = await m.ok('products.search', { limit: 5, offset: 5 });
    expect(page2.items.map((p) => p.id)).not.toContain(all.items[0]?.id);

    expect((await m.ok('products.search', { active: false })).items.map((p) => p.sku)).toEqual(['LLE-KG']);
    expect((await m.ok('products.search', { active: true })).total).toBe(21);
    const kg = await m.ok('products.search', { unit: 'kg' });
    expect(kg.items.map((p) => p.sku).sort()).toEqual(['CBE-KG', 'LLE-KG', 'NLA-KG']);
    const crafts = await m.ok('products.search', { category: 'kerajinan' });
    expect(crafts.total).toBe(6);
    expect((await m.ok('products.search', { text: '000000020' })).items[0]).toMatchObject({
      sku: 'LLE-KG',
      barcodes: ['2990000000200'],
      active: false,
    });
    // The till's list still hides it.
    expect(await m.ok('products.list', { query: 'LLE-KG' })).toEqual([]);
    t.engine.close();
  });
});

describe('products.setImage', () => {
  it('stores a PNG, shows it as a data URL, and removes it', async () => {
    const dir = tempDir();
    const t = engineIn(dir);
    const m = await manager(t);
    const product = await m.ok('products.save', newProduct());
    const set = await m.ok('products.setImage', {
      productId: product.id,
      image: { mime: 'image/png', base64: PNG_1X1 },
    });
    expect(set.image).toBe(`data:image/png;base64,${PNG_1X1}`);
    expect((await m.ok('products.get', { id: product.id })).image).toBe(set.image);
    expect((await m.ok('products.search', { text: 'KRP-200' })).items[0]?.hasImage).toBe(true);
    // The till asks for the tiles it shows; products without an image are left out.
    const cashier = await t.as('cashier');
    expect(await cashier.ok('products.images', { ids: [product.id, product.id + 1000] })).toEqual([
      { productId: product.id, image: set.image },
    ]);

    const before = counts(dir);
    const refusals: [CommandInput<'products.setImage'>, RegExp][] = [
      [{ productId: product.id, image: { mime: 'image/jpeg', base64: PNG_1X1 } }, /bukan image\/jpeg/],
      [
        {
          productId: product.id,
          image: { mime: 'image/png', base64: Buffer.from('GIF89a...').toString('base64') },
        },
        /bukan gambar PNG, JPEG atau WebP/,
      ],
      [{ productId: product.id, image: { mime: 'image/png', base64: 'not base64!' } }, /base64/],
      [
        {
          productId: product.id,
          image: {
            mime: 'image/png',
            base64: Buffer.concat([Buffer.from(PNG_1X1, 'base64'), Buffer.alloc(512_001 - 70)]).toString(
              'base64',
            ),
          },
        },
        /terlalu besar|paling besar 500 KB/,
      ],
      [{ productId: 9999, image: { mime: 'image/png', base64: PNG_1X1 } }, /tidak ditemukan/],
    ];
    for (const [input, message] of refusals) {
      expect(await m.call('products.setImage', input)).toMatchObject({ ok: false, error: { message } });
    }
    expect(
      await m.call('products.setImage', { productId: product.id, image: { mime: 'image/gif', base64: '' } }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: /PNG, JPEG atau WebP/ },
    });
    expect(counts(dir)).toEqual(before);
    expect((await m.ok('products.get', { id: product.id })).image).toBe(set.image);

    expect(await m.ok('products.setImage', { productId: product.id, image: null })).toEqual({ image: null });
    expect((await m.ok('products.get', { id: product.id })).image).toBeNull();
    t.engine.close();
  });
});

describe('access', () => {
  it('lets a cashier read every list and refuses every change with FORBIDDEN', async () => {
    const dir = tempDir();
    const t = engineIn(dir);
    const cashier = await t.as('cashier');
    const product = (await t.ok('products.list', { limit: 1 }))[0];
    for (const [name, input] of [
      ['products.search', {}],
      ['products.get', { id: product?.id }],
      ['producers.list', {}],
      ['workshops.list', {}],
      ['categories.list', {}],
      ['units.list', {}],
    ] as const) {
      expect((await cashier.call(name, input)).ok, name).toBe(true);
    }
    const before = counts(dir);
    const writes: [string, unknown][] = [
      ['products.save', newProduct()],
      ['products.save', { ...newProduct(), id: product?.id }],
      ['products.setImage', { productId: product?.id, image: { mime: 'image/png', base64: PNG_1X1 } }],
      [
        'producers.save',
        { mode: 'create', code: 'X', name: 'X', split: { pnbp: 50, premi: 50, capital: 0 } },
      ],
      ['workshops.save', { producerCode: 'LPS-PALU', name: 'Dapur' }],
      ['categories.save', { name: 'Mainan' }],
      ['catalog.importStart', { fileName: 'a.csv', columns: ['sku'] }],
      ['catalog.importStage', { importId: 'x', rows: [] }],
      ['catalog.importPreview', { importId: 'x' }],
      ['catalog.importCommit', { importId: 'x' }],
      ['catalog.importCancel', { importId: 'x' }],
      ['catalog.export', {}],
    ];
    for (const [name, input] of writes) {
      expect(await cashier.call(name, input), name).toMatchObject({
        ok: false,
        error: expect.objectContaining({
          code: 'FORBIDDEN',
          message: 'Hanya manajer yang boleh melakukan ini.',
        }),
      });
    }
    expect(counts(dir)).toEqual(before);
    // Without signing in at all, even reading is refused.
    expect(await t.engine.call('products.search', {})).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    t.engine.close();
  });
});

describe('sale history', () => {
  it('keeps name, unit, price, producing unit and workshop of a sold line when the product changes later', async () => {
    const t = engineIn(tempDir());
    const m = await manager(t);
    const workshop = await m.ok('workshops.save', { producerCode: 'LPS-PALU', name: 'Dapur Bawang' });
    const bawang = (await m.ok('products.search', { text: 'BWG-100' })).items[0];
    if (!bawang) throw new Error('demo product missing');
    const detail = await m.ok('products.get', { id: bawang.id });
    await m.ok('products.save', editOf(detail, { workshopId: workshop.id }));

    const cashier = await t.as('cashier');
    const sale = await cashier.ok('sales.commitCash', {
      lines: [{ productId: bawang.id, qty: 2 }],
      cashTendered: 50_000,
    });

    await m.ok('producers.save', {
      mode: 'create',
      code: 'RTN-BARU',
      name: 'Rutan Baru',
      split: { pnbp: 50, premi: 35, capital: 15 },
    });
    const otherShop = await m.ok('workshops.save', { producerCode: 'RTN-BARU', name: 'Dapur Baru' });
    t.setNow('2026-12-05T02:00:00Z');
    await m.ok(
      'products.save',
      editOf(detail, {
        name: 'Bawang Goreng Baru',
        unit: 'toples',
        price: 27_500,
        producerCode: 'RTN-BARU',
        workshopId: otherShop.id,
      }),
    );
    await m.ok('workshops.save', { id: workshop.id, producerCode: 'LPS-PALU', name: 'Dapur Lama' });
    await m.ok('producers.save', {
      mode: 'update',
      code: 'LPS-PALU',
      name: 'Lapas Palu (nama baru)',
      split: { pnbp: 15, premi: 50, capital: 35 },
    });

    const again = await cashier.ok('sales.get', { receiptNo: sale.receiptNo });
    expect(again.lines[0]).toMatchObject({
      name: 'Bawang Goreng Palu 100 g',
      unit: 'pcs',
      unitPrice: 25_000,
      lineTotal: 50_000,
      producerCode: 'LPS-PALU',
      producerName: 'Lapas Kelas IIA Palu',
    });
    const db = new Database(t.engine.dbPath, { readonly: true });
    expect(db.prepare('SELECT workshop_id AS id, workshop_name AS name FROM sale_lines').get()).toEqual({
      id: workshop.id,
      name: 'Dapur Bawang',
    });
    db.close();
    // A new sale (in a shift of the new day) takes the new values. The cashier's shift has stood
    // open for a week, so the till first wants a manager to look at the clock (docs/clock.md).
    await cashier.ok('clock.confirm', { approval: { userId: m.user.id, pin: TEST_PIN } });
    await cashier.ok('shifts.close', { count: { '50000': 1 } });
    await cashier.ok('shifts.open', { openingFloat: 0 });
    const later = await cashier.ok('sales.commitCash', {
      lines: [{ productId: bawang.id, qty: 1 }],
      cashTendered: 30_000,
    });
    expect(later.lines[0]).toMatchObject({ unit: 'toples', unitPrice: 27_500, producerCode: 'RTN-BARU' });
    t.engine.close();
  });
});
