// The body of the upload check's worker thread (checkUploadInWorker in checkUpload.ts): checks the
// one upload it was given and posts the result back. Built into out/office/checkUploadWorker.mjs
// beside the office server's bundle; from the sources, checkUploadWorker.mjs loads this file.
import { parentPort, workerData } from 'node:worker_threads';
import { checkUpload, type UploadJob } from './checkUpload';

try {
  parentPort?.postMessage({ ok: true, check: checkUpload(workerData as UploadJob) });
} catch (error) {
  parentPort?.postMessage({
    ok: false,
    error: error instanceof Error ? (error.stack ?? error.message) : String(error),
  });
}
