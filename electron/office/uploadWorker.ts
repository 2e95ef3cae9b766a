// The body of the office's check worker threads (checkUpload.ts). Started with an upload job, it
// checks that one upload and posts the result back (checkUploadInWorker). Started as the
// process's folder checker (`{persistent: true}`), it takes folder jobs by message, one at a time,
// and answers each by its id (checkFolderInWorker). Built into out/office/checkUploadWorker.mjs
// beside the office server's bundle; from the sources, checkUploadWorker.mjs loads this file.
import { parentPort, workerData } from 'node:worker_threads';
import { checkFolder, checkUpload, type FolderJob, type UploadJob } from './checkUpload';

const errorText = (error: unknown) =>
  error instanceof Error ? (error.stack ?? error.message) : String(error);

if ((workerData as { persistent?: boolean } | null)?.persistent) {
  parentPort?.on('message', ({ id, job }: { id: number; job: FolderJob }) => {
    try {
      parentPort?.postMessage({ id, ok: true, report: checkFolder(job) });
    } catch (error) {
      parentPort?.postMessage({ id, ok: false, error: errorText(error) });
    }
  });
} else {
  try {
    parentPort?.postMessage({ ok: true, check: checkUpload(workerData as UploadJob) });
  } catch (error) {
    parentPort?.postMessage({ ok: false, error: errorText(error) });
  }
}
