-- Stock: where goods are (booths, outlets, warehouses and temporary event locations), an
-- append-only ledger of movements (the level is their sum), batches with expiry dates, and a
-- low-stock threshold per product.

CREATE TABLE locations (
  id         INTEGER PRIMARY KEY,
  code       TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(code) BETWEEN 1 AND 16),
  name       TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
  kind       TEXT NOT NULL CHECK (kind IN ('booth', 'outlet', 'warehouse', 'event')),
  -- A bazaar or exhibition runs on dates; other locations have none.
  starts_on  TEXT CHECK (starts_on IS NULL OR date(starts_on) IS starts_on),
  ends_on    TEXT CHECK (ends_on IS NULL OR date(ends_on) IS ends_on),
  active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  -- The till sells from the one location marked here (the booth, or an event while it runs).
  is_default INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
  closed_at  TEXT,                              -- events: when the count at the end was recorded
  closed_by  TEXT,
  created_at TEXT NOT NULL,
  CHECK ((kind = 'event') = (starts_on IS NOT NULL AND ends_on IS NOT NULL)),
  CHECK (ends_on IS NULL OR ends_on >= starts_on),
  CHECK (is_default = 0 OR active = 1),
  CHECK (closed_at IS NULL OR (kind = 'event' AND active = 0))
) STRICT;
CREATE UNIQUE INDEX locations_one_default ON locations (is_default) WHERE is_default = 1;

-- The till must be able to move stock on its very first sale.
INSERT INTO locations (code, name, kind, is_default, created_at)
VALUES ('BOOTH', 'Booth utama', 'booth', 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

-- A batch as delivered by a unit: its code and (for food) the date it expires.
CREATE TABLE stock_batches (
  id          INTEGER PRIMARY KEY,
  product_id  INTEGER NOT NULL REFERENCES products (id),
  code        TEXT NOT NULL CHECK (length(code) BETWEEN 1 AND 40),
  expires_on  TEXT CHECK (expires_on IS NULL OR date(expires_on) IS expires_on),
  received_at TEXT NOT NULL,
  UNIQUE (product_id, code)
) STRICT;

-- The ledger. Every change of stock is a new row; the level of a product at a location is the sum
-- of qty_milli. Moves of one operation (both legs of a transfer, one receipt) share op_id.
CREATE TABLE stock_moves (
  id            INTEGER PRIMARY KEY,
  op_id         TEXT NOT NULL,
  product_id    INTEGER NOT NULL REFERENCES products (id),
  location_id   INTEGER NOT NULL REFERENCES locations (id),
  qty_milli     INTEGER NOT NULL CHECK (qty_milli <> 0 AND abs(qty_milli) <= 1000000000000),
  kind          TEXT NOT NULL CHECK (kind IN ('receive', 'adjust', 'transfer_out', 'transfer_in', 'sale',
                                              'refund', 'event_out', 'event_return', 'count')),
  reason        TEXT,
  reference     TEXT,
  producer_code TEXT REFERENCES producers (code),   -- receipts: the unit that delivered
  batch_id      INTEGER REFERENCES stock_batches (id),
  sale_id       TEXT REFERENCES sales (id),
  sale_line_no  INTEGER,
  user_name     TEXT,                               -- NULL when entered from the command line
  created_at    TEXT NOT NULL,
  CHECK (kind NOT IN ('receive', 'transfer_in', 'refund') OR qty_milli > 0),
  CHECK (kind NOT IN ('sale', 'transfer_out') OR qty_milli < 0),
  CHECK (kind <> 'adjust' OR (reason IS NOT NULL AND length(trim(reason)) > 0)),
  CHECK (kind NOT IN ('sale', 'refund') OR (sale_id IS NOT NULL AND sale_line_no IS NOT NULL))
) STRICT;
-- Level of one product at one location, and of every product at a location (covering indexes).
CREATE INDEX stock_moves_product ON stock_moves (product_id, location_id, qty_milli);
CREATE INDEX stock_moves_location ON stock_moves (location_id, product_id, qty_milli);
CREATE INDEX stock_moves_batch ON stock_moves (batch_id, location_id, qty_milli) WHERE batch_id IS NOT NULL;
CREATE INDEX stock_moves_sale ON stock_moves (sale_id, sale_line_no) WHERE sale_id IS NOT NULL;

-- The ledger is history: a mistake is corrected by a new move (an adjustment), never an edit.
CREATE TRIGGER stock_moves_immutable_update BEFORE UPDATE ON stock_moves
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: mutasi stok tidak dapat diubah'); END;
CREATE TRIGGER stock_moves_immutable_delete BEFORE DELETE ON stock_moves
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: mutasi stok tidak dapat dihapus'); END;
CREATE TRIGGER stock_batches_immutable_update BEFORE UPDATE ON stock_batches
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: batch stok tidak dapat diubah'); END;
CREATE TRIGGER stock_batches_immutable_delete BEFORE DELETE ON stock_batches
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: batch stok tidak dapat dihapus'); END;

-- Warn when the level at a location falls to or below this quantity.
CREATE TABLE stock_thresholds (
  product_id INTEGER PRIMARY KEY REFERENCES products (id),
  low_milli  INTEGER NOT NULL CHECK (low_milli >= 0)
) STRICT;

-- Selling below zero is allowed until a manager turns it off: a booth must not be stopped from
-- selling because the stock was never received into the app. Every such sale is still recorded.
INSERT INTO settings (key, value) VALUES ('allow_negative_stock', '1') ON CONFLICT (key) DO NOTHING;
