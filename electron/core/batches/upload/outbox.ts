// The upload outbox in SQLite: one row per batch queued for the office, moved through pending ->
// (sent ->) acknowledged or rejected by the worker. Every change is one statement, so a crash at
// any point leaves the row in a state the next start continues from. Why an attempt failed
// (last_error) and the till's own words for a rejection (reason) are stored as messages
// (shared/messages/stored.ts), worded by whoever shows them; the office's reason in its own words,
// and rows from before, are plain text shown as they are.
import type { Database } from 'better-sqlite3';
import type { BatchUpload, UploadState } from '../../../../shared/contract';
import { msg } from '../../../../shared/messages';

interface UploadRow {
  batchId: string;
  state: UploadState;
  idempotencyKey: string;
  attempts: number;
  nextAttemptAt: string | null;
  lastError: string | null;
  reason: string | null;
  receipt: string | null;
  queuedAt: string;
  sentAt: string | null;
  acknowledgedAt: string | null;
}

const COLUMNS = `batch_id AS batchId, state, idempotency_key AS idempotencyKey, attempts,
  next_attempt_at AS nextAttemptAt, last_error AS lastError, reason, receipt, queued_at AS queuedAt,
  sent_at AS sentAt, acknowledged_at AS acknowledgedAt`;

function toUpload(row: UploadRow): BatchUpload {
  const { batchId: _, ...upload } = row;
  return upload;
}

export function getUpload(db: Database, batchId: string): BatchUpload | null {
  const row = db.prepare(`SELECT ${COLUMNS} FROM batch_uploads WHERE batch_id = ?`).get(batchId) as
    | UploadRow
    | undefined;
  return row ? toUpload(row) : null;
}

/** Every upload row by batch id (the batch list joins them in). */
export function uploadsByBatch(db: Database): Map<string, BatchUpload> {
  const rows = db.prepare(`SELECT ${COLUMNS} FROM batch_uploads`).all() as UploadRow[];
  return new Map(rows.map((row) => [row.batchId, toUpload(row)]));
}

/**
 * Queues `batchId`, or makes an existing row due now: a rejected batch goes back to pending (a
 * person fixed the token or the office's problem), a pending one is tried at once, and the backoff
 * starts again from 30 s (a person saw the connection come back). A batch the office is checking
 * (sent) is asked about at once. Acknowledged batches stay as they are. The idempotency key is the
 * batch id: the same for every attempt.
 */
export function queueUpload(db: Database, batchId: string, now: Date): void {
  const at = now.toISOString();
  db.prepare(
    `INSERT INTO batch_uploads (batch_id, idempotency_key, state, next_attempt_at, queued_at, updated_at)
     VALUES (@batchId, @batchId, 'pending', @at, @at, @at)
     ON CONFLICT (batch_id) DO UPDATE SET
       state = CASE WHEN state = 'rejected' THEN 'pending' ELSE state END,
       next_attempt_at = CASE WHEN state = 'acknowledged' THEN NULL ELSE @at END,
       attempts = CASE WHEN state = 'acknowledged' THEN attempts ELSE 0 END,
       reason = CASE WHEN state = 'rejected' THEN NULL ELSE reason END,
       updated_at = @at`,
  ).run({ batchId, at });
}

export interface DueUpload {
  batchId: string;
  state: 'pending' | 'sent';
  idempotencyKey: string;
  attempts: number;
}

/** The oldest batch (lowest number) due now: batches reach the office in order where they can. */
export function nextDue(db: Database, now: Date): DueUpload | null {
  const row = db
    .prepare(
      `SELECT u.batch_id AS batchId, u.state, u.idempotency_key AS idempotencyKey, u.attempts
       FROM batch_uploads u JOIN batches b ON b.id = u.batch_id
       WHERE u.state IN ('pending', 'sent') AND u.next_attempt_at <= ?
       ORDER BY b.seq LIMIT 1`,
    )
    .get(now.toISOString()) as DueUpload | undefined;
  return row ?? null;
}

/** When the worker should look again (the earliest due row), or null when nothing waits. */
export function nextDueAt(db: Database): Date | null {
  const row = db
    .prepare(`SELECT min(next_attempt_at) AS at FROM batch_uploads WHERE state IN ('pending', 'sent')`)
    .get() as { at: string | null };
  return row.at ? new Date(row.at) : null;
}

/** `reason` and `error` are stored texts: a message written by `msg()`, or the office's own words. */
export type UploadOutcome =
  | { kind: 'acknowledged'; receipt: string }
  | { kind: 'sent'; askAgainAt: Date }
  | { kind: 'rejected'; reason: string }
  | { kind: 'failed'; error: string; retryAt: Date }
  /** Asking about a batch the office is checking did not get through: stay sent, ask later. */
  | { kind: 'askFailed'; error: string; retryAt: Date }
  /** The office has no record of it (asked after a 202): send it again at `retryAt`. */
  | { kind: 'unknown'; retryAt: Date };

export function recordOutcome(
  db: Database,
  batchId: string,
  outcome: UploadOutcome,
  now: Date,
  endpoint: string,
): void {
  const at = now.toISOString();
  const base = { batchId, at, endpoint };
  switch (outcome.kind) {
    case 'acknowledged':
      db.prepare(
        `UPDATE batch_uploads SET state = 'acknowledged', attempts = attempts + 1, receipt = @receipt,
           acknowledged_at = @at, sent_at = coalesce(sent_at, @at), next_attempt_at = NULL,
           last_error = NULL, reason = NULL, endpoint = @endpoint, updated_at = @at
         WHERE batch_id = @batchId`,
      ).run({ ...base, receipt: outcome.receipt });
      return;
    case 'sent':
      db.prepare(
        `UPDATE batch_uploads SET state = 'sent', attempts = attempts + 1, sent_at = coalesce(sent_at, @at),
           next_attempt_at = @next, last_error = NULL, endpoint = @endpoint, updated_at = @at
         WHERE batch_id = @batchId`,
      ).run({ ...base, next: outcome.askAgainAt.toISOString() });
      return;
    case 'rejected':
      db.prepare(
        `UPDATE batch_uploads SET state = 'rejected', attempts = attempts + 1, reason = @reason,
           next_attempt_at = NULL, last_error = NULL, endpoint = @endpoint, updated_at = @at
         WHERE batch_id = @batchId`,
      ).run({ ...base, reason: outcome.reason });
      return;
    case 'failed':
      db.prepare(
        `UPDATE batch_uploads SET state = 'pending', attempts = attempts + 1, last_error = @error,
           next_attempt_at = @next, endpoint = @endpoint, updated_at = @at
         WHERE batch_id = @batchId`,
      ).run({ ...base, error: outcome.error, next: outcome.retryAt.toISOString() });
      return;
    case 'askFailed':
      db.prepare(
        `UPDATE batch_uploads SET attempts = attempts + 1, last_error = @error, next_attempt_at = @next,
           endpoint = @endpoint, updated_at = @at
         WHERE batch_id = @batchId`,
      ).run({ ...base, error: outcome.error, next: outcome.retryAt.toISOString() });
      return;
    case 'unknown':
      db.prepare(
        `UPDATE batch_uploads SET state = 'pending', attempts = attempts + 1, next_attempt_at = @next,
           last_error = @error, endpoint = @endpoint, updated_at = @at
         WHERE batch_id = @batchId`,
      ).run({ ...base, error: msg('batches.upload.unknownResent'), next: outcome.retryAt.toISOString() });
      return;
  }
}

/**
 * A problem before anything was sent (the batch's files cannot be found or rebuilt): retry later.
 * `error` is a stored text (`msg()`).
 */
export function recordLocalProblem(
  db: Database,
  batchId: string,
  error: string,
  retryAt: Date,
  now: Date,
): void {
  db.prepare(
    `UPDATE batch_uploads SET last_error = ?, next_attempt_at = ?, attempts = attempts + 1, updated_at = ?
     WHERE batch_id = ?`,
  ).run(error, retryAt.toISOString(), now.toISOString(), batchId);
}

/** The zip made for a batch: its size and SHA-256, so later attempts need not read it again. */
export function recordPackage(db: Database, batchId: string, bytes: number, sha256: string): void {
  db.prepare('UPDATE batch_uploads SET package_bytes = ?, package_sha256 = ? WHERE batch_id = ?').run(
    bytes,
    sha256,
    batchId,
  );
}

export function packageOf(db: Database, batchId: string): { bytes: number; sha256: string } | null {
  const row = db
    .prepare('SELECT package_bytes AS bytes, package_sha256 AS sha256 FROM batch_uploads WHERE batch_id = ?')
    .get(batchId) as { bytes: number | null; sha256: string | null } | undefined;
  return row?.bytes != null && row.sha256 != null ? { bytes: row.bytes, sha256: row.sha256 } : null;
}
