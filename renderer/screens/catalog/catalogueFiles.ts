// Catalogue files in the renderer: write export/template files in a Web Worker, and hand a
// finished file to the user as a download. (Import files are read by the engine.) If the worker cannot start (a
// locked-down window), the same code runs here instead: slower for huge files, but it works.
import type { CatalogueExport } from '../../../shared/catalogueFile';
import type { FileFormat, FileJob, FileJobReply } from './fileJobs';

export type { FileFormat };

let worker: Worker | null | undefined;
let nextId = 1;
const waiting = new Map<number, (reply: FileJobReply | null) => void>();

function startWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./catalogueFile.worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<FileJobReply & { id: number }>) => {
      const { id, ...reply } = event.data;
      waiting.get(id)?.(reply as FileJobReply);
      waiting.delete(id);
    });
    // A worker that fails to load answers nothing: give every waiting job back to the main thread.
    worker.addEventListener('error', () => {
      worker = null;
      for (const [id, resolve] of waiting) {
        waiting.delete(id);
        resolve(null);
      }
    });
  } catch {
    worker = null;
  }
  return worker;
}

async function run(job: FileJob, transfer: Transferable[]): Promise<FileJobReply> {
  const w = startWorker();
  if (w) {
    const id = nextId++;
    const reply = await new Promise<FileJobReply | null>((resolve) => {
      waiting.set(id, resolve);
      w.postMessage({ id, ...job }, transfer);
    });
    if (reply) return reply;
  }
  const { handleFileJob } = await import('./fileJobs');
  return handleFileJob(job);
}

export const MIME: Record<FileFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export async function writeTable(table: CatalogueExport, format: FileFormat): Promise<Blob> {
  const reply = await run({ kind: 'write', format, table }, []);
  if (!reply.ok) throw new Error(reply.message);
  return new Blob([reply.bytes], { type: MIME[format] });
}

/** Saves `blob` through the browser's download (Electron shows its save dialog). */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
