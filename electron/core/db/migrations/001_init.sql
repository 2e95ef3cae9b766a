-- The walking skeleton: settings, producing units, products, receipt counters and immutable sales.

CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

-- The prison unit (UPT) that made the goods; proceeds go back to it.
CREATE TABLE producers (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(name) > 0)
) STRICT;

CREATE TABLE products (
  id             INTEGER PRIMARY KEY,
  sku            TEXT NOT NULL UNIQUE CHECK (length(sku) > 0),
  barcode        TEXT UNIQUE,
  name           TEXT NOT NULL CHECK (length(name) > 0),
  category       TEXT NOT NULL,
  unit           TEXT NOT NULL,
  price          INTEGER NOT NULL CHECK (price >= 0),
  producer_code  TEXT NOT NULL REFERENCES producers (code),
  sold_by_weight INTEGER NOT NULL DEFAULT 0 CHECK (sold_by_weight IN (0, 1)),
  active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
) STRICT;
CREATE INDEX products_category ON products (category, name);

-- One row per device and business day; the sale transaction bumps it, so numbers have no gaps.
CREATE TABLE receipt_counters (
  device       TEXT NOT NULL,
  business_day TEXT NOT NULL,
  last_seq     INTEGER NOT NULL CHECK (last_seq >= 0),
  PRIMARY KEY (device, business_day)
) STRICT, WITHOUT ROWID;

CREATE TABLE sales (
  id           TEXT PRIMARY KEY,                -- ULID, unique across devices for merging
  receipt_no   TEXT NOT NULL UNIQUE,
  device       TEXT NOT NULL,
  business_day TEXT NOT NULL,
  seq          INTEGER NOT NULL CHECK (seq > 0),
  created_at   TEXT NOT NULL,                   -- ISO 8601 UTC instant
  status       TEXT NOT NULL DEFAULT 'completed' CHECK (status IN ('completed')),
  subtotal     INTEGER NOT NULL CHECK (subtotal >= 0),
  total        INTEGER NOT NULL CHECK (total >= 0),
  paid         INTEGER NOT NULL CHECK (paid >= total),
  change       INTEGER NOT NULL CHECK (change >= 0 AND change = paid - total),
  UNIQUE (device, business_day, seq)
) STRICT;
CREATE INDEX sales_business_day ON sales (business_day, device);

-- A line keeps name, price and producing unit as they were at the time of sale.
CREATE TABLE sale_lines (
  sale_id        TEXT NOT NULL REFERENCES sales (id),
  line_no        INTEGER NOT NULL CHECK (line_no > 0),
  product_id     INTEGER NOT NULL REFERENCES products (id),
  sku            TEXT NOT NULL,
  name           TEXT NOT NULL,
  unit           TEXT NOT NULL,
  sold_by_weight INTEGER NOT NULL CHECK (sold_by_weight IN (0, 1)),
  producer_code  TEXT NOT NULL,
  producer_name  TEXT NOT NULL,
  qty_milli      INTEGER NOT NULL CHECK (qty_milli > 0),
  unit_price     INTEGER NOT NULL CHECK (unit_price >= 0),
  line_total     INTEGER NOT NULL CHECK (line_total >= 0),
  PRIMARY KEY (sale_id, line_no)
) STRICT, WITHOUT ROWID;
CREATE INDEX sale_lines_product ON sale_lines (product_id);

CREATE TABLE payments (
  sale_id  TEXT NOT NULL REFERENCES sales (id),
  seq      INTEGER NOT NULL CHECK (seq > 0),
  method   TEXT NOT NULL CHECK (method IN ('cash')),
  amount   INTEGER NOT NULL CHECK (amount >= 0),
  tendered INTEGER NOT NULL CHECK (tendered >= amount),
  change   INTEGER NOT NULL CHECK (change = tendered - amount),
  PRIMARY KEY (sale_id, seq)
) STRICT, WITHOUT ROWID;

-- A completed sale is history: corrections are new rows (voids, refunds), never edits.
CREATE TRIGGER sales_immutable_update BEFORE UPDATE ON sales
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: transaksi yang selesai tidak dapat diubah'); END;
CREATE TRIGGER sales_immutable_delete BEFORE DELETE ON sales
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: transaksi yang selesai tidak dapat dihapus'); END;
CREATE TRIGGER sale_lines_immutable_update BEFORE UPDATE ON sale_lines
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: baris transaksi tidak dapat diubah'); END;
CREATE TRIGGER sale_lines_immutable_delete BEFORE DELETE ON sale_lines
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: baris transaksi tidak dapat dihapus'); END;
CREATE TRIGGER payments_immutable_update BEFORE UPDATE ON payments
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: pembayaran tidak dapat diubah'); END;
CREATE TRIGGER payments_immutable_delete BEFORE DELETE ON payments
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: pembayaran tidak dapat dihapus'); END;
