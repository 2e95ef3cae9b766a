// The durable print queue in SQLite: a job is stored before anything is sent, so a printer that
// is off, out of paper or unplugged never costs a receipt, and an app restart loses nothing.
// Why a job failed (last_error) and what it warned of (warning) are stored as messages
// (shared/messages/stored.ts): each screen words them in its language, the command line in
// Indonesian. Rows from before hold Indonesian sentences; those read as they are.
import type { Database } from 'better-sqlite3';
import type { PrintJob, PrintJobKind } from '../../../shared/contract';
import type { MessageRef } from '../../../shared/messages';
import { msgOf } from '../../../shared/messages';
import type { PrintModel } from '../../../shared/receipt/model';
import { EngineError } from '../errors';

interface JobRow {
  id: number;
  kind: PrintJobKind;
  printer_id: number | null;
  printer_name: string | null;
  receipt_no: string | null;
  title: string;
  status: PrintJob['status'];
  attempts: number;
  last_error: string | null;
  warning: string | null;
  next_attempt_at: string | null;
  created_at: string;
  sent_at: string | null;
}

const SELECT_JOB = `
  SELECT j.id, j.kind, j.printer_id, p.name AS printer_name, j.receipt_no, j.title, j.status, j.attempts,
         j.last_error, j.warning, j.next_attempt_at, j.created_at, j.sent_at
  FROM print_jobs j LEFT JOIN printers p ON p.id = j.printer_id`;

function fromRow(row: JobRow): PrintJob {
  return {
    id: row.id,
    kind: row.kind,
    printerId: row.printer_id,
    printerName: row.printer_name,
    receiptNo: row.receipt_no,
    title: row.title,
    status: row.status,
    attempts: row.attempts,
    lastError: row.last_error,
    warning: row.warning,
    nextAttemptAt: row.next_attempt_at,
    createdAt: row.created_at,
    sentAt: row.sent_at,
  };
}

export function getJob(db: Database, id: number): PrintJob {
  const row = db.prepare(`${SELECT_JOB} WHERE j.id = ?`).get(id) as JobRow | undefined;
  if (!row) throw new EngineError('NOT_FOUND', 'printing.jobNotFound');
  return fromRow(row);
}

export interface NewJob {
  kind: PrintJobKind;
  printerId: number | null;
  saleId?: string | null;
  receiptNo?: string | null;
  title: string;
  model: PrintModel;
  createdBy: string | null;
}

export function enqueueJob(db: Database, job: NewJob, now: Date): PrintJob {
  const at = now.toISOString();
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO print_jobs (kind, printer_id, sale_id, receipt_no, title, payload, status, next_attempt_at,
         created_at, created_by)
       VALUES (?, ?, ?, ?, ?, ?, 'queued', ?, ?, ?)`,
    )
    .run(
      job.kind,
      job.printerId,
      job.saleId ?? null,
      job.receiptNo ?? null,
      job.title,
      JSON.stringify(job.model),
      at,
      at,
      job.createdBy,
    );
  return getJob(db, Number(lastInsertRowid));
}

/** The first print of a receipt, unless it was cancelled: asking twice does not print twice. */
export function findReceiptJob(db: Database, receiptNo: string): PrintJob | undefined {
  const row = db
    .prepare(
      `${SELECT_JOB} WHERE j.receipt_no = ? AND j.kind = 'receipt' AND j.status <> 'cancelled' ORDER BY j.id DESC LIMIT 1`,
    )
    .get(receiptNo) as JobRow | undefined;
  return row && fromRow(row);
}

export interface JobList {
  jobs: PrintJob[];
  pending: number;
  failed: number;
}

export function listJobs(db: Database, filter: { receiptNo?: string; limit?: number }): JobList {
  const limit = filter.limit ?? 50;
  const rows = (
    filter.receiptNo === undefined
      ? db.prepare(`${SELECT_JOB} ORDER BY j.id DESC LIMIT ?`).all(limit)
      : db
          .prepare(`${SELECT_JOB} WHERE j.receipt_no = ? ORDER BY j.id DESC LIMIT ?`)
          .all(filter.receiptNo, limit)
  ) as JobRow[];
  const counts = db
    .prepare(
      `SELECT
         sum(status IN ('queued', 'sending') OR (status = 'failed' AND next_attempt_at IS NOT NULL)) AS pending,
         sum(status = 'failed' AND next_attempt_at IS NULL) AS failed
       FROM print_jobs WHERE status IN ('queued', 'sending', 'failed')`,
    )
    .get() as { pending: number | null; failed: number | null };
  return { jobs: rows.map(fromRow), pending: counts.pending ?? 0, failed: counts.failed ?? 0 };
}

/** Sends a waiting or failed job again now, with a fresh budget of automatic attempts. */
export function retryJob(db: Database, id: number, now: Date): PrintJob {
  return db
    .transaction(() => {
      const job = getJob(db, id);
      if (job.status === 'sent') throw new EngineError('CONFLICT', 'printing.jobPrintedUseReprint');
      if (job.status === 'sending') throw new EngineError('CONFLICT', 'printing.jobSending');
      db.prepare(
        `UPDATE print_jobs SET status = 'queued', attempts = 0, last_error = NULL, next_attempt_at = ? WHERE id = ?`,
      ).run(now.toISOString(), id);
      return getJob(db, id);
    })
    .immediate();
}

export function cancelJob(db: Database, id: number): PrintJob {
  return db
    .transaction(() => {
      const job = getJob(db, id);
      if (job.status === 'sent') throw new EngineError('CONFLICT', 'printing.jobPrinted');
      if (job.status === 'sending') {
        throw new EngineError('CONFLICT', 'printing.jobSendingWait');
      }
      if (job.status !== 'cancelled') {
        db.prepare(`UPDATE print_jobs SET status = 'cancelled', next_attempt_at = NULL WHERE id = ?`).run(id);
      }
      return getJob(db, id);
    })
    .immediate();
}

export interface ClaimedJob {
  id: number;
  kind: PrintJobKind;
  printerId: number | null;
  title: string;
  model: PrintModel;
  attempts: number;
}

/** Takes the next due job and marks it `sending`, in one transaction, so no job goes out twice. */
export function claimNextJob(db: Database, now: Date): ClaimedJob | undefined {
  return db
    .transaction(() => {
      const row = db
        .prepare(
          `SELECT id, kind, printer_id AS printerId, title, payload, attempts FROM print_jobs
           WHERE status IN ('queued', 'failed') AND next_attempt_at IS NOT NULL AND next_attempt_at <= ?
           ORDER BY next_attempt_at, id LIMIT 1`,
        )
        .get(now.toISOString()) as (Omit<ClaimedJob, 'model'> & { payload: string }) | undefined;
      if (!row) return undefined;
      db.prepare(`UPDATE print_jobs SET status = 'sending', attempts = attempts + 1 WHERE id = ?`).run(
        row.id,
      );
      const { payload, ...rest } = row;
      return { ...rest, attempts: row.attempts + 1, model: JSON.parse(payload) as PrintModel };
    })
    .immediate();
}

export function markSent(db: Database, id: number, now: Date, warning: MessageRef | null): void {
  db.prepare(
    `UPDATE print_jobs SET status = 'sent', sent_at = ?, last_error = NULL, warning = ?, next_attempt_at = NULL
     WHERE id = ?`,
  ).run(now.toISOString(), warning && msgOf(warning), id);
}

/** Records a failed attempt and why; `retryAt` null means no automatic retry (a person decides). */
export function markFailed(db: Database, id: number, error: MessageRef, retryAt: Date | null): void {
  db.prepare(`UPDATE print_jobs SET status = 'failed', last_error = ?, next_attempt_at = ? WHERE id = ?`).run(
    msgOf(error),
    retryAt?.toISOString() ?? null,
    id,
  );
}

/** After a crash mid-send: jobs left `sending` go back to the queue (a receipt may print twice, never zero times). */
export function requeueInterrupted(db: Database, now: Date): number {
  return db
    .prepare(`UPDATE print_jobs SET status = 'queued', next_attempt_at = ? WHERE status = 'sending'`)
    .run(now.toISOString()).changes;
}

/** When the next job is due, for the worker's timer. */
export function nextDueAt(db: Database): Date | null {
  const row = db
    .prepare(
      `SELECT min(next_attempt_at) AS at FROM print_jobs
       WHERE status IN ('queued', 'failed') AND next_attempt_at IS NOT NULL`,
    )
    .get() as { at: string | null };
  return row.at === null ? null : new Date(row.at);
}
