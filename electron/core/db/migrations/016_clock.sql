-- The clock guard's marks (docs/clock.md, electron/core/clock/guard.ts): the newest business time
-- this till has written, and the time the latest business write carried. A clock reading more than
-- 10 minutes before the first, or more than 36 hours after the second while a shift is open, is
-- not trusted with business time.
--
-- Triggers keep the marks, rather than the engine after each command: the mark moves in the same
-- transaction as the row that carries the time, whichever door wrote it (window, browser, command
-- line), and a crash can never leave a stored time above the mark. They cost one single-row UPDATE
-- per stamped row. The marks follow the rows that stamp business time: sales, voids, refunds,
-- shifts opened and closed, cash in and out, Z reports, and stock moves of their own (those of a
-- sale, void or refund carry that record's time already). Not the audit log: a wrong PIN or a
-- settings change is written whatever the clock says (nothing refuses them), and a typo made while
-- the clock was wrong must not leave a mark that blocks the till once the clock is right again;
-- every business entry of the audit log comes with one of the rows above, at the same time.
--
-- A manager accepting the clock (`clock.confirm`) sets both marks to the clock's reading then, so
-- the guard compares against what is written after the acceptance; the triggers only ever raise
-- newest_at from there. A migration that rebuilds one of these tables must create its trigger again.
CREATE TABLE clock_marks (
  id               INTEGER PRIMARY KEY CHECK (id = 1),
  newest_at        TEXT,  -- ISO instant: the newest business time written since the last acceptance
  last_activity_at TEXT,  -- ISO instant carried by the latest business write
  accepted_at      TEXT,  -- the clock's reading when a manager last accepted it
  accepted_by      TEXT   -- that manager's name
) STRICT;

-- Healed from the stored times once, for a database that already holds sales.
INSERT INTO clock_marks (id, newest_at, last_activity_at)
SELECT 1, max(at), max(at) FROM (
  SELECT max(created_at) AS at FROM sales
  UNION ALL SELECT max(created_at) FROM sale_voids
  UNION ALL SELECT max(created_at) FROM refunds
  UNION ALL SELECT max(opened_at) FROM shifts
  UNION ALL SELECT max(closed_at) FROM shifts
  UNION ALL SELECT max(created_at) FROM cash_movements
  UNION ALL SELECT max(closed_at) FROM day_closes
  UNION ALL SELECT max(created_at) FROM stock_moves WHERE sale_id IS NULL
);

CREATE TRIGGER clock_marks_no_delete BEFORE DELETE ON clock_marks
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: penanda jam tidak dapat dihapus'); END;

CREATE TRIGGER clock_mark_sale AFTER INSERT ON sales
BEGIN
  UPDATE clock_marks SET newest_at = max(coalesce(newest_at, ''), NEW.created_at),
                         last_activity_at = NEW.created_at WHERE id = 1;
END;
CREATE TRIGGER clock_mark_void AFTER INSERT ON sale_voids
BEGIN
  UPDATE clock_marks SET newest_at = max(coalesce(newest_at, ''), NEW.created_at),
                         last_activity_at = NEW.created_at WHERE id = 1;
END;
CREATE TRIGGER clock_mark_refund AFTER INSERT ON refunds
BEGIN
  UPDATE clock_marks SET newest_at = max(coalesce(newest_at, ''), NEW.created_at),
                         last_activity_at = NEW.created_at WHERE id = 1;
END;
CREATE TRIGGER clock_mark_shift_open AFTER INSERT ON shifts
BEGIN
  UPDATE clock_marks SET newest_at = max(coalesce(newest_at, ''), NEW.opened_at),
                         last_activity_at = NEW.opened_at WHERE id = 1;
END;
CREATE TRIGGER clock_mark_shift_close AFTER UPDATE OF closed_at ON shifts
WHEN NEW.closed_at IS NOT NULL
BEGIN
  UPDATE clock_marks SET newest_at = max(coalesce(newest_at, ''), NEW.closed_at),
                         last_activity_at = NEW.closed_at WHERE id = 1;
END;
CREATE TRIGGER clock_mark_cash AFTER INSERT ON cash_movements
BEGIN
  UPDATE clock_marks SET newest_at = max(coalesce(newest_at, ''), NEW.created_at),
                         last_activity_at = NEW.created_at WHERE id = 1;
END;
CREATE TRIGGER clock_mark_day_close AFTER INSERT ON day_closes
BEGIN
  UPDATE clock_marks SET newest_at = max(coalesce(newest_at, ''), NEW.closed_at),
                         last_activity_at = NEW.closed_at WHERE id = 1;
END;
CREATE TRIGGER clock_mark_stock AFTER INSERT ON stock_moves
WHEN NEW.sale_id IS NULL
BEGIN
  UPDATE clock_marks SET newest_at = max(coalesce(newest_at, ''), NEW.created_at),
                         last_activity_at = NEW.created_at WHERE id = 1;
END;

-- Record ids never go below the newest stored one (electron/core/clock/ids.ts), read at every new
-- id: the stock ledger's operation id needs an index for that lookup.
CREATE INDEX stock_moves_op ON stock_moves (op_id);
