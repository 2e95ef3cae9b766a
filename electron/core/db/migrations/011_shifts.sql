-- Shifts, the cash drawer, closing the day (Z) and the audit log.
-- A shift is one cashier's time at one till: opened with a counted float, closed with a blind count.
-- Every sale rung up by a person belongs to that person's open shift; the business day of a shift
-- is the day it was opened on, so a night bazaar that runs past midnight stays one business day.

CREATE TABLE shifts (
  id               INTEGER PRIMARY KEY,
  device           TEXT NOT NULL,
  business_day     TEXT NOT NULL,
  user_id          INTEGER NOT NULL REFERENCES users (id),
  user_name        TEXT NOT NULL,
  opened_at        TEXT NOT NULL,
  opening_float    INTEGER NOT NULL CHECK (opening_float >= 0),
  -- Filled once, when the shift closes; a closed shift never changes (trigger below).
  closed_at        TEXT,
  closed_by_name   TEXT,
  expected_cash    INTEGER,
  counted_cash     INTEGER CHECK (counted_cash >= 0),
  -- The blind count by denomination, as JSON {"100000": 3, "500": 4}.
  count_detail     TEXT,
  variance         INTEGER,
  close_note       TEXT,
  approved_by_id   INTEGER REFERENCES users (id),
  approved_by_name TEXT,
  CHECK ((closed_at IS NULL) = (counted_cash IS NULL)),
  CHECK (closed_at IS NULL OR variance = counted_cash - expected_cash)
) STRICT;
-- One open shift per person per till.
CREATE UNIQUE INDEX shifts_open_per_user ON shifts (device, user_id) WHERE closed_at IS NULL;
CREATE INDEX shifts_day ON shifts (business_day, device);
CREATE TRIGGER shifts_closed_immutable BEFORE UPDATE ON shifts
WHEN OLD.closed_at IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: shift yang sudah ditutup tidak dapat diubah'); END;
CREATE TRIGGER shifts_no_delete BEFORE DELETE ON shifts
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: shift tidak dapat dihapus'); END;

-- Cash put in or taken out of the drawer during a shift, with the reason.
CREATE TABLE cash_movements (
  id         INTEGER PRIMARY KEY,
  shift_id   INTEGER NOT NULL REFERENCES shifts (id),
  kind       TEXT NOT NULL CHECK (kind IN ('in', 'out')),
  amount     INTEGER NOT NULL CHECK (amount > 0),
  reason     TEXT NOT NULL CHECK (length(trim(reason)) BETWEEN 3 AND 200),
  created_at TEXT NOT NULL,
  user_id    INTEGER REFERENCES users (id),
  user_name  TEXT
) STRICT;
CREATE INDEX cash_movements_shift ON cash_movements (shift_id);
CREATE TRIGGER cash_movements_immutable_update BEFORE UPDATE ON cash_movements
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: kas masuk/keluar tidak dapat diubah'); END;
CREATE TRIGGER cash_movements_immutable_delete BEFORE DELETE ON cash_movements
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: kas masuk/keluar tidak dapat dihapus'); END;

-- Which shift a sale and a refund belong to (NULL for ones entered from the command line).
ALTER TABLE sales ADD COLUMN shift_id INTEGER REFERENCES shifts (id);
CREATE INDEX sales_shift ON sales (shift_id);
ALTER TABLE refunds ADD COLUMN shift_id INTEGER REFERENCES shifts (id);
ALTER TABLE sale_voids ADD COLUMN shift_id INTEGER REFERENCES shifts (id);

-- The Z report: closes one business day on one device, numbered without gaps per device. The
-- report as printed is kept, so a reprint years later says exactly what it said that night.
CREATE TABLE day_closes (
  device         TEXT NOT NULL,
  business_day   TEXT NOT NULL,
  z_no           INTEGER NOT NULL CHECK (z_no > 0),
  closed_at      TEXT NOT NULL,
  closed_by_id   INTEGER REFERENCES users (id),
  closed_by_name TEXT NOT NULL,
  report         TEXT NOT NULL,
  PRIMARY KEY (device, business_day),
  UNIQUE (device, z_no)
) STRICT, WITHOUT ROWID;
CREATE TRIGGER day_closes_immutable_update BEFORE UPDATE ON day_closes
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: laporan Z tidak dapat diubah'); END;
CREATE TRIGGER day_closes_immutable_delete BEFORE DELETE ON day_closes
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: laporan Z tidak dapat dihapus'); END;

-- Sensitive actions, append-only: voids, refunds, discounts over the limit, price edits, the
-- drawer opened without a sale, wrong PINs, settings changes, shift and day closing.
CREATE TABLE audit_log (
  id         INTEGER PRIMARY KEY,
  at         TEXT NOT NULL,
  device     TEXT NOT NULL,
  action     TEXT NOT NULL,
  user_id    INTEGER REFERENCES users (id),
  user_name  TEXT,
  approved_by_name TEXT,
  subject    TEXT,
  detail     TEXT NOT NULL DEFAULT '{}'
) STRICT;
CREATE INDEX audit_log_at ON audit_log (at);
CREATE TRIGGER audit_log_immutable_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: catatan audit tidak dapat diubah'); END;
CREATE TRIGGER audit_log_immutable_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: catatan audit tidak dapat dihapus'); END;
