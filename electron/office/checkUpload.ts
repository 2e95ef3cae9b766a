// The heavy part of receiving an upload, unpacking the zip and checking the batch exactly as
// `karya batch verify` does, run in a worker thread so the receiver's event loop stays free:
// `/health` and other uploads' bodies are answered while a large upload is checked. The worker
// (uploadWorker.ts) runs this file's checkUpload; the receiver calls checkUploadInWorker. Batch
// folders already on disk (a USB stick, the watched folder, the archive at start) are checked by
// one long-lived worker of the process (checkFolderInWorker), so many folders pay for its start
// once and the office checks the next folder while it stores the one before. The worker
// is started as ./checkUploadWorker.mjs beside this module: from the sources that file runs
// uploadWorker.ts through tsx; built (scripts/build/node.mjs) it is uploadWorker.ts bundled, in the
// same folder as the office server's bundle and its chunks.
import { Worker } from 'node:worker_threads';
import { NotABatch, unzipBatch } from './unzipBatch';
import { type VerifyReport, verifyBatches } from './verifyBatches';

export interface UploadJob {
  /** The received body. */
  zipPath: string;
  /** The upload's own work folder, where the batch folder is unpacked. */
  work: string;
  maxBytes: number;
}

export type UploadCheck =
  | { kind: 'notABatch'; message: string }
  | { kind: 'checked'; folder: string; report: VerifyReport };

/** Unpacks and verifies, on the calling thread. */
export function checkUpload(job: UploadJob): UploadCheck {
  let folder: string;
  try {
    folder = unzipBatch(job.zipPath, job.work, job.maxBytes);
  } catch (error) {
    if (!(error instanceof NotABatch)) throw error;
    return { kind: 'notABatch', message: error.message };
  }
  return { kind: 'checked', folder, report: verifyBatches([folder]) };
}

/** A batch folder already on disk, to be checked where it is. */
export interface FolderJob {
  folder: string;
}

/** Checks a folder as `karya batch verify` does, on the calling thread. */
export function checkFolder(job: FolderJob): VerifyReport {
  return verifyBatches([job.folder]);
}

const WORKER_URL = new URL('./checkUploadWorker.mjs', import.meta.url);

/**
 * A check makes much short-lived garbage (a week's batch is a few MB of JSON, parsed line by line).
 * V8's default young generation (up to 48 MB per thread) let each checking thread hold about 40 MB
 * more than it needs; 8 MB costs the check about 10% more CPU, on a thread that works beside the
 * store, and kept the embedded office's whole-year ingest under its memory target
 * (docs/performance.md).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8 };

type FolderAnswer = { id: number; ok: true; report: VerifyReport } | { id: number; ok: false; error: string };

/**
 * The process's folder checker: one worker thread taking folders in turn. It does not keep the
 * process alive while idle; if it dies, the folders it held are refused with the error and the
 * next folder starts a new one.
 */
class FolderChecker {
  private readonly worker = new Worker(WORKER_URL, {
    workerData: { persistent: true },
    resourceLimits: WORKER_LIMITS,
  });
  private readonly pending = new Map<
    number,
    { resolve: (r: VerifyReport) => void; reject: (e: Error) => void }
  >();
  private nextId = 1;
  dead = false;

  constructor() {
    this.worker.unref();
    this.worker.on('message', (answer: FolderAnswer) => {
      const waiting = this.pending.get(answer.id);
      if (!waiting) return;
      this.pending.delete(answer.id);
      if (this.pending.size === 0) this.worker.unref();
      if (answer.ok) waiting.resolve(answer.report);
      else waiting.reject(new Error(answer.error));
    });
    const fail = (error: Error) => {
      this.dead = true;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => fail(new Error(`the folder check stopped (exit ${code})`)));
  }

  check(job: FolderJob): Promise<VerifyReport> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.ref();
      this.worker.postMessage({ id, job });
    });
  }
}

let checker: FolderChecker | null = null;

/** checkFolder on the process's folder-checking worker thread. */
export function checkFolderInWorker(job: FolderJob): Promise<VerifyReport> {
  if (!checker || checker.dead) checker = new FolderChecker();
  return checker.check(job);
}

/** checkUpload in a worker thread of its own; an unexpected error comes back as a rejection. */
export function checkUploadInWorker(job: UploadJob): Promise<UploadCheck> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_URL, { workerData: job, resourceLimits: WORKER_LIMITS });
    let answered = false;
    worker.once('message', (message: { ok: true; check: UploadCheck } | { ok: false; error: string }) => {
      answered = true;
      if (message.ok) resolve(message.check);
      else reject(new Error(message.error));
    });
    worker.once('error', (error) => {
      answered = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`the upload check stopped (exit ${code}) without an answer`));
    });
  });
}
