// A big catalogue for tests: products written straight into the file the way a catalogue import
// writes them (one transaction, search indexing brought up to date once at the end), so a test can
// have thousands of products in well under a second. The engine (or a running door) on the same
// file sees them on its next read.
import Database from 'better-sqlite3';
import { deferSearchIndexing } from '../../electron/core/search/deferIndexing';

/** Categories of the demo catalogue, so the till's chips stay the ones a booth knows. */
const CATEGORIES = ['Makanan', 'Kerajinan', 'Hasil Pertanian', 'Hasil Perikanan', 'Minuman'];

export interface ManyProducts {
  /** SKUs written, in order: `UJI-00001`, `UJI-00002`, ... */
  skus: string[];
}

/**
 * Adds `count` active piece goods named `Barang Uji 00001` ... (numbered, so name order is number
 * order) over five categories, all made by Lapas Palu, Rp 1.000 to Rp 50.000.
 */
export function addManyProducts(dbPath: string, count: number): ManyProducts {
  const db = new Database(dbPath);
  try {
    db.pragma('busy_timeout = 5000');
    const insert = db.prepare(
      `INSERT INTO products (sku, name, category, unit, price, producer_code)
       VALUES (?, ?, ?, 'pcs', ?, 'LPS-PALU')`,
    );
    const skus: string[] = [];
    db.transaction(() =>
      deferSearchIndexing(db, () => {
        for (let i = 1; i <= count; i++) {
          const number = String(i).padStart(5, '0');
          const sku = `UJI-${number}`;
          insert.run(sku, `Barang Uji ${number}`, CATEGORIES[i % CATEGORIES.length], 1000 * (1 + (i % 50)));
          skus.push(sku);
        }
      }),
    ).immediate();
    return { skus };
  } finally {
    db.close();
  }
}
