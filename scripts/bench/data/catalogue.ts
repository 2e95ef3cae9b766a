// Fills a Karya database with a generated catalogue: products with realistic names, categories,
// producing units, EAN-13 barcodes (Indonesia's 899 prefix, valid check digits), price history,
// and PLU numbers on weighed goods for scale labels. Written with plain SQL in one transaction, with
// search indexing deferred to its end the way a catalogue import does it; going through the
// commands would time the import, not search.
import type { Database } from 'better-sqlite3';
import { deferSearchIndexing } from '../../../electron/core/search/deferIndexing';
import { ean13CheckDigit } from '../../../shared/barcode';
import type { Random } from '../random';
import { PLACES, PRODUCERS, PRODUCT_KINDS } from './words';

export interface GeneratedProduct {
  id: number;
  sku: string;
  name: string;
  barcode: string;
  price: number;
  plu: number | null;
}

export interface GeneratedCatalogue {
  products: GeneratedProduct[];
  /** Every distinct word used in generated names, for building realistic search texts. */
  words: string[];
}

function uniqueEan13(rng: Random, taken: Set<string>): string {
  for (;;) {
    const body = `899${String(rng.int(0, 999_999_999)).padStart(9, '0')}`;
    const code = body + String(ean13CheckDigit(body));
    if (!taken.has(code)) {
      taken.add(code);
      return code;
    }
  }
}

export function generateCatalogue(db: Database, rng: Random, count: number): GeneratedCatalogue {
  const insertProducer = db.prepare('INSERT OR IGNORE INTO producers (code, name) VALUES (?, ?)');
  const insertCategory = db.prepare('INSERT OR IGNORE INTO categories (name) VALUES (?)');
  const insertUnit = db.prepare('INSERT OR IGNORE INTO sale_units (code, label, decimals) VALUES (?, ?, ?)');
  const insertProduct = db.prepare(
    `INSERT INTO products (sku, name, category, unit, price, producer_code, sold_by_weight, cost, plu)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertBarcode = db.prepare(
    "INSERT INTO product_barcodes (code, product_id, kind) VALUES (?, ?, 'ean13')",
  );
  const insertPrice = db.prepare(
    'INSERT INTO price_history (product_id, price, effective_from) VALUES (?, ?, ?)',
  );
  const taken = new Set(
    (db.prepare('SELECT code FROM product_barcodes').pluck().all() as string[]).filter((c) =>
      c.startsWith('899'),
    ),
  );
  const words = new Set<string>();
  const products: GeneratedProduct[] = [];
  let nextPlu = 1;

  const write = () => {
    for (const producer of PRODUCERS) insertProducer.run(producer.code, producer.name);
    for (let i = 0; i < count; i++) {
      const kind = rng.pick(PRODUCT_KINDS);
      const parts = [kind.name, rng.pick(kind.variants)];
      if (rng.chance(0.6)) parts.push(rng.pick(PLACES));
      if (!kind.soldByWeight) parts.push(rng.pick(kind.sizes));
      const name = parts.join(' ');
      for (const word of name.split(/\s+/)) if (/^\p{L}{2,}$/u.test(word)) words.add(word);
      const sku = `${kind.sku}-${String(i + 1).padStart(6, '0')}`;
      const price = Math.round(rng.int(kind.price[0], kind.price[1]) / 500) * 500;
      const plu = kind.soldByWeight && nextPlu <= 99_999 ? nextPlu++ : null;
      insertCategory.run(kind.category);
      insertUnit.run(kind.unit, kind.unit, kind.soldByWeight ? 3 : 0);
      const id = Number(
        insertProduct.run(
          sku,
          name,
          kind.category,
          kind.unit,
          price,
          rng.pick(PRODUCERS).code,
          kind.soldByWeight ? 1 : 0,
          Math.round(price * 0.6),
          plu,
        ).lastInsertRowid,
      );
      const barcode = uniqueEan13(rng, taken);
      insertBarcode.run(barcode, id);
      insertPrice.run(id, price, '2026-01-01T00:00:00.000Z');
      products.push({ id, sku, name, barcode, price, plu });
    }
  };
  db.transaction(() => deferSearchIndexing(db, write)).immediate();
  return { products, words: [...words].sort() };
}
