// The scanner's path, products.lookup, and the settings behind weight-embedded labels.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ean13CheckDigit, gs1CheckDigit } from '../../../shared/barcode';
import { DEFAULT_SCALE_SETTINGS, makeScaleBarcode, type ScaleLayout } from '../../../shared/weightBarcode';
import { engineIn } from '../../../tests/support/engine';
import { tempDirPerTest } from '../../../tests/support/tempDir';
import { SYSTEM } from '../auth/access';

const tempDir = tempDirPerTest();

const WEIGHT: ScaleLayout = { prefix: '20', itemDigits: 5, valueKind: 'weight', valueDigits: 5 };
const PRICE: ScaleLayout = { prefix: '22', itemDigits: 4, valueKind: 'price', valueDigits: 6 };

async function tillWithPlu() {
  const dir = tempDir();
  const t = engineIn(dir);
  const [lele] = await t.ok('products.list', { query: 'LLE-KG' });
  if (!lele) throw new Error('demo catalogue has no LLE-KG');
  await t.ok('products.setPlu', { productId: lele.id, plu: 20 });
  const sql = (statement: string, ...params: unknown[]) => {
    const db = new Database(join(dir, 'karya.db'));
    try {
      db.prepare(statement).run(...params);
    } finally {
      db.close();
    }
  };
  /** The refusal (code and message) of a lookup, or the result when it was not refused. */
  const refusal = async (code: string) => {
    const result = await t.engine.call('products.lookup', { code }, SYSTEM);
    return result.ok ? result : result.error;
  };
  return { t, lele, sql, refusal };
}

describe('products.lookup', () => {
  it('finds a product by its barcode, then by SKU in any case; no quantity of its own', async () => {
    const { t } = await tillWithPlu();
    const cashier = await t.as('cashier');
    expect(await cashier.ok('products.lookup', { code: '2990000000040' })).toMatchObject({
      product: { sku: 'SBR-150', price: 35_000 },
      matchedBy: 'barcode',
      qtyMilli: null,
      scale: null,
    });
    expect(await cashier.ok('products.lookup', { code: ' lle-kg ' })).toMatchObject({
      product: { sku: 'LLE-KG' },
      matchedBy: 'sku',
      qtyMilli: null,
    });
    t.engine.close();
  });

  it('says in Indonesian when a code is unknown', async () => {
    const { t } = await tillWithPlu();
    expect(
      await t.engine.call('products.lookup', { code: '8991234567891' }, (await t.as('cashier')).session),
    ).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'NOT_FOUND', message: 'Barcode 8991234567891 tidak dikenal.' }),
    });
    t.engine.close();
  });

  it('reads a weight label: PLU to product, grams to quantity', async () => {
    const { t } = await tillWithPlu();
    const code = makeScaleBarcode(WEIGHT, 20, 1250);
    expect(code).toBe('2000020012500');
    expect(await t.ok('products.lookup', { code })).toMatchObject({
      product: { sku: 'LLE-KG', price: 30_000, soldByWeight: true },
      matchedBy: 'scale',
      qtyMilli: 1250,
      scale: { plu: 20, valueKind: 'weight', value: 1250 },
    });
    t.engine.close();
  });

  it('reads a price label: rupiah / price per kg, rounded to the gram', async () => {
    const { t } = await tillWithPlu();
    await t.ok('search.scaleSettings.save', { enabled: true, layouts: [WEIGHT, PRICE] });
    const lookup = (rupiah: number) => t.ok('products.lookup', { code: makeScaleBarcode(PRICE, 20, rupiah) });
    expect(await lookup(45_000)).toMatchObject({
      qtyMilli: 1500,
      scale: { valueKind: 'price', value: 45_000 },
    });
    expect(await lookup(10_000)).toMatchObject({ qtyMilli: 333 });
    t.engine.close();
  });

  it('lets a known barcode win over the scale layout (the demo codes start with 29)', async () => {
    const { t } = await tillWithPlu();
    const layout29: ScaleLayout = { prefix: '29', itemDigits: 5, valueKind: 'weight', valueDigits: 5 };
    await t.ok('search.scaleSettings.save', { enabled: true, layouts: [layout29] });
    // 29 90000 00020 0 would read as PLU 90000 if the layout came first.
    expect(await t.ok('products.lookup', { code: '2990000000200' })).toMatchObject({
      product: { sku: 'LLE-KG' },
      matchedBy: 'barcode',
      qtyMilli: null,
    });
    // An unknown code in the same range is a scale label.
    expect(await t.ok('products.lookup', { code: makeScaleBarcode(layout29, 20, 500) })).toMatchObject({
      matchedBy: 'scale',
      qtyMilli: 500,
    });
    t.engine.close();
  });

  it('accepts a UPC-A with or without the leading 0 the scanner may add', async () => {
    const { t, lele, sql } = await tillWithPlu();
    const upc = `03600029145${gs1CheckDigit('03600029145')}`;
    expect(upc).toBe('036000291452'); // the textbook UPC-A example
    sql("INSERT INTO product_barcodes (code, product_id, kind) VALUES (?, ?, 'upca')", upc, lele.id);
    expect((await t.ok('products.lookup', { code: upc })).product.sku).toBe('LLE-KG');
    expect((await t.ok('products.lookup', { code: `0${upc}` })).product.sku).toBe('LLE-KG');
    t.engine.close();
  });

  it('refuses a damaged scale label, an unknown PLU, zero grams and inactive products', async () => {
    const { t, sql, refusal: system } = await tillWithPlu();
    const good = makeScaleBarcode(WEIGHT, 20, 1250);
    const damaged = `${good.slice(0, 12)}${(Number(good[12]) + 5) % 10}`;
    expect(await system(damaged)).toEqual(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        key: 'search.scaleCheckDigit',
        message: expect.stringMatching(/angka pemeriksa salah/),
      }),
    );
    expect(await system(makeScaleBarcode(WEIGHT, 99, 1250))).toEqual(
      expect.objectContaining({
        code: 'NOT_FOUND',
        message: expect.stringMatching(/PLU 99/),
      }),
    );
    expect(await system(makeScaleBarcode(WEIGHT, 20, 0))).toEqual(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        message: expect.stringMatching(/jumlah 0/),
      }),
    );
    // A weighed product sold per piece now cannot take a scale label.
    sql("UPDATE products SET sold_by_weight = 0 WHERE sku = 'LLE-KG'");
    expect(await system(good)).toEqual(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        message: expect.stringMatching(/tidak dijual per berat/),
      }),
    );
    sql("UPDATE products SET active = 0 WHERE sku IN ('LLE-KG', 'SBR-150')");
    expect(await system('2990000000040')).toEqual(
      expect.objectContaining({
        code: 'PRODUCT_INACTIVE',
        message: 'Produk Sambal Roa 150 ml sudah tidak dijual.',
      }),
    );
    expect(await system(good)).toMatchObject({ code: 'PRODUCT_INACTIVE' });
    t.engine.close();
  });

  it('treats scale labels as unknown codes when the layout is switched off', async () => {
    const { t, refusal } = await tillWithPlu();
    await t.ok('search.scaleSettings.save', { ...DEFAULT_SCALE_SETTINGS, enabled: false });
    expect(await refusal('2000020012500')).toEqual(
      expect.objectContaining({
        code: 'NOT_FOUND',
        message: 'Barcode 2000020012500 tidak dikenal.',
      }),
    );
    t.engine.close();
  });

  it('needs a signed-in cashier and a code', async () => {
    const { t } = await tillWithPlu();
    expect(await t.engine.call('products.lookup', { code: '2990000000040' })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    const cashier = await t.as('cashier');
    expect(await cashier.call('products.lookup', { code: '  ' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: /Barcode wajib diisi/ },
    });
    t.engine.close();
  });
});

describe('scale settings', () => {
  it('start from the default layout and are saved by a manager, not a cashier', async () => {
    const { t } = await tillWithPlu();
    const manager = await t.as('manager');
    expect(await manager.ok('search.scaleSettings.get', {})).toEqual(DEFAULT_SCALE_SETTINGS);
    const cashier = await t.as('cashier');
    expect(await cashier.call('search.scaleSettings.get', {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await cashier.call('search.scaleSettings.save', DEFAULT_SCALE_SETTINGS)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const saved = { enabled: true, layouts: [WEIGHT, PRICE] };
    expect(await manager.ok('search.scaleSettings.save', saved)).toEqual(saved);
    expect(await manager.ok('search.scaleSettings.get', {})).toEqual(saved);
    t.engine.close();
  });

  it('refuse layouts that do not fill 13 digits or overlap, in Indonesian, changing nothing', async () => {
    const { t } = await tillWithPlu();
    const manager = await t.as('manager');
    const refused = async (settings: unknown) => {
      const result = await manager.call('search.scaleSettings.save', settings);
      expect(result.ok).toBe(false);
      return result.ok ? '' : `${result.error.code} ${result.error.message}`;
    };
    expect(await refused({ enabled: true, layouts: [{ ...WEIGHT, valueDigits: 4 }] })).toMatch(
      /^INVALID_INPUT .*harus 12 angka/,
    );
    expect(await refused({ enabled: true, layouts: [WEIGHT, { ...PRICE, prefix: '2' }] })).toMatch(
      /bertumpuk/,
    );
    expect(await refused({ enabled: true, layouts: [{ ...WEIGHT, prefix: '98' }] })).toMatch(/diawali 2/);
    expect(await refused({ enabled: true, layouts: [{ ...WEIGHT, valueKind: 'volume' }] })).toMatch(
      /Jenis nilai/,
    );
    expect(await manager.ok('search.scaleSettings.get', {})).toEqual(DEFAULT_SCALE_SETTINGS);
    t.engine.close();
  });
});

describe('products.setPlu', () => {
  it('gives a weighed product its PLU once, refuses piece goods, and clears it', async () => {
    const { t, lele } = await tillWithPlu();
    const manager = await t.as('manager');
    const [nila] = await t.ok('products.list', { query: 'NLA-KG' });
    const [sambal] = await t.ok('products.list', { query: 'SBR-150' });
    if (!nila || !sambal) throw new Error('demo catalogue changed');
    expect(await manager.call('products.setPlu', { productId: nila.id, plu: 20 })).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'CONFLICT',
        message: 'PLU 20 sudah dipakai oleh Ikan Lele Segar.',
      }),
    });
    expect(await manager.call('products.setPlu', { productId: sambal.id, plu: 5 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: /tidak dijual per berat/ },
    });
    expect(await manager.call('products.setPlu', { productId: 99_999, plu: 5 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(
      await (await t.as('cashier')).call('products.setPlu', { productId: nila.id, plu: 21 }),
    ).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    await manager.ok('products.setPlu', { productId: lele.id, plu: null });
    await manager.ok('products.setPlu', { productId: nila.id, plu: 20 });
    const code = makeScaleBarcode(WEIGHT, 20, 800);
    expect(code.slice(12)).toBe(String(ean13CheckDigit(code.slice(0, 12))));
    expect(await manager.ok('products.lookup', { code })).toMatchObject({
      product: { sku: 'NLA-KG' },
      qtyMilli: 800,
    });
    t.engine.close();
  });
});

describe('products.weighed', () => {
  it('lists the goods sold by weight with their PLU, for managers only', async () => {
    const { t, lele } = await tillWithPlu();
    const weighed = await (await t.as('manager')).ok('products.weighed', {});
    expect(weighed.length).toBeGreaterThan(1);
    expect(weighed.find((p) => p.id === lele.id)).toMatchObject({ sku: lele.sku, plu: 20, active: true });
    // Piece goods never appear: they cannot carry a PLU.
    const pieces = await t.ok('products.list', { query: 'SBR-150' });
    expect(weighed.some((p) => p.id === pieces[0]?.id)).toBe(false);
    expect(await (await t.as('cashier')).call('products.weighed', {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    t.engine.close();
  });
});
