// Writes catalogue files off the main thread, so exporting 50,000 products never freezes the
// screen. Plain messages in, plain messages out; the writing itself is shared/catalogueFile.ts.

import type { FileJob } from './fileJobs';
import { handleFileJob } from './fileJobs';

const scope = self as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<FileJob & { id: number }>) => void): void;
  postMessage(message: unknown, transfer: Transferable[]): void;
};

scope.addEventListener('message', (event) => {
  const { id, ...job } = event.data;
  const reply = handleFileJob(job);
  const transfer = reply.ok ? [reply.bytes] : [];
  scope.postMessage({ id, ...reply }, transfer);
});
