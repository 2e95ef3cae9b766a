import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MAX_LIST_PRODUCTS } from '../../../shared/contract';
import { parseCsvRecords } from '../../../shared/csv';
import { engineIn } from '../../../tests/support/engine';
import { addManyProducts } from '../../../tests/support/manyProducts';
import { tempDirPerTest } from '../../../tests/support/tempDir';
import { DEFAULT_RESOURCES_DIR } from '../engine';

const tempDir = tempDirPerTest();

describe('demo catalogue', () => {
  it('loads every product and producing unit of the demo CSV on first run, once', async () => {
    const dir = tempDir();
    const expected = parseCsvRecords(readFileSync(join(DEFAULT_RESOURCES_DIR, 'catalogue-demo.csv'), 'utf8'));
    const first = engineIn(dir);
    const products = await first.ok('products.list', {});
    expect(products).toHaveLength(expected.length);
    const lele = products.find((p) => p.sku === 'LLE-KG');
    expect(lele).toMatchObject({ barcode: '2990000000200', unit: 'kg', price: 30_000, soldByWeight: true });
    expect(lele?.producerName).toBe('Rutan Kelas IIA Palu');
    first.engine.close();

    // A manager who removed the demo goods must not see them come back at the next start.
    const db = new Database(join(dir, 'karya.db'));
    db.prepare('UPDATE products SET active = 0').run();
    db.close();
    const second = engineIn(dir);
    expect(await second.ok('products.list', {})).toEqual([]);
    const units = new Database(join(dir, 'karya.db'), { readonly: true });
    expect(units.prepare('SELECT count(*) AS n FROM products').get()).toEqual({ n: expected.length });
    expect(units.prepare('SELECT count(*) AS n FROM producers').get()).toEqual({
      n: new Set(expected.map((r) => r.producer_code)).size,
    });
    units.close();
    second.engine.close();
  });
});

describe('products.list', () => {
  it('finds by part of a name (any case), by barcode and by SKU, exact code first', async () => {
    const t = engineIn(tempDir());
    const names = async (query: string) => (await t.ok('products.list', { query })).map((p) => p.sku);
    expect(await names('BAWANG')).toEqual(['BWG-100', 'BWG-250', 'BWG-500']);
    expect(await names('2990000000040')).toEqual(['SBR-150']);
    expect((await names('sbr-250'))[0]).toBe('SBR-250');
    expect(await names('100%')).toEqual([]); // wildcards are text, not patterns
    t.engine.close();
  });

  it('filters by category and limits the count', async () => {
    const t = engineIn(tempDir());
    const crafts = await t.ok('products.list', { category: 'Kerajinan' });
    expect(crafts.length).toBeGreaterThan(0);
    expect(crafts.every((p) => p.category === 'Kerajinan')).toBe(true);
    expect(await t.ok('products.list', { limit: 3 })).toHaveLength(3);
    const tooLong = await (await t.as('cashier')).call('products.list', { query: 'x'.repeat(101) });
    expect(tooLong).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: /terlalu panjang/ },
    });
    t.engine.close();
  });

  it('lists a big catalogue whole for the till (up to 10,000), by category and name', async () => {
    const dir = tempDir();
    const t = engineIn(dir);
    const demo = (await t.ok('products.list', {})).length;
    addManyProducts(join(dir, 'karya.db'), 2_500);
    // Without a limit a list is one page of 500, as a typed search shows.
    expect(await t.ok('products.list', {})).toHaveLength(500);
    const all = await t.ok('products.list', { limit: MAX_LIST_PRODUCTS });
    expect(all).toHaveLength(demo + 2_500);
    const order = all.map((p) => [p.category, p.name] as const);
    const sorted = [...order].sort(([c1, n1], [c2, n2]) =>
      c1 === c2 ? (n1 < n2 ? -1 : 1) : c1 < c2 ? -1 : 1,
    );
    expect(order).toEqual(sorted);
    const cashier = await t.as('cashier');
    for (const limit of [0, MAX_LIST_PRODUCTS + 1, 2.5]) {
      expect(await cashier.call('products.list', { limit })).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', message: /Batas jumlah produk/ },
      });
    }
    t.engine.close();
  });
});
