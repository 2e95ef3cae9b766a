// Full-text product search on real SQLite files: the demo catalogue plus products written straight
// into the file (so the triggers, not the catalogue code, are what keeps the index in step).
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { engineIn } from '../../../tests/support/engine';
import { tempDirPerTest } from '../../../tests/support/tempDir';
import { loadMigrations, migrate } from '../db/migrate';
import { DEFAULT_MIGRATIONS_DIR } from '../db/open';
import { deferSearchIndexing } from './deferIndexing';

const tempDir = tempDirPerTest();

function till() {
  const dir = tempDir();
  const t = engineIn(dir);
  const skus = async (query: string, extra: { category?: string; limit?: number } = {}) =>
    (await t.ok('products.list', { query, ...extra })).map((p) => p.sku);
  /** A second connection to the same file, as another process (or the catalogue) would write. */
  const sql = (fn: (db: Database.Database) => void) => {
    const db = new Database(join(dir, 'karya.db'));
    try {
      fn(db);
    } finally {
      db.close();
    }
  };
  const addProduct = (sku: string, name: string, producer = 'LPS-PALU', category = 'Makanan') =>
    sql((db) =>
      db
        .prepare(
          `INSERT INTO products (sku, name, category, unit, price, producer_code) VALUES (?, ?, ?, 'pcs', 10000, ?)`,
        )
        .run(sku, name, category, producer),
    );
  return { t, dir, skus, sql, addProduct };
}

describe('products.list full-text search', () => {
  it('finds by word prefix: "bawa" is Bawang, "kopi" is Kopi Bubuk, "roa" is Sambal Roa', async () => {
    const { t, skus } = till();
    expect(await skus('bawa')).toEqual(['BWG-100', 'BWG-250', 'BWG-500']);
    expect(await skus('kopi')).toEqual(['KPI-200']);
    expect(await skus('kopi bu')).toEqual(['KPI-200']);
    expect(await skus('roa')).toEqual(['SBR-150', 'SBR-250']);
    expect(await skus('goreng')).toEqual(['BWG-100', 'BWG-250', 'BWG-500']);
    expect(await skus('sambal roa 250')).toEqual(['SBR-250']);
    t.engine.close();
  });

  it('finds part of a word (3+ letters) inside the name or the SKU', async () => {
    const { t, skus } = till();
    expect(await skus('oren')).toEqual(['BWG-100', 'BWG-250', 'BWG-500']);
    expect(await skus('ubuk')).toEqual(['KPI-200']);
    expect(await skus('bwg-10')).toEqual(['BWG-100']);
    expect(await skus('(30')).toEqual(['TLR-RAK']);
    expect(await skus('100%')).toEqual([]); // punctuation is text, never a pattern
    expect(await skus('xyzzy')).toEqual([]);
    t.engine.close();
  });

  it('ignores case and accents, both in the catalogue and in what is typed', async () => {
    const { t, skus, addProduct } = till();
    addProduct('CAF-1', 'Café Latte Crème Brûlée');
    for (const query of ['KOPI', 'Kópi', 'kÖpI bÙ']) expect(await skus(query)).toEqual(['KPI-200']);
    for (const query of ['cafe', 'CAFÉ', 'creme', 'brulee', 'latté', 'rem', 'rulé']) {
      expect(await skus(query), query).toEqual(['CAF-1']);
    }
    t.engine.close();
  });

  it('ranks: exact code, then word prefixes in name/SKU, then other columns, then part-of-word', async () => {
    const { t, skus } = till();
    // The exact barcode of Sambal Roa 250 comes first even though it is not a text match at all.
    expect(await skus('2990000000057')).toEqual(['SBR-250']);
    expect((await skus('sbr-250'))[0]).toBe('SBR-250');
    // "palu": Bawang Goreng Palu by name, before the goods of the Palu units by producer name.
    const palu = await skus('palu');
    expect(palu.slice(0, 3)).toEqual(['BWG-100', 'BWG-250', 'BWG-500']);
    expect(palu).toContain('KLG-UKR'); // Lapas Kelas IIA Palu made it
    // "kan": Kangkung starts a word; Ikan only contains it.
    expect(await skus('kan')).toEqual(['SYR-KGK', 'LLE-KG', 'NLA-KG', 'ABN-100']);
    // Within a tier: names that begin with the word, then shorter names.
    expect(await skus('ikan')).toEqual(['LLE-KG', 'NLA-KG', 'ABN-100']);
    t.engine.close();
  });

  it('keeps to the limit and the category, and never lists inactive products', async () => {
    const { t, skus, sql } = till();
    expect(await skus('a', { limit: 3 })).toHaveLength(3);
    expect(await skus('palu', { category: 'Kerajinan' })).toEqual(['TAS-ANY', 'GTK-KNC', 'KLG-UKR']);
    sql((db) => db.prepare("UPDATE products SET active = 0 WHERE sku = 'BWG-250'").run());
    expect(await skus('bawang')).toEqual(['BWG-100', 'BWG-500']);
    expect(await skus('2990000000026')).toEqual([]); // its barcode neither
    t.engine.close();
  });

  it('fills the page from later tiers when the better ones are small, without duplicates', async () => {
    const { t, skus, addProduct } = till();
    for (let i = 1; i <= 30; i++) addProduct(`KRP-${i}`, `Keripik Pisang ${i}`);
    const hits = await skus('pisang', { limit: 10 });
    expect(hits).toHaveLength(10);
    expect(new Set(hits).size).toBe(10);
    // "isang" only inside the word: the same 30, through the trigram tier.
    expect(await skus('isang', { limit: 50 })).toHaveLength(30);
    t.engine.close();
  });
});

describe('the index stays in step with the catalogue', () => {
  it('after insert, rename, SKU change, deactivation, deletion and a producer rename', async () => {
    const { t, skus, sql, addProduct } = till();
    addProduct('DDL-1', 'Dodol Durian Poso', 'RTN-POSO');
    expect(await skus('dodol')).toEqual(['DDL-1']);
    expect(await skus('urian')).toEqual(['DDL-1']);

    sql((db) => db.prepare("UPDATE products SET name = 'Lempok Durian' WHERE sku = 'DDL-1'").run());
    expect(await skus('dodol')).toEqual([]);
    expect(await skus('lempok')).toEqual(['DDL-1']);

    sql((db) => db.prepare("UPDATE products SET sku = 'LMP-9' WHERE sku = 'DDL-1'").run());
    expect(await skus('ddl')).toEqual([]);
    expect(await skus('lmp-9')).toEqual(['LMP-9']);

    sql((db) => db.prepare("UPDATE products SET active = 0 WHERE sku = 'LMP-9'").run());
    expect(await skus('lempok')).toEqual([]);
    sql((db) => db.prepare("UPDATE products SET active = 1 WHERE sku = 'LMP-9'").run());
    expect(await skus('lempok')).toEqual(['LMP-9']);

    // A renamed producing unit is found under its new name only.
    expect(await skus('rutan poso')).toEqual(['LMP-9', 'KST-KAKI']);
    sql((db) =>
      db.prepare("UPDATE producers SET name = 'Rutan Kelas IIB Tentena' WHERE code = 'RTN-POSO'").run(),
    );
    expect(await skus('rutan poso')).toEqual([]);
    expect(await skus('tentena')).toEqual(['LMP-9', 'KST-KAKI']);

    // A product never sold can be deleted; its index rows go with it.
    sql((db) => db.prepare("DELETE FROM products WHERE sku = 'LMP-9'").run());
    expect(await skus('lempok')).toEqual([]);
    sql((db) => {
      const count = (table: string, match: string) =>
        db.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${table} MATCH ?`).get(match) as { n: number };
      expect(count('product_words', 'lempok')).toEqual({ n: 0 });
      expect(count('product_grams', '"empok"')).toEqual({ n: 0 });
    });
    t.engine.close();
  });

  it('through the catalogue commands (products.save)', async () => {
    const { t, skus } = till();
    const manager = await t.as('manager');
    const product = {
      sku: 'ABS-250',
      name: 'Abon Sapi Pedas 250 g',
      category: 'Makanan',
      unit: 'pcs',
      price: 60_000,
      producerCode: 'LPS-PALU',
      barcodes: [],
      soldByWeight: false,
      active: true,
    };
    const saved = await manager.ok('products.save', product);
    expect(await skus('sapi')).toEqual(['ABS-250']);
    await manager.ok('products.save', { ...product, id: saved.id, name: 'Abon Sapi Balado 250 g' });
    expect(await skus('pedas')).toEqual([]);
    expect(await skus('balad')).toEqual(['ABS-250']);
    t.engine.close();
  });

  it('indexes the products an older database already has when 006 is applied', async () => {
    const dir = tempDir();
    const file = join(dir, 'karya.db');
    const migrations = loadMigrations(DEFAULT_MIGRATIONS_DIR);
    const search = migrations.findIndex((m) => m.name === 'search');
    expect(search).toBeGreaterThan(0);
    const db = new Database(file);
    migrate(db, migrations.slice(0, search));
    db.prepare("INSERT INTO producers (code, name) VALUES ('LPS-PALU', 'Lapas Kelas IIA Palu')").run();
    db.prepare(
      "INSERT INTO products (sku, name, category, unit, price, producer_code) VALUES ('OLD-1', 'Sambal Bawang Lama', 'Makanan', 'pcs', 1, 'LPS-PALU')",
    ).run();
    db.close();
    const t = engineIn(dir);
    expect((await t.ok('products.list', { query: 'sambal bawa' })).map((p) => p.sku)).toEqual(['OLD-1']);
    expect((await t.ok('products.list', { query: 'kelas' })).map((p) => p.sku)).toEqual(['OLD-1']);
    t.engine.close();
  });

  it('catches up in one go after a bulk write with indexing deferred, with no stale or double rows', async () => {
    const { t, skus, sql } = till();
    sql((db) => {
      const insert = db.prepare(
        "INSERT INTO products (sku, name, category, unit, price, producer_code) VALUES (?, ?, 'Makanan', 'pcs', 1, 'RTN-POSO')",
      );
      const pending = () => (db.prepare('SELECT count(*) AS n FROM search_pending').get() as { n: number }).n;
      db.transaction(() =>
        deferSearchIndexing(db, () => {
          for (let i = 1; i <= 50; i++) insert.run(`BLK-${i}`, `Bolu Pandan ${i}`);
          db.prepare("UPDATE products SET name = 'Bolu Kukus 7' WHERE sku = 'BLK-7'").run(); // new, then renamed
          db.prepare("UPDATE products SET name = 'Keset Anyaman' WHERE sku = 'KST-KAKI'").run(); // indexed before
          db.prepare("DELETE FROM products WHERE sku = 'BLK-50'").run();
          db.prepare("UPDATE producers SET name = 'Rutan Tentena' WHERE code = 'RTN-POSO'").run();
          // Nested deferral: the outer call does the catch-up.
          deferSearchIndexing(db, () => insert.run('BLK-51', 'Bolu Gulung'));
          // Nothing is indexed yet: the triggers only noted the ids.
          expect(
            db.prepare("SELECT count(*) AS n FROM product_words WHERE product_words MATCH 'bolu'").get(),
          ).toEqual({
            n: 0,
          });
          // 50 new, KST-KAKI; BLK-51 took the id BLK-50 freed, which was pending already.
          expect(pending()).toBe(51);
        }),
      )();
      expect(pending()).toBe(0);
      expect(db.prepare('SELECT count(*) AS n FROM search_deferral').get()).toEqual({ n: 0 });
      // One index row per product, no more: stale rows were removed before the new ones went in.
      const products = (db.prepare('SELECT count(*) AS n FROM products').get() as { n: number }).n;
      expect(db.prepare('SELECT count(*) AS n FROM product_words').get()).toEqual({ n: products });
      expect(db.prepare('SELECT count(*) AS n FROM product_grams').get()).toEqual({ n: products });
    });
    expect(await skus('bolu', { limit: 100 })).toHaveLength(50);
    expect(await skus('bolu kukus')).toEqual(['BLK-7']);
    expect(await skus('bolu pandan 7')).toEqual([]);
    expect(await skus('blk-50')).toEqual([]);
    expect(await skus('keset')).toEqual(['KST-KAKI']);
    expect(await skus('perca')).toEqual([]);
    expect(await skus('tentena gulung')).toEqual(['BLK-51']);
    expect(await skus('poso')).toEqual([]);
    t.engine.close();
  });

  it('defers only inside a transaction, and catches up even when the bulk write fails', async () => {
    const { t, skus, sql } = till();
    sql((db) => {
      expect(() => deferSearchIndexing(db, () => 1)).toThrow(/inside a transaction/);
      db.transaction(() => {
        expect(() =>
          deferSearchIndexing(db, () => {
            db.prepare(
              "INSERT INTO products (sku, name, category, unit, price, producer_code) VALUES ('SRB-1', 'Serabi Kinca', 'Makanan', 'pcs', 1, 'LPS-PALU')",
            ).run();
            throw new Error('row 2 is bad');
          }),
        ).toThrow('row 2 is bad');
        // The caller chose to keep what was written: it must be findable, and later writes indexed at once.
        expect(db.prepare('SELECT count(*) AS n FROM search_deferral').get()).toEqual({ n: 0 });
      })();
      db.prepare("UPDATE products SET name = 'Serabi Kuah' WHERE sku = 'SRB-1'").run();
    });
    expect(await skus('serabi kuah')).toEqual(['SRB-1']);
    expect(await skus('kinca')).toEqual([]);
    t.engine.close();
  });
});
