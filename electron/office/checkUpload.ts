// The heavy part of receiving an upload, unpacking the zip and checking the batch exactly as
// `karya batch verify` does, run in a worker thread so the receiver's event loop stays free:
// `/health` and other uploads' bodies are answered while a large upload is checked. The worker
// (uploadWorker.ts) runs this file's checkUpload; the receiver calls checkUploadInWorker. The worker
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

/** checkUpload in a worker thread of its own; an unexpected error comes back as a rejection. */
export function checkUploadInWorker(job: UploadJob): Promise<UploadCheck> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./checkUploadWorker.mjs', import.meta.url), { workerData: job });
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
