-- A business day can have more than one Z report. A sale belongs to the calendar day it was made
-- on (with a night-bazaar cut-off hour), and selling after a day's Z goes into the next Z of the
-- same day. So a Z no longer closes "a day": it closes what the day held up to that moment, and
-- says exactly what that was. Numbers within a day keep running (receipts 0001... go on after a Z).
--
-- Each Z covers, of its business day:
--   sales   with sales_after   < seq <= sales_upto   (receipt numbers of the day)
--   refunds with refunds_after < seq <= refunds_upto (refund numbers of the day)
--   shifts  with shifts_after  < id  <= shifts_upto  (shifts opened on that day)
-- and the next Z of the same day starts where this one stopped. Voids follow their sale.
--
-- No stored sale, refund, shift or report changes: existing Zs each covered their whole day, so
-- their ranges are read off the rows they already covered. The tables are rebuilt because the key
-- moves from (device, day) to (device, Z number).

CREATE TABLE day_closes_v14 (
  device         TEXT NOT NULL,
  business_day   TEXT NOT NULL,
  z_no           INTEGER NOT NULL CHECK (z_no > 0),
  closed_at      TEXT NOT NULL,
  closed_by_id   INTEGER REFERENCES users (id),
  closed_by_name TEXT NOT NULL,
  report         TEXT NOT NULL,
  sales_after    INTEGER NOT NULL CHECK (sales_after >= 0),
  sales_upto     INTEGER NOT NULL CHECK (sales_upto >= sales_after),
  refunds_after  INTEGER NOT NULL CHECK (refunds_after >= 0),
  refunds_upto   INTEGER NOT NULL CHECK (refunds_upto >= refunds_after),
  shifts_after   INTEGER NOT NULL CHECK (shifts_after >= 0),
  shifts_upto    INTEGER NOT NULL CHECK (shifts_upto >= shifts_after),
  PRIMARY KEY (device, z_no)
) STRICT, WITHOUT ROWID;

INSERT INTO day_closes_v14
SELECT d.device, d.business_day, d.z_no, d.closed_at, d.closed_by_id, d.closed_by_name, d.report,
       0, coalesce((SELECT max(s.seq) FROM sales s WHERE s.device = d.device AND s.business_day = d.business_day), 0),
       0, coalesce((SELECT max(r.seq) FROM refunds r WHERE r.device = d.device AND r.business_day = d.business_day), 0),
       0, coalesce((SELECT max(sh.id) FROM shifts sh WHERE sh.device = d.device AND sh.business_day = d.business_day), 0)
FROM day_closes d;

-- Which Zs each batch carries (a day with two Zs may go out in one batch or in two).
CREATE TABLE batch_days_v14 (
  batch_id     TEXT NOT NULL REFERENCES batches (id),
  device       TEXT NOT NULL,
  z_no         INTEGER NOT NULL,
  business_day TEXT NOT NULL,
  reexport     INTEGER NOT NULL CHECK (reexport IN (0, 1)),
  PRIMARY KEY (batch_id, z_no),
  FOREIGN KEY (device, z_no) REFERENCES day_closes_v14 (device, z_no)
) STRICT, WITHOUT ROWID;

INSERT INTO batch_days_v14
SELECT bd.batch_id, bd.device, d.z_no, bd.business_day, bd.reexport
FROM batch_days bd JOIN day_closes d ON d.device = bd.device AND d.business_day = bd.business_day;

-- Children first, so dropping the old parent checks nothing that is still pointing at it.
DROP TABLE batch_days;
DROP TABLE day_closes;
ALTER TABLE day_closes_v14 RENAME TO day_closes;
ALTER TABLE batch_days_v14 RENAME TO batch_days;

CREATE INDEX day_closes_day ON day_closes (device, business_day, z_no);
CREATE TRIGGER day_closes_immutable_update BEFORE UPDATE ON day_closes
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: laporan Z tidak dapat diubah'); END;
CREATE TRIGGER day_closes_immutable_delete BEFORE DELETE ON day_closes
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: laporan Z tidak dapat dihapus'); END;
-- A day's Zs follow each other: each starts where the one before it on that day stopped.
CREATE TRIGGER day_closes_contiguous BEFORE INSERT ON day_closes
WHEN NEW.sales_after <> coalesce((SELECT max(sales_upto) FROM day_closes WHERE device = NEW.device AND business_day = NEW.business_day), 0)
  OR NEW.refunds_after <> coalesce((SELECT max(refunds_upto) FROM day_closes WHERE device = NEW.device AND business_day = NEW.business_day), 0)
BEGIN SELECT RAISE(ABORT, 'Z_RANGE: laporan Z harus mulai dari akhir laporan Z sebelumnya pada hari itu'); END;

CREATE UNIQUE INDEX batch_days_once ON batch_days (device, z_no) WHERE reexport = 0;
CREATE INDEX batch_days_day ON batch_days (device, business_day);
CREATE TRIGGER batch_days_immutable_update BEFORE UPDATE ON batch_days
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: hari batch tidak dapat diubah'); END;
CREATE TRIGGER batch_days_immutable_delete BEFORE DELETE ON batch_days
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: hari batch tidak dapat dihapus'); END;

-- The hour before which a sale still belongs to the evening before (a night bazaar), in the
-- device's zone. 4 means a sale at 01:30 is booked on the previous day.
INSERT OR IGNORE INTO settings (key, value) VALUES ('day_cutoff_hour', '4');
