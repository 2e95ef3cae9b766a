// Reads and writes catalogue files off the main thread, so a 50,000-row file never freezes the
// screen. Plain messages in, plain messages out; the parsing itself is shared/catalogueFile.ts.

import type { FileJob } from './fileJobs';
import { handleFileJob } from './fileJobs';

const scope = self as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<FileJob & { id: number }>) => void): void;
  postMessage(message: unknown, transfer: Transferable[]): void;
};

scope.addEventListener('message', (event) => {
  const { id, ...job } = event.data;
  const reply = handleFileJob(job);
  const transfer = reply.ok && reply.kind === 'written' ? [reply.bytes] : [];
  scope.postMessage({ id, ...reply }, transfer);
});
