-- Printing: printer profiles and a durable print queue. A sale commits first; printing it is a
-- job stored here, sent by a background worker, retried with backoff, and kept across restarts.

CREATE TABLE printers (
  id            INTEGER PRIMARY KEY,
  name          TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(name) BETWEEN 1 AND 60),
  -- tcp: host:port; serial: COM3 or /dev/rfcomm0; device: /dev/usb/lp0 or \\localhost\POS58;
  -- cups: a CUPS queue name; system: an OS printer name ('' = the system default).
  transport     TEXT NOT NULL CHECK (transport IN ('tcp', 'serial', 'device', 'cups', 'system')),
  target        TEXT NOT NULL CHECK (length(target) <= 260),
  baud_rate     INTEGER CHECK (baud_rate IS NULL OR baud_rate > 0),
  columns       INTEGER NOT NULL DEFAULT 32 CHECK (columns IN (32, 42, 48)),
  code_page     TEXT NOT NULL DEFAULT 'cp437',
  qr_mode       TEXT NOT NULL DEFAULT 'raster' CHECK (qr_mode IN ('raster', 'native')),
  feed_lines    INTEGER NOT NULL DEFAULT 4 CHECK (feed_lines BETWEEN 0 AND 12),
  cut           INTEGER NOT NULL DEFAULT 1 CHECK (cut IN (0, 1)),
  drawer_kick   INTEGER NOT NULL DEFAULT 0 CHECK (drawer_kick IN (0, 1)),
  logo          INTEGER NOT NULL DEFAULT 0 CHECK (logo IN (0, 1)),
  origin_line   INTEGER NOT NULL DEFAULT 0 CHECK (origin_line IN (0, 1)),
  -- Ask DLE EOT before each job (tcp and serial); some cheap units never answer, so it can be off.
  status_check  INTEGER NOT NULL DEFAULT 1 CHECK (status_check IN (0, 1)),
  is_default    INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
) STRICT;
-- At most one default printer.
CREATE UNIQUE INDEX printers_one_default ON printers (is_default) WHERE is_default = 1;

CREATE TABLE print_jobs (
  id              INTEGER PRIMARY KEY,
  kind            TEXT NOT NULL CHECK (kind IN ('receipt', 'reprint', 'report', 'label', 'test')),
  -- NULL: whichever printer is the default when the job is sent.
  printer_id      INTEGER REFERENCES printers (id) ON DELETE SET NULL,
  sale_id         TEXT REFERENCES sales (id),
  receipt_no      TEXT,
  -- What the queue shows, e.g. "Struk BTH1-20261128-0001".
  title           TEXT NOT NULL,
  -- The print model (shared/receipt/model.ts) as JSON: everything needed to render the job.
  payload         TEXT NOT NULL CHECK (json_valid(payload)),
  status          TEXT NOT NULL DEFAULT 'queued'
                  CHECK (status IN ('queued', 'sending', 'sent', 'failed', 'cancelled')),
  attempts        INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  last_error      TEXT,              -- Indonesian, shown to the cashier
  warning         TEXT,              -- printed, but e.g. the paper is nearly out
  -- When the worker may try next; NULL once it has given up (failed) or the job is final.
  next_attempt_at TEXT,
  created_at      TEXT NOT NULL,
  created_by      TEXT,
  sent_at         TEXT
) STRICT;
CREATE INDEX print_jobs_due ON print_jobs (status, next_attempt_at);
CREATE INDEX print_jobs_receipt ON print_jobs (receipt_no, kind);
