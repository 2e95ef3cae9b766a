import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { getSetting, setSetting } from '../settings/settings';
import { parseCsvRecords } from './csv';

export const DEMO_CATALOGUE_FILE = 'catalogue-demo.csv';

/**
 * On the very first run, fills an empty catalogue with the demo products so a new booth can sell
 * at once. Runs once per database (a flag in settings), so deleting demo products later sticks.
 */
export function seedDemoCatalogue(db: Database, resourcesDir: string): number {
  if (getSetting(db, 'demo_catalogue_loaded') !== undefined) return 0;
  const records = parseCsvRecords(readFileSync(join(resourcesDir, DEMO_CATALOGUE_FILE), 'utf8'));
  const insertProducer = db.prepare('INSERT OR IGNORE INTO producers (code, name) VALUES (?, ?)');
  const insertCategory = db.prepare('INSERT OR IGNORE INTO categories (name) VALUES (?)');
  const insertUnit = db.prepare('INSERT OR IGNORE INTO sale_units (code, label, decimals) VALUES (?, ?, ?)');
  const insertProduct = db.prepare(
    `INSERT INTO products (sku, name, category, unit, price, producer_code, sold_by_weight)
     VALUES (@sku, @name, @category, @unit, @price, @producer, @byWeight)`,
  );
  const insertBarcode = db.prepare('INSERT INTO product_barcodes (code, product_id, kind) VALUES (?, ?, ?)');
  const insertPrice = db.prepare(
    'INSERT INTO price_history (product_id, price, effective_from) VALUES (?, ?, ?)',
  );
  const seededAt = new Date().toISOString();
  return db
    .transaction(() => {
      const existing = db.prepare('SELECT count(*) AS n FROM products').get() as { n: number };
      setSetting(db, 'demo_catalogue_loaded', new Date().toISOString());
      if (existing.n > 0) return 0;
      for (const r of records) {
        const price = Number(r.price_idr);
        if (!r.sku || !r.name || !r.producer_code || !Number.isSafeInteger(price) || price < 0) {
          throw new Error(`Baris katalog demo tidak valid: ${JSON.stringify(r)}`);
        }
        insertProducer.run(r.producer_code, r.producer_name ?? r.producer_code);
        insertCategory.run(r.category ?? '');
        insertUnit.run(r.unit ?? 'pcs', r.unit ?? 'pcs', r.sold_by_weight === '1' ? 3 : 0);
        const { lastInsertRowid } = insertProduct.run({
          sku: r.sku,
          name: r.name,
          category: r.category ?? '',
          unit: r.unit ?? 'pcs',
          price,
          producer: r.producer_code,
          byWeight: r.sold_by_weight === '1' ? 1 : 0,
        });
        if (r.barcode)
          insertBarcode.run(r.barcode, lastInsertRowid, r.barcode.length === 13 ? 'ean13' : 'internal');
        insertPrice.run(lastInsertRowid, price, seededAt);
      }
      return records.length;
    })
    .immediate();
}
