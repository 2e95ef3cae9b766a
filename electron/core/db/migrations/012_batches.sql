-- Sales batches: closed business days carried to the regional office on a USB stick (or uploaded).
-- A batch is recorded only after its folder was written, read back and renamed into place, so a
-- row here means "this folder exists and is whole". Numbered per device without gaps, and chained:
-- each batch names the SHA-256 of the previous batch's manifest.json.

CREATE TABLE batches (
  id              TEXT PRIMARY KEY,                 -- ULID, derived from device, seq and days
  device          TEXT NOT NULL,
  seq             INTEGER NOT NULL CHECK (seq > 0),
  name            TEXT NOT NULL,                    -- the folder's name
  folder          TEXT NOT NULL,                    -- where it was written (full path)
  first_day       TEXT NOT NULL,
  last_day        TEXT NOT NULL,
  days            TEXT NOT NULL,                    -- JSON array of business days
  reexport        INTEGER NOT NULL CHECK (reexport IN (0, 1)),
  first_receipt   TEXT,                             -- NULL when the days had no sales
  last_receipt    TEXT,
  sales_count     INTEGER NOT NULL CHECK (sales_count >= 0),
  sales_total     INTEGER NOT NULL,
  net             INTEGER NOT NULL,
  counts          TEXT NOT NULL,                    -- JSON, as in the manifest
  totals          TEXT NOT NULL,                    -- JSON, as in the manifest
  files           TEXT NOT NULL,                    -- JSON [{name, bytes, sha256}]
  manifest_sha256 TEXT NOT NULL CHECK (length(manifest_sha256) = 64),
  prev_hash       TEXT CHECK (prev_hash IS NULL OR length(prev_hash) = 64),
  created_at      TEXT NOT NULL,
  created_by_id   INTEGER REFERENCES users (id),
  created_by_name TEXT NOT NULL,
  UNIQUE (device, seq),
  CHECK ((seq = 1) = (prev_hash IS NULL))
) STRICT;

-- Gap-free and chained, held by the database whatever the engine does.
CREATE TRIGGER batches_seq_next BEFORE INSERT ON batches
WHEN NEW.seq <> coalesce((SELECT max(seq) FROM batches WHERE device = NEW.device), 0) + 1
BEGIN SELECT RAISE(ABORT, 'BATCH_SEQ: nomor batch harus berikutnya tanpa celah'); END;
CREATE TRIGGER batches_chain BEFORE INSERT ON batches
WHEN NEW.seq > 1 AND NEW.prev_hash IS NOT
     (SELECT manifest_sha256 FROM batches WHERE device = NEW.device AND seq = NEW.seq - 1)
BEGIN SELECT RAISE(ABORT, 'BATCH_CHAIN: prev_hash harus SHA-256 manifest batch sebelumnya'); END;
CREATE TRIGGER batches_immutable_update BEFORE UPDATE ON batches
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: batch tidak dapat diubah'); END;
CREATE TRIGGER batches_immutable_delete BEFORE DELETE ON batches
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: batch tidak dapat dihapus'); END;

-- Which closed days each batch carries. A day goes out once as a normal export; a re-export sends
-- it again, marked as such, and the office counts its sales once (by sale id).
CREATE TABLE batch_days (
  batch_id     TEXT NOT NULL REFERENCES batches (id),
  device       TEXT NOT NULL,
  business_day TEXT NOT NULL,
  reexport     INTEGER NOT NULL CHECK (reexport IN (0, 1)),
  PRIMARY KEY (batch_id, business_day),
  FOREIGN KEY (device, business_day) REFERENCES day_closes (device, business_day)
) STRICT, WITHOUT ROWID;
CREATE UNIQUE INDEX batch_days_once ON batch_days (device, business_day) WHERE reexport = 0;
CREATE TRIGGER batch_days_immutable_update BEFORE UPDATE ON batch_days
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: hari batch tidak dapat diubah'); END;
CREATE TRIGGER batch_days_immutable_delete BEFORE DELETE ON batch_days
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: hari batch tidak dapat dihapus'); END;
