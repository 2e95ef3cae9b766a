-- Catalogue: producing units with their proceeds split, workshops, categories, units of sale,
-- several barcodes per product, price history, food details and images.

-- Proceeds split per producing unit in basis points (1/100 of a percent), summing to 10000.
-- Default seen in practice: 50% premi, 15% PNBP, 35% working capital.
ALTER TABLE producers ADD COLUMN pnbp_bp INTEGER NOT NULL DEFAULT 1500 CHECK (pnbp_bp BETWEEN 0 AND 10000);
ALTER TABLE producers ADD COLUMN premi_bp INTEGER NOT NULL DEFAULT 5000 CHECK (premi_bp BETWEEN 0 AND 10000);
ALTER TABLE producers ADD COLUMN capital_bp INTEGER NOT NULL DEFAULT 3500 CHECK (capital_bp BETWEEN 0 AND 10000);
ALTER TABLE producers ADD COLUMN active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1));
CREATE TRIGGER producers_split_insert BEFORE INSERT ON producers
WHEN NEW.pnbp_bp + NEW.premi_bp + NEW.capital_bp <> 10000
BEGIN SELECT RAISE(ABORT, 'SPLIT: pembagian hasil harus berjumlah 100%'); END;
CREATE TRIGGER producers_split_update BEFORE UPDATE ON producers
WHEN NEW.pnbp_bp + NEW.premi_bp + NEW.capital_bp <> 10000
BEGIN SELECT RAISE(ABORT, 'SPLIT: pembagian hasil harus berjumlah 100%'); END;

CREATE TABLE workshops (
  id            INTEGER PRIMARY KEY,
  producer_code TEXT NOT NULL REFERENCES producers (code),
  name          TEXT NOT NULL CHECK (length(name) > 0),
  active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  UNIQUE (producer_code, name)
) STRICT;

CREATE TABLE categories (
  name       TEXT PRIMARY KEY COLLATE NOCASE CHECK (length(name) > 0),
  sort_order INTEGER NOT NULL DEFAULT 0
) STRICT;
INSERT INTO categories (name) SELECT DISTINCT category FROM products WHERE category <> '';

-- Units of sale. `decimals` is how many decimals a quantity may have (3 for kg: grams).
CREATE TABLE sale_units (
  code     TEXT PRIMARY KEY COLLATE NOCASE,
  label    TEXT NOT NULL,
  decimals INTEGER NOT NULL DEFAULT 0 CHECK (decimals IN (0, 3))
) STRICT;
INSERT INTO sale_units (code, label, decimals) VALUES
  ('pcs', 'buah', 0), ('botol', 'botol', 0), ('toples', 'toples', 0), ('lembar', 'lembar', 0),
  ('rak', 'rak', 0), ('ikat', 'ikat', 0), ('pack', 'pak', 0), ('kg', 'kilogram', 3), ('liter', 'liter', 3);
INSERT OR IGNORE INTO sale_units (code, label) SELECT DISTINCT unit, unit FROM products;

ALTER TABLE products ADD COLUMN workshop_id INTEGER REFERENCES workshops (id);
ALTER TABLE products ADD COLUMN cost INTEGER CHECK (cost IS NULL OR cost >= 0);
ALTER TABLE products ADD COLUMN pirt_no TEXT;      -- P-IRT home-industry food licence
ALTER TABLE products ADD COLUMN halal_no TEXT;     -- halal certificate number
ALTER TABLE products ADD COLUMN updated_at TEXT;

-- Any number of barcodes per product; the code is unique across the catalogue. The old single
-- column products.barcode is emptied: product_barcodes is the one place barcodes live.
CREATE TABLE product_barcodes (
  code       TEXT PRIMARY KEY,
  product_id INTEGER NOT NULL REFERENCES products (id),
  kind       TEXT NOT NULL CHECK (kind IN ('ean13', 'ean8', 'upca', 'internal')),
  position   INTEGER NOT NULL DEFAULT 0
) STRICT, WITHOUT ROWID;
CREATE INDEX product_barcodes_product ON product_barcodes (product_id, position);
INSERT INTO product_barcodes (code, product_id, kind)
  SELECT barcode, id, CASE length(barcode) WHEN 13 THEN 'ean13' WHEN 8 THEN 'ean8' WHEN 12 THEN 'upca' ELSE 'internal' END
  FROM products WHERE barcode IS NOT NULL AND barcode <> '';
UPDATE products SET barcode = NULL;

-- Every price a product has had, from when it took effect. products.price is the current one.
CREATE TABLE price_history (
  id             INTEGER PRIMARY KEY,
  product_id     INTEGER NOT NULL REFERENCES products (id),
  price          INTEGER NOT NULL CHECK (price >= 0),
  effective_from TEXT NOT NULL,   -- ISO 8601 instant
  changed_by     TEXT            -- user name; NULL when the system set it (demo catalogue, command line)
) STRICT;
CREATE INDEX price_history_product ON price_history (product_id, effective_from);
-- History is appended, never rewritten.
CREATE TRIGGER price_history_immutable_update BEFORE UPDATE ON price_history
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: riwayat harga tidak dapat diubah'); END;
CREATE TRIGGER price_history_immutable_delete BEFORE DELETE ON price_history
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: riwayat harga tidak dapat dihapus'); END;
INSERT INTO price_history (product_id, price, effective_from) SELECT id, price, strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM products;

CREATE TABLE product_images (
  product_id INTEGER PRIMARY KEY REFERENCES products (id),
  mime       TEXT NOT NULL CHECK (mime IN ('image/png', 'image/jpeg', 'image/webp')),
  data       BLOB NOT NULL CHECK (length(data) <= 512000)
) STRICT;

-- Sale lines remember the workshop too (the unit was already kept).
ALTER TABLE sale_lines ADD COLUMN workshop_id INTEGER;
ALTER TABLE sale_lines ADD COLUMN workshop_name TEXT;
