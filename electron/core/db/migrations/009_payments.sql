-- Payments, discounts, tax and buyers: split payments (cash, QRIS, transfer, card), line and order
-- discounts with reasons and the approving manager, price edits, DPP and PPN per line and in total,
-- cash rounding, named buyers and UMKM resellers with their price tier.

-- Resellers buy at a tier's price where the product has one; GROSIR (wholesale) to start with.
CREATE TABLE price_tiers (
  code TEXT PRIMARY KEY CHECK (length(code) BETWEEN 1 AND 16 AND code NOT GLOB '*[^A-Z0-9]*'),
  name TEXT NOT NULL CHECK (length(name) > 0)
) STRICT;
INSERT INTO price_tiers (code, name) VALUES ('GROSIR', 'Grosir');

CREATE TABLE tier_prices (
  tier       TEXT NOT NULL REFERENCES price_tiers (code),
  product_id INTEGER NOT NULL REFERENCES products (id),
  price      INTEGER NOT NULL CHECK (price >= 0),
  updated_at TEXT NOT NULL,
  updated_by TEXT,              -- user name; NULL when the system set it (command line)
  PRIMARY KEY (tier, product_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE buyers (
  id         INTEGER PRIMARY KEY,
  kind       TEXT NOT NULL CHECK (kind IN ('named', 'reseller')),
  name       TEXT NOT NULL CHECK (length(name) > 0),
  phone      TEXT,
  note       TEXT,
  tier       TEXT REFERENCES price_tiers (code),
  active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at TEXT NOT NULL,
  CHECK ((kind = 'reseller') = (tier IS NOT NULL))
) STRICT;
CREATE INDEX buyers_name ON buyers (name COLLATE NOCASE);

-- The sale keeps the numbers as they were computed, so receipts and reports never recompute.
ALTER TABLE sales ADD COLUMN line_discounts INTEGER NOT NULL DEFAULT 0 CHECK (line_discounts >= 0);
ALTER TABLE sales ADD COLUMN order_discount INTEGER NOT NULL DEFAULT 0 CHECK (order_discount >= 0);
ALTER TABLE sales ADD COLUMN order_discount_kind TEXT CHECK (order_discount_kind IN ('amount', 'percent'));
ALTER TABLE sales ADD COLUMN order_discount_value INTEGER CHECK (order_discount_value >= 0);
ALTER TABLE sales ADD COLUMN order_discount_reason TEXT;
ALTER TABLE sales ADD COLUMN approved_by_id INTEGER REFERENCES users (id);
ALTER TABLE sales ADD COLUMN approved_by_name TEXT;
ALTER TABLE sales ADD COLUMN tax_mode TEXT NOT NULL DEFAULT 'off' CHECK (tax_mode IN ('off', 'inclusive', 'exclusive'));
ALTER TABLE sales ADD COLUMN tax_rate_bp INTEGER NOT NULL DEFAULT 0 CHECK (tax_rate_bp BETWEEN 0 AND 10000);
ALTER TABLE sales ADD COLUMN dpp INTEGER NOT NULL DEFAULT 0 CHECK (dpp >= 0);
ALTER TABLE sales ADD COLUMN ppn INTEGER NOT NULL DEFAULT 0 CHECK (ppn >= 0);
ALTER TABLE sales ADD COLUMN rounding INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sales ADD COLUMN rounding_unit INTEGER NOT NULL DEFAULT 0 CHECK (rounding_unit IN (0, 100, 500));
ALTER TABLE sales ADD COLUMN buyer_id INTEGER REFERENCES buyers (id);
ALTER TABLE sales ADD COLUMN buyer_kind TEXT CHECK (buyer_kind IN ('named', 'reseller'));
ALTER TABLE sales ADD COLUMN buyer_name TEXT;
ALTER TABLE sales ADD COLUMN buyer_tier TEXT;

-- line_total stays price x quantity (what the receipt prints beside the item); net_total is what
-- the line adds to the sale after discounts and exclusive PPN.
ALTER TABLE sale_lines ADD COLUMN list_price INTEGER NOT NULL DEFAULT 0 CHECK (list_price >= 0);
ALTER TABLE sale_lines ADD COLUMN price_source TEXT NOT NULL DEFAULT 'catalogue' CHECK (price_source IN ('catalogue', 'tier', 'manual'));
ALTER TABLE sale_lines ADD COLUMN price_reason TEXT;
ALTER TABLE sale_lines ADD COLUMN discount_kind TEXT CHECK (discount_kind IN ('amount', 'percent'));
ALTER TABLE sale_lines ADD COLUMN discount_value INTEGER CHECK (discount_value >= 0);
ALTER TABLE sale_lines ADD COLUMN discount_reason TEXT;
ALTER TABLE sale_lines ADD COLUMN line_discount INTEGER NOT NULL DEFAULT 0 CHECK (line_discount >= 0);
ALTER TABLE sale_lines ADD COLUMN order_discount_share INTEGER NOT NULL DEFAULT 0 CHECK (order_discount_share >= 0);
ALTER TABLE sale_lines ADD COLUMN dpp INTEGER NOT NULL DEFAULT 0 CHECK (dpp >= 0);
ALTER TABLE sale_lines ADD COLUMN ppn INTEGER NOT NULL DEFAULT 0 CHECK (ppn >= 0);
ALTER TABLE sale_lines ADD COLUMN net_total INTEGER NOT NULL DEFAULT 0 CHECK (net_total >= 0);

-- Sales made before this change had no discounts, no tax and cash only: fill in their numbers.
-- The immutability triggers step aside for this one schema change and come straight back.
DROP TRIGGER sales_immutable_update;
UPDATE sales SET dpp = total;
CREATE TRIGGER sales_immutable_update BEFORE UPDATE ON sales
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: transaksi yang selesai tidak dapat diubah'); END;
DROP TRIGGER sale_lines_immutable_update;
UPDATE sale_lines SET list_price = unit_price, dpp = line_total, net_total = line_total;
CREATE TRIGGER sale_lines_immutable_update BEFORE UPDATE ON sale_lines
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: baris transaksi tidak dapat diubah'); END;

-- Payments get the new methods, references and the QRIS confirmation. A CHECK cannot be altered in
-- SQLite, so the table is rebuilt (DROP TABLE fires no triggers; nothing references payments).
CREATE TABLE payments_new (
  sale_id           TEXT NOT NULL REFERENCES sales (id),
  seq               INTEGER NOT NULL CHECK (seq > 0),
  method            TEXT NOT NULL CHECK (method IN ('cash', 'qris', 'transfer', 'card')),
  amount            INTEGER NOT NULL CHECK (amount >= 0),
  tendered          INTEGER NOT NULL CHECK (tendered >= amount),
  change            INTEGER NOT NULL CHECK (change = tendered - amount),
  reference         TEXT,
  confirmed_by_id   INTEGER REFERENCES users (id),
  confirmed_by_name TEXT,
  confirmed_at      TEXT,
  -- Change is given only from cash.
  CHECK (method = 'cash' OR change = 0),
  -- Nobody scans back a QRIS payment: a person confirms it arrived, and the sale says who and when.
  CHECK (method <> 'qris' OR (confirmed_by_name IS NOT NULL AND confirmed_at IS NOT NULL)),
  PRIMARY KEY (sale_id, seq)
) STRICT, WITHOUT ROWID;
INSERT INTO payments_new (sale_id, seq, method, amount, tendered, change)
  SELECT sale_id, seq, method, amount, tendered, change FROM payments;
DROP TABLE payments;
ALTER TABLE payments_new RENAME TO payments;
CREATE TRIGGER payments_immutable_update BEFORE UPDATE ON payments
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: pembayaran tidak dapat diubah'); END;
CREATE TRIGGER payments_immutable_delete BEFORE DELETE ON payments
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: pembayaran tidak dapat dihapus'); END;
