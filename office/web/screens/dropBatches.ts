// Batch folders dropped on the Receive page, or chosen with its folder picker, from any computer
// that opens the office's page (the path form only reaches folders on the server's own disk).
// A batch folder is a folder holding `manifest.json`; its files (not its subfolders) are zipped in
// the browser, one zip per batch, and sent to POST /api/import, where they get the same check
// (`karya batch verify`) and the same answer as an upload. A dropped `.zip` (a batch sent by mail)
// goes as it is. Anything else is left out and counted, so nobody wonders where it went.
import { zipSync } from 'fflate';

/** A file with its path below what was dropped or chosen, `/`-separated. */
export interface PickedFile {
  path: string;
  file: Blob;
}

export type BatchToSend =
  | { kind: 'folder'; name: string; files: { name: string; file: Blob }[] }
  | { kind: 'zip'; name: string; file: Blob };

export interface Grouped {
  batches: BatchToSend[];
  /** Files that belong to no batch folder and are no zip. */
  ignored: number;
}

const MANIFEST = 'manifest.json';

function parentOf(path: string): string {
  const cut = path.lastIndexOf('/');
  return cut < 0 ? '' : path.slice(0, cut);
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/**
 * Batches in what was dropped: each folder with a manifest (its own files only; a subfolder is
 * another folder), and each zip outside those folders. In name order, so a till's batches go in
 * their number order (`BTH1-batch-000001-…` before `…-000002-…`).
 */
export function groupBatches(files: readonly PickedFile[]): Grouped {
  const paths = files.map((f) => f.path.replaceAll('\\', '/').replace(/^\/+/, ''));
  const batchDirs = new Set(paths.filter((p) => baseName(p) === MANIFEST).map(parentOf));
  const folders = new Map<string, { name: string; file: Blob }[]>();
  const batches: BatchToSend[] = [];
  let ignored = 0;
  files.forEach((picked, i) => {
    const path = paths[i] ?? '';
    const dir = parentOf(path);
    if (batchDirs.has(dir)) {
      const list = folders.get(dir) ?? [];
      list.push({ name: baseName(path), file: picked.file });
      folders.set(dir, list);
    } else if (/\.zip$/i.test(path)) {
      batches.push({ kind: 'zip', name: baseName(path).replace(/\.zip$/i, ''), file: picked.file });
    } else ignored++;
  });
  for (const [dir, list] of folders) {
    // A manifest dropped by itself (no folder around it) is named for what it says it is.
    batches.push({ kind: 'folder', name: baseName(dir) || 'batch', files: list });
  }
  batches.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { batches, ignored };
}

/** The zip POST /api/import takes: one folder named as the batch, its files inside, stored as they are. */
export async function zipOf(batch: BatchToSend): Promise<Uint8Array> {
  if (batch.kind === 'zip') return new Uint8Array(await batch.file.arrayBuffer());
  const entries: Record<string, Uint8Array> = {};
  for (const { name, file } of batch.files) {
    entries[`${batch.name}/${name}`] = new Uint8Array(await file.arrayBuffer());
  }
  // Level 0: the workbook is a zip already, and the office is on the same network; speed wins.
  return zipSync(entries, { level: 0 });
}
