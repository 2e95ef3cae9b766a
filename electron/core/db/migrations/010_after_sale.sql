-- After the sale: parked carts (held with a label while the next buyer is served, kept across
-- restarts), voids and refunds. A completed sale is never edited: a void or a refund is a new row
-- that points at it, and what a sale "is now" (voided, refunded) is derived by the view below.

-- ---------- parked carts ----------

CREATE TABLE parked_carts (
  id                    INTEGER PRIMARY KEY,
  label                 TEXT NOT NULL CHECK (length(label) BETWEEN 1 AND 40),
  device                TEXT NOT NULL,
  buyer_id              INTEGER,                                    -- the payments area's buyers
  order_discount_kind   TEXT CHECK (order_discount_kind IN ('amount', 'percent')),
  order_discount_value  INTEGER CHECK (order_discount_value >= 0),  -- rupiah, or basis points
  order_discount_reason TEXT,
  user_id               INTEGER REFERENCES users (id),
  user_name             TEXT,                                       -- NULL from the command line
  created_at            TEXT NOT NULL,
  CHECK ((order_discount_kind IS NULL) = (order_discount_value IS NULL)),
  CHECK (order_discount_kind IS NOT 'percent' OR order_discount_value <= 10000)
) STRICT;

CREATE TABLE parked_cart_lines (
  cart_id         INTEGER NOT NULL REFERENCES parked_carts (id) ON DELETE CASCADE,
  line_no         INTEGER NOT NULL CHECK (line_no > 0),
  product_id      INTEGER NOT NULL REFERENCES products (id),
  qty_milli       INTEGER NOT NULL CHECK (qty_milli > 0 AND qty_milli <= 10000000),
  -- The catalogue price when the cart was parked: a resume compares it with today's price.
  list_price      INTEGER NOT NULL CHECK (list_price >= 0),
  -- A price the cashier typed over the catalogue price; NULL: the catalogue price.
  unit_price      INTEGER CHECK (unit_price IS NULL OR unit_price >= 0),
  price_reason    TEXT,
  discount_kind   TEXT CHECK (discount_kind IN ('amount', 'percent')),
  discount_value  INTEGER CHECK (discount_value >= 0),
  discount_reason TEXT,
  PRIMARY KEY (cart_id, line_no),
  CHECK ((discount_kind IS NULL) = (discount_value IS NULL)),
  CHECK (discount_kind IS NOT 'percent' OR discount_value <= 10000)
) STRICT, WITHOUT ROWID;
CREATE INDEX parked_cart_lines_product ON parked_cart_lines (product_id);

-- ---------- voids ----------

-- A void cancels a whole sale on its own business day. One per sale (UNIQUE).
CREATE TABLE sale_voids (
  id               TEXT PRIMARY KEY,                      -- ULID
  sale_id          TEXT NOT NULL UNIQUE REFERENCES sales (id),
  device           TEXT NOT NULL,
  business_day     TEXT NOT NULL,                         -- always the sale's own day
  created_at       TEXT NOT NULL,
  reason           TEXT NOT NULL CHECK (length(trim(reason)) BETWEEN 3 AND 200),
  amount           INTEGER NOT NULL CHECK (amount >= 0),  -- the sale's total
  user_id          INTEGER REFERENCES users (id),
  user_name        TEXT,
  approved_by_id   INTEGER REFERENCES users (id),
  approved_by_name TEXT NOT NULL
) STRICT;
CREATE INDEX sale_voids_day ON sale_voids (business_day, device);

-- The sale's lines as the void reverses them, with the producing unit and the line's share of the
-- total (discounts and cash rounding included), so reports sum voids per unit without re-pricing.
CREATE TABLE sale_void_lines (
  void_id       TEXT NOT NULL REFERENCES sale_voids (id),
  sale_id       TEXT NOT NULL,
  sale_line_no  INTEGER NOT NULL,
  product_id    INTEGER NOT NULL REFERENCES products (id),
  producer_code TEXT NOT NULL,
  workshop_id   INTEGER,
  qty_milli     INTEGER NOT NULL CHECK (qty_milli > 0),
  amount        INTEGER NOT NULL CHECK (amount >= 0),
  PRIMARY KEY (void_id, sale_line_no),
  FOREIGN KEY (sale_id, sale_line_no) REFERENCES sale_lines (sale_id, line_no)
) STRICT, WITHOUT ROWID;

-- ---------- refunds ----------

-- Money and goods back for some or all of a sale's lines, on any later day. The business day is
-- the day of the refund (the day the money left the drawer), not the sale's.
CREATE TABLE refunds (
  id               TEXT PRIMARY KEY,                      -- ULID
  refund_no        TEXT NOT NULL UNIQUE,                  -- R-BTH1-20261128-0001
  sale_id          TEXT NOT NULL REFERENCES sales (id),
  device           TEXT NOT NULL,
  business_day     TEXT NOT NULL,
  seq              INTEGER NOT NULL CHECK (seq > 0),
  created_at       TEXT NOT NULL,
  reason           TEXT NOT NULL CHECK (length(trim(reason)) BETWEEN 3 AND 200),
  method           TEXT NOT NULL CHECK (method IN ('cash', 'qris', 'transfer', 'card')),
  reference        TEXT,
  amount           INTEGER NOT NULL CHECK (amount >= 0),
  user_id          INTEGER REFERENCES users (id),
  user_name        TEXT,
  approved_by_id   INTEGER REFERENCES users (id),
  approved_by_name TEXT NOT NULL,
  UNIQUE (device, business_day, seq)
) STRICT;
CREATE INDEX refunds_sale ON refunds (sale_id);
CREATE INDEX refunds_day ON refunds (business_day, device);

CREATE TABLE refund_lines (
  refund_id     TEXT NOT NULL REFERENCES refunds (id),
  sale_id       TEXT NOT NULL,
  sale_line_no  INTEGER NOT NULL,
  product_id    INTEGER NOT NULL REFERENCES products (id),
  producer_code TEXT NOT NULL,                            -- copied from the original line
  workshop_id   INTEGER,
  qty_milli     INTEGER NOT NULL CHECK (qty_milli > 0),
  amount        INTEGER NOT NULL CHECK (amount >= 0),
  PRIMARY KEY (refund_id, sale_line_no),
  FOREIGN KEY (sale_id, sale_line_no) REFERENCES sale_lines (sale_id, line_no)
) STRICT, WITHOUT ROWID;
CREATE INDEX refund_lines_sale_line ON refund_lines (sale_id, sale_line_no);

-- The engine checks these rules first and explains them; the database holds them anyway.
CREATE TRIGGER refund_lines_not_more_than_sold BEFORE INSERT ON refund_lines
WHEN NEW.qty_milli + coalesce((SELECT sum(qty_milli) FROM refund_lines
                               WHERE sale_id = NEW.sale_id AND sale_line_no = NEW.sale_line_no), 0)
     > (SELECT qty_milli FROM sale_lines WHERE sale_id = NEW.sale_id AND line_no = NEW.sale_line_no)
BEGIN SELECT RAISE(ABORT, 'REFUND_TOO_MUCH: retur melebihi jumlah yang terjual'); END;
CREATE TRIGGER refunds_not_after_void BEFORE INSERT ON refunds
WHEN EXISTS (SELECT 1 FROM sale_voids WHERE sale_id = NEW.sale_id)
BEGIN SELECT RAISE(ABORT, 'VOIDED: transaksi yang dibatalkan tidak dapat diretur'); END;
CREATE TRIGGER sale_voids_not_after_refund BEFORE INSERT ON sale_voids
WHEN EXISTS (SELECT 1 FROM refunds WHERE sale_id = NEW.sale_id)
BEGIN SELECT RAISE(ABORT, 'REFUNDED: transaksi yang sudah diretur tidak dapat dibatalkan'); END;

-- Voids and refunds are history, like the sales they point at.
CREATE TRIGGER sale_voids_immutable_update BEFORE UPDATE ON sale_voids
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: pembatalan tidak dapat diubah'); END;
CREATE TRIGGER sale_voids_immutable_delete BEFORE DELETE ON sale_voids
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: pembatalan tidak dapat dihapus'); END;
CREATE TRIGGER sale_void_lines_immutable_update BEFORE UPDATE ON sale_void_lines
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: baris pembatalan tidak dapat diubah'); END;
CREATE TRIGGER sale_void_lines_immutable_delete BEFORE DELETE ON sale_void_lines
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: baris pembatalan tidak dapat dihapus'); END;
CREATE TRIGGER refunds_immutable_update BEFORE UPDATE ON refunds
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: retur tidak dapat diubah'); END;
CREATE TRIGGER refunds_immutable_delete BEFORE DELETE ON refunds
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: retur tidak dapat dihapus'); END;
CREATE TRIGGER refund_lines_immutable_update BEFORE UPDATE ON refund_lines
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: baris retur tidak dapat diubah'); END;
CREATE TRIGGER refund_lines_immutable_delete BEFORE DELETE ON refund_lines
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: baris retur tidak dapat dihapus'); END;

-- ---------- what a sale is now ----------

-- Derived, never stored on the sale: voided, refunded (every line back), partly refunded, or
-- completed; with the rupiah refunded so far.
CREATE VIEW sale_after_status AS
SELECT s.id AS sale_id,
       CASE
         WHEN EXISTS (SELECT 1 FROM sale_voids v WHERE v.sale_id = s.id) THEN 'voided'
         WHEN NOT EXISTS (SELECT 1 FROM refunds r WHERE r.sale_id = s.id) THEN 'completed'
         WHEN (SELECT sum(qty_milli) FROM refund_lines rl WHERE rl.sale_id = s.id)
              >= (SELECT sum(qty_milli) FROM sale_lines l WHERE l.sale_id = s.id) THEN 'refunded'
         ELSE 'partlyRefunded'
       END AS status,
       coalesce((SELECT sum(amount) FROM refunds r WHERE r.sale_id = s.id), 0) AS refunded_amount
FROM sales s;

-- Every reversal line in one place, for the day and unit reports: a void's or a refund's line,
-- its business day, the producing unit of the original line and the rupiah it takes back. A void's
-- money goes back by the sale's own payments; a refund's by its `method`.
CREATE VIEW sale_reversal_lines AS
SELECT 'void' AS kind, v.id AS reversal_id, v.business_day, v.device, NULL AS method,
       vl.sale_id, vl.sale_line_no, vl.product_id, vl.producer_code, vl.workshop_id, vl.qty_milli, vl.amount
FROM sale_voids v JOIN sale_void_lines vl ON vl.void_id = v.id
UNION ALL
SELECT 'refund', r.id, r.business_day, r.device, r.method,
       rl.sale_id, rl.sale_line_no, rl.product_id, rl.producer_code, rl.workshop_id, rl.qty_milli, rl.amount
FROM refunds r JOIN refund_lines rl ON rl.refund_id = r.id;
