// Bulk writes and the search index. Each products write statement fires the search triggers inside
// a statement savepoint, and FTS5 flushes its pending terms to disk at every savepoint, so 50,000
// single-row inserts cost about 110 us each in index upkeep alone (5.6 s; the rows themselves take
// 1.9 s). Deferred, the triggers only note the product ids and the index is brought up to date
// with four set-based statements at the end (about 0.4 s for 50,000 products).
import type { Database } from 'better-sqlite3';

const REINDEX_PENDING = `
  DELETE FROM product_words WHERE rowid IN (SELECT id FROM search_pending WHERE indexed = 1);
  DELETE FROM product_grams WHERE rowid IN (SELECT id FROM search_pending WHERE indexed = 1);
  INSERT INTO product_words (rowid, name, sku, category, producer)
    SELECT p.id, p.name, p.sku, p.category, u.name
    FROM search_pending q JOIN products p ON p.id = q.id LEFT JOIN producers u ON u.code = p.producer_code;
  INSERT INTO product_grams (rowid, name, sku)
    SELECT p.id, p.name, p.sku FROM search_pending q JOIN products p ON p.id = q.id;
  DELETE FROM search_pending;
  DELETE FROM search_deferral;`;

/**
 * Runs `write` (many product writes) with search indexing deferred to its end. Call it inside the
 * transaction that writes, so the index and the products commit or roll back together. Nested calls
 * leave the catch-up to the outermost one. If `write` throws, the index is still brought up to date
 * with whatever was written before the error is passed on.
 */
export function deferSearchIndexing<T>(db: Database, write: () => T): T {
  if (!db.inTransaction) throw new Error('deferSearchIndexing must run inside a transaction');
  const outermost = db.prepare('INSERT OR IGNORE INTO search_deferral (one) VALUES (1)').run().changes === 1;
  if (!outermost) return write();
  try {
    return write();
  } finally {
    db.exec(REINDEX_PENDING);
  }
}
