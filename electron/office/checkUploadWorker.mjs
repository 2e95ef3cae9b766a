// The worker thread of checkUploadInWorker (checkUpload.ts): loads the TypeScript sources the way
// `npx karya` does, checks one upload and posts the result back.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { checkUpload } = await import('./checkUpload.ts');
try {
  parentPort?.postMessage({ ok: true, check: checkUpload(workerData) });
} catch (error) {
  parentPort?.postMessage({
    ok: false,
    error: error instanceof Error ? (error.stack ?? error.message) : String(error),
  });
}
