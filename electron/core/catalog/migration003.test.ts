import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDirPerTest } from '../../../tests/support/tempDir';
import { DEFAULT_MIGRATIONS_DIR, openDatabase } from '../db/open';

const tempDir = tempDirPerTest();

describe('migration 003 (catalogue) on a database from before it', () => {
  it('moves each barcode to product_barcodes, fills categories and a first price, keeps the default split', () => {
    const dir = tempDir();
    const before = join(dir, 'migrations-002');
    mkdirSync(before);
    for (const file of ['001_init.sql', '002_users.sql'])
      cpSync(join(DEFAULT_MIGRATIONS_DIR, file), join(before, file));
    const file = join(dir, 'karya.db');
    const old = openDatabase(file, before);
    expect(old.schemaVersion).toBe(2);
    old.db.exec(`
      INSERT INTO producers (code, name) VALUES ('LPS-PALU', 'Lapas Palu');
      INSERT INTO products (sku, barcode, name, category, unit, price, producer_code, sold_by_weight)
      VALUES ('A', '2990000000019', 'Bawang', 'Makanan', 'pcs', 25000, 'LPS-PALU', 0),
             ('B', 'KRY01', 'Keset', 'Rumah Tangga', 'lusin', 20000, 'LPS-PALU', 0),
             ('C', NULL, 'Lele', 'Makanan', 'kg', 30000, 'LPS-PALU', 1);`);
    old.db.close();

    const { db } = openDatabase(file);
    expect(
      db.prepare('SELECT code, product_id AS id, kind FROM product_barcodes ORDER BY code').all(),
    ).toEqual([
      { code: '2990000000019', id: 1, kind: 'ean13' },
      { code: 'KRY01', id: 2, kind: 'internal' },
    ]);
    expect(db.prepare('SELECT count(*) AS n FROM products WHERE barcode IS NOT NULL').get()).toEqual({
      n: 0,
    });
    expect(db.prepare('SELECT name FROM categories ORDER BY name').pluck().all()).toEqual([
      'Makanan',
      'Rumah Tangga',
    ]);
    // A unit the old data used that the new list lacks is kept, as a whole-number unit.
    expect(
      db.prepare("SELECT code, decimals FROM sale_units WHERE code IN ('lusin', 'kg') ORDER BY code").all(),
    ).toEqual([
      { code: 'kg', decimals: 3 },
      { code: 'lusin', decimals: 0 },
    ]);
    expect(
      db.prepare('SELECT product_id, price, changed_by FROM price_history ORDER BY product_id').raw().all(),
    ).toEqual([
      [1, 25000, null],
      [2, 20000, null],
      [3, 30000, null],
    ]);
    expect(db.prepare('SELECT pnbp_bp, premi_bp, capital_bp, active FROM producers').raw().get()).toEqual([
      1500, 5000, 3500, 1,
    ]);
    db.close();
  });
});
