-- Goods sent back to the producing unit (UPT) that made them (docs/stock.md): a move kind of its
-- own, `unit_return`, so the office's consignment statement counts them as returned rather than
-- as an adjustment. SQLite cannot change a CHECK in place, so the ledger is copied into a table
-- with the new list of kinds, every move with its own id, and its indexes and triggers made again.

CREATE TABLE stock_moves_new (
  id            INTEGER PRIMARY KEY,
  op_id         TEXT NOT NULL,
  product_id    INTEGER NOT NULL REFERENCES products (id),
  location_id   INTEGER NOT NULL REFERENCES locations (id),
  qty_milli     INTEGER NOT NULL CHECK (qty_milli <> 0 AND abs(qty_milli) <= 1000000000000),
  kind          TEXT NOT NULL CHECK (kind IN ('receive', 'adjust', 'transfer_out', 'transfer_in', 'sale',
                                              'refund', 'event_out', 'event_return', 'count', 'unit_return')),
  reason        TEXT,
  reference     TEXT,
  producer_code TEXT REFERENCES producers (code),   -- receipts: the unit that delivered; returns: the unit taking them back
  batch_id      INTEGER REFERENCES stock_batches (id),
  sale_id       TEXT REFERENCES sales (id),
  sale_line_no  INTEGER,
  user_name     TEXT,                               -- NULL when entered from the command line
  created_at    TEXT NOT NULL,
  CHECK (kind NOT IN ('receive', 'transfer_in', 'refund') OR qty_milli > 0),
  CHECK (kind NOT IN ('sale', 'transfer_out', 'unit_return') OR qty_milli < 0),
  CHECK (kind <> 'adjust' OR (reason IS NOT NULL AND length(trim(reason)) > 0)),
  CHECK (kind NOT IN ('sale', 'refund') OR (sale_id IS NOT NULL AND sale_line_no IS NOT NULL)),
  CHECK (kind <> 'unit_return' OR (producer_code IS NOT NULL AND length(trim(coalesce(reference, ''))) > 0))
) STRICT;

INSERT INTO stock_moves_new (id, op_id, product_id, location_id, qty_milli, kind, reason, reference, producer_code,
                             batch_id, sale_id, sale_line_no, user_name, created_at)
SELECT id, op_id, product_id, location_id, qty_milli, kind, reason, reference, producer_code,
       batch_id, sale_id, sale_line_no, user_name, created_at
FROM stock_moves ORDER BY id;

DROP TABLE stock_moves;
ALTER TABLE stock_moves_new RENAME TO stock_moves;

CREATE INDEX stock_moves_product ON stock_moves (product_id, location_id, qty_milli);
CREATE INDEX stock_moves_location ON stock_moves (location_id, product_id, qty_milli);
CREATE INDEX stock_moves_batch ON stock_moves (batch_id, location_id, qty_milli) WHERE batch_id IS NOT NULL;
CREATE INDEX stock_moves_sale ON stock_moves (sale_id, sale_line_no) WHERE sale_id IS NOT NULL;
CREATE INDEX stock_moves_op ON stock_moves (op_id);

CREATE TRIGGER stock_moves_immutable_update BEFORE UPDATE ON stock_moves
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: mutasi stok tidak dapat diubah'); END;
CREATE TRIGGER stock_moves_immutable_delete BEFORE DELETE ON stock_moves
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: mutasi stok tidak dapat dihapus'); END;
CREATE TRIGGER clock_mark_stock AFTER INSERT ON stock_moves
WHEN NEW.sale_id IS NULL
BEGIN
  UPDATE clock_marks SET newest_at = max(coalesce(newest_at, ''), NEW.created_at),
                         last_activity_at = NEW.created_at WHERE id = 1;
END;
