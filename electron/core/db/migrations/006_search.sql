-- Search that keeps up with a scanner (docs/search.md): full-text indexes over the catalogue, a
-- case-insensitive SKU index, and the scale's PLU number for weight-embedded barcodes.

-- Whole words, for prefix queries ("bawa" -> Bawang, "kopi bu" -> Kopi Bubuk), case- and
-- accent-folded. Contentless (the text lives in products/producers) with deletes allowed, so the
-- triggers below can replace a product's row; rowid = products.id. prefix='1 2': without it "k"
-- and "ke" merge the lists of thousands of words (31 and 14 ms on 50,000 products, under 1 ms with);
-- from three letters on few words share a prefix, and a third prefix index would only add size.
CREATE VIRTUAL TABLE product_words USING fts5(
  name, sku, category, producer,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2'
);

-- Trigrams of name and SKU, for part-of-word queries of three letters or more ("oren" -> Goreng,
-- "bwg-10" -> BWG-100). Same keying and folding.
CREATE VIRTUAL TABLE product_grams USING fts5(
  name, sku,
  content = '', contentless_delete = 1,
  tokenize = 'trigram remove_diacritics 1'
);

-- A bulk writer (a catalogue import) may defer indexing to the end of its transaction
-- (search/deferIndexing.ts): every write statement with an FTS5 trigger opens a savepoint, and FTS5
-- flushes its pending terms at each one, which made a 50,000-row import 4x slower. While
-- search_deferral holds its row, the triggers only note which products changed in search_pending.
CREATE TABLE search_deferral (
  one INTEGER PRIMARY KEY CHECK (one = 1)
) STRICT;
CREATE TABLE search_pending (
  id      INTEGER PRIMARY KEY,                     -- products.id
  indexed INTEGER NOT NULL CHECK (indexed IN (0, 1)) -- 1: the index may hold an older row for it
) STRICT;

CREATE TRIGGER products_search_insert AFTER INSERT ON products
WHEN NOT EXISTS (SELECT 1 FROM search_deferral)
BEGIN
  INSERT INTO product_words (rowid, name, sku, category, producer)
    VALUES (NEW.id, NEW.name, NEW.sku, NEW.category,
            (SELECT name FROM producers WHERE code = NEW.producer_code));
  INSERT INTO product_grams (rowid, name, sku) VALUES (NEW.id, NEW.name, NEW.sku);
END;
CREATE TRIGGER products_search_insert_deferred AFTER INSERT ON products
WHEN EXISTS (SELECT 1 FROM search_deferral)
BEGIN
  INSERT OR IGNORE INTO search_pending (id, indexed) VALUES (NEW.id, 0);
END;

CREATE TRIGGER products_search_update AFTER UPDATE OF id, name, sku, category, producer_code ON products
WHEN NOT EXISTS (SELECT 1 FROM search_deferral)
BEGIN
  DELETE FROM product_words WHERE rowid = OLD.id;
  DELETE FROM product_grams WHERE rowid = OLD.id;
  INSERT INTO product_words (rowid, name, sku, category, producer)
    VALUES (NEW.id, NEW.name, NEW.sku, NEW.category,
            (SELECT name FROM producers WHERE code = NEW.producer_code));
  INSERT INTO product_grams (rowid, name, sku) VALUES (NEW.id, NEW.name, NEW.sku);
END;
CREATE TRIGGER products_search_update_deferred AFTER UPDATE OF id, name, sku, category, producer_code ON products
WHEN EXISTS (SELECT 1 FROM search_deferral)
BEGIN
  INSERT OR IGNORE INTO search_pending (id, indexed) VALUES (OLD.id, 1);
  INSERT OR IGNORE INTO search_pending (id, indexed) VALUES (NEW.id, 0);
END;

CREATE TRIGGER products_search_delete AFTER DELETE ON products
WHEN NOT EXISTS (SELECT 1 FROM search_deferral)
BEGIN
  DELETE FROM product_words WHERE rowid = OLD.id;
  DELETE FROM product_grams WHERE rowid = OLD.id;
END;
CREATE TRIGGER products_search_delete_deferred AFTER DELETE ON products
WHEN EXISTS (SELECT 1 FROM search_deferral)
BEGIN
  INSERT OR IGNORE INTO search_pending (id, indexed) VALUES (OLD.id, 1);
END;

-- A renamed producing unit is found under its new name.
CREATE TRIGGER producers_search_update AFTER UPDATE OF name ON producers
WHEN NOT EXISTS (SELECT 1 FROM search_deferral)
BEGIN
  DELETE FROM product_words WHERE rowid IN (SELECT id FROM products WHERE producer_code = NEW.code);
  INSERT INTO product_words (rowid, name, sku, category, producer)
    SELECT id, name, sku, category, NEW.name FROM products WHERE producer_code = NEW.code;
END;
CREATE TRIGGER producers_search_update_deferred AFTER UPDATE OF name ON producers
WHEN EXISTS (SELECT 1 FROM search_deferral)
BEGIN
  INSERT OR IGNORE INTO search_pending (id, indexed) SELECT id, 1 FROM products WHERE producer_code = NEW.code;
END;

-- Products that exist already (an upgraded database) are indexed once here.
INSERT INTO product_words (rowid, name, sku, category, producer)
  SELECT p.id, p.name, p.sku, p.category, u.name FROM products p LEFT JOIN producers u ON u.code = p.producer_code;
INSERT INTO product_grams (rowid, name, sku) SELECT id, name, sku FROM products;

-- A typed or scanned SKU is matched without regard to case; the UNIQUE index on sku is case-sensitive.
CREATE INDEX products_sku_nocase ON products (sku COLLATE NOCASE);

-- The PLU number a shop scale prints as the item code of a weight-embedded barcode (docs/search.md).
-- NULL for goods that never go over the scale; unique when set.
ALTER TABLE products ADD COLUMN plu INTEGER CHECK (plu IS NULL OR plu BETWEEN 1 AND 999999);
CREATE UNIQUE INDEX products_plu ON products (plu);
