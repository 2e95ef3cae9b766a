-- Upload of sales batches to the regional office: an outbox, one row per batch queued for upload.
-- A row is the batch's upload state; the batch itself (and its files) stay as recorded in batches.
--   pending       waiting to be sent, or sent and failed for a reason worth retrying (offline, a
--                 server error): next_attempt_at says when, last_error why
--   sent          the office received the whole upload and is still checking it (HTTP 202); the
--                 engine asks again at next_attempt_at
--   acknowledged  the office checked and stored it; receipt is the office's answer
--   rejected      the office refused it; reason is the office's message; not retried until a
--                 person sends it again
-- The idempotency key stays the same for every attempt of one batch, so an upload the office got
-- but whose answer was lost is stored once there, however often it is sent again.
CREATE TABLE batch_uploads (
  batch_id        TEXT PRIMARY KEY REFERENCES batches (id),
  idempotency_key TEXT NOT NULL UNIQUE,
  state           TEXT NOT NULL CHECK (state IN ('pending', 'sent', 'acknowledged', 'rejected')),
  attempts        INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  next_attempt_at TEXT,
  last_error      TEXT,
  reason          TEXT,
  receipt         TEXT,
  endpoint        TEXT,                             -- where it was last sent
  package_bytes   INTEGER,                          -- the zip in the outbox folder, once made
  package_sha256  TEXT CHECK (package_sha256 IS NULL OR length(package_sha256) = 64),
  queued_at       TEXT NOT NULL,
  sent_at         TEXT,
  acknowledged_at TEXT,
  updated_at      TEXT NOT NULL,
  CHECK ((state = 'acknowledged') = (acknowledged_at IS NOT NULL))
) STRICT;

-- The worker's question: what is due now?
CREATE INDEX batch_uploads_due ON batch_uploads (next_attempt_at) WHERE state IN ('pending', 'sent');
