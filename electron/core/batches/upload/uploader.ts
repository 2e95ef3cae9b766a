// The upload worker: the engine's second background task (after printing). It takes the due
// batches of the outbox one at a time, oldest number first, packs each into a zip, sends it with
// its idempotency key and records the office's answer. While the till is offline it backs off:
// 30 s, 1 min, 2 min ... up to 30 minutes between attempts, and never gives up on its own.
import type { Database } from 'better-sqlite3';
import { msg, msgOf } from '../../../../shared/messages';
import type { EngineContext } from '../../context';
import { EngineError } from '../../errors';
import { getBatch } from '../listBatches';
import { nextDue, nextDueAt, recordLocalProblem, recordOutcome, type UploadOutcome } from './outbox';
import { packageBatch, removePackage, sweepOutbox } from './packageBatch';
import { askStatus, DEFAULT_SEND_TIMEOUTS, type OfficeAnswer, type SendTimeouts, sendBatch } from './send';
import { uploadTarget } from './uploadSettings';

const BACKOFF_BASE_MS = 30_000;
const BACKOFF_CAP_MS = 30 * 60_000;
/** Look at the outbox at least this often while the app runs. */
const SAFETY_POLL_MS = 5 * 60_000;
/** After an unexpected failure of a pass, look again no sooner than this. */
const ERROR_PAUSE_MS = 60_000;
/** After a 202, ask the office again this long later. */
const ASK_AGAIN_MS = 30_000;

/** 30 s, 1 min, 2 min, 4 min ... up to 30 minutes; `attempt` counts from 1. */
export function uploadBackoffMs(attempt: number, baseMs = BACKOFF_BASE_MS): number {
  return Math.min(BACKOFF_CAP_MS, baseMs * 2 ** Math.max(0, attempt - 1));
}

export interface UploadOptions {
  /** Start the background worker (the app doors do; the command line and unit tests do not). */
  run?: boolean;
  /** First retry delay (tests shorten it); doubles per attempt up to 30 minutes. */
  backoffBaseMs?: number;
  /** How long after a 202 to ask the office again. */
  askAgainMs?: number;
  timeouts?: Partial<SendTimeouts>;
}

export interface UploadRuntime {
  start(): void;
  stop(): void;
  /** Something was queued or made due: look now. */
  kick(): void;
  /** Sends every due batch once (tests and the command line drive the outbox with it). */
  runOnce(): Promise<number>;
}

export function createUploader(getCtx: () => EngineContext, options: UploadOptions = {}): UploadRuntime {
  const timeouts: SendTimeouts = { ...DEFAULT_SEND_TIMEOUTS, ...options.timeouts };
  const askAgainMs = options.askAgainMs ?? ASK_AGAIN_MS;
  let running = false;
  let busy: Promise<number> | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let abort = new AbortController();

  /** What the office's answer means for the row; `asking`: it answered a status question. */
  function toOutcome(answer: OfficeAnswer, attempts: number, now: Date, asking: boolean): UploadOutcome {
    const later = new Date(now.getTime() + uploadBackoffMs(attempts + 1, options.backoffBaseMs));
    switch (answer.kind) {
      case 'acknowledged':
        return answer;
      case 'rejected':
        return answer;
      case 'accepted':
        return { kind: 'sent', askAgainAt: new Date(now.getTime() + askAgainMs) };
      case 'unknown':
        // Backed off too: an address whose status path always answers 404 must not mean a full
        // upload every 30 seconds over a phone's data.
        return { kind: 'unknown', retryAt: later };
      case 'retry':
        // The office has the batch and is checking it: ask again later, do not send it again.
        return asking
          ? { kind: 'askFailed', error: answer.error, retryAt: later }
          : { kind: 'failed', error: answer.error, retryAt: later };
    }
  }

  async function sendOne(db: Database, signal: AbortSignal): Promise<boolean> {
    const ctx = getCtx();
    const target = uploadTarget(db);
    if (!target) return false; // Upload is off: the queue waits until it is set up again.
    const due = nextDue(db, ctx.now());
    if (!due) return false;
    const batch = getBatch(db, due.batchId);
    let answer: OfficeAnswer;
    if (due.state === 'sent') {
      answer = await askStatus(target, due.idempotencyKey, timeouts, signal);
    } else {
      let file: Awaited<ReturnType<typeof packageBatch>>;
      try {
        file = await packageBatch(ctx, batch);
      } catch (error) {
        // Stored as a message: the list of batches words it in the person's language.
        const message =
          error instanceof EngineError
            ? msgOf(error.ref)
            : msg('batches.upload.notPrepared', {
                seq: batch.seq,
                detail: error instanceof Error ? error.message : String(error),
              });
        ctx.log.error('batch.upload.package', error, { seq: batch.seq });
        if (!db.open) return false;
        const now = ctx.now();
        recordLocalProblem(
          db,
          batch.id,
          message,
          new Date(now.getTime() + uploadBackoffMs(due.attempts + 1, options.backoffBaseMs)),
          now,
        );
        return true;
      }
      answer = await sendBatch(
        {
          target,
          idempotencyKey: due.idempotencyKey,
          batchName: batch.name,
          device: batch.device,
          manifestSha256: batch.manifestSha256,
          file,
        },
        timeouts,
        signal,
      );
    }
    // The app may have closed while the office was slow; the row resumes on the next start.
    if (!db.open || signal.aborted) return false;
    const now = ctx.now();
    const outcome = toOutcome(answer, due.attempts, now, due.state === 'sent');
    recordOutcome(db, batch.id, outcome, now, target.url);
    ctx.log.info('batch.upload', { seq: batch.seq, outcome: outcome.kind, attempt: due.attempts + 1 });
    // Acknowledged: no longer needed. Rejected: made afresh if sent again (it may be what was wrong).
    if (outcome.kind === 'acknowledged' || outcome.kind === 'rejected') removePackage(ctx.dbPath, batch);
    return true;
  }

  async function drain(): Promise<number> {
    let count = 0;
    const ctx = getCtx();
    // This pass's own signal: a stop() and start() during the pass must not be taken for its own.
    const signal = abort.signal;
    if (ctx.db.open) {
      const swept = sweepOutbox(ctx.db, ctx.dbPath);
      if (swept.length > 0) ctx.log.info('batch.upload.swept', { files: swept.join(',') });
    }
    for (;;) {
      const db = getCtx().db;
      if (!db.open) return count;
      if (!(await sendOne(db, signal))) return count;
      count++;
    }
  }

  function runOnce(): Promise<number> {
    // One pass at a time: a kick during a pass waits for it and then looks again.
    const pass = (busy ?? Promise.resolve(0)).catch(() => 0).then(() => drain());
    const tracked = pass.finally(() => {
      if (busy === tracked) busy = null;
    });
    busy = tracked;
    return tracked;
  }

  function schedule(delay: number): void {
    if (!running) return;
    if (timer) clearTimeout(timer);
    // Timers are 32-bit: a far-off attempt is looked at again within a day.
    timer = setTimeout(() => void loop(), Math.min(Math.max(0, delay), 86_400_000));
    timer.unref?.();
  }

  async function loop(): Promise<void> {
    timer = null;
    if (!running) return;
    let failed = false;
    try {
      await runOnce();
    } catch (error) {
      failed = true;
      getCtx().log.error('batch.upload.failed', error);
    }
    const db = getCtx().db;
    if (!running || !db.open) return;
    // Also a slow look now and then: a batch queued or settings changed by another process (the
    // command line) reach this worker without a kick.
    const due = uploadTarget(db) ? nextDueAt(db) : null;
    const wait = due ? Math.min(due.getTime() - getCtx().now().getTime(), SAFETY_POLL_MS) : SAFETY_POLL_MS;
    // After an unexpected failure, a row that is still due must not spin the loop.
    schedule(failed ? Math.max(wait, ERROR_PAUSE_MS) : wait);
  }

  return {
    start() {
      if (running) return;
      running = true;
      abort = new AbortController();
      schedule(0);
    },
    stop() {
      running = false;
      abort.abort();
      if (timer) clearTimeout(timer);
      timer = null;
    },
    kick() {
      schedule(0);
    },
    runOnce,
  };
}
