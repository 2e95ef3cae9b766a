// Unpacking an uploaded batch zip for the receiver, without trusting it: only one batch folder
// with a batch's file names (what a person's zip tool adds around them is skipped: folder entries,
// macOS's `__MACOSX/` resource forks and `.DS_Store`, Windows' `Thumbs.db`), every entry inflated
// with its declared size as a hard ceiling and checked against its declared size and CRC, and the
// whole unpacked size bounded (electron/core/zip/readZip.ts reads the zip). Entries are read one at
// a time from the file on disk, so memory holds one file of the batch, not the whole upload.
import { closeSync, fsyncSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { BATCH_FILES, parseBatchFolderName } from '../../shared/batch/format';
import { isZipperLitter, openZip, ZipProblem } from '../core/zip/readZip';

const ALLOWED = new Set<string>(Object.values(BATCH_FILES));

/** The most an upload, and a batch unpacked from it, may weigh (a year of a busy till is far less). */
export const MAX_BATCH_BYTES = 512 * 1024 * 1024;

export class NotABatch extends Error {}

function writeDurably(path: string, data: Buffer): void {
  const fd = openSync(path, 'wx');
  try {
    let at = 0;
    while (at < data.length) at += writeSync(fd, data, at, data.length - at);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Unpacks `zipPath` into `<into>/<batch folder>/`, each file fsynced; the folder's path. Throws
 * NotABatch (with an Indonesian reason) for anything that is not one batch folder.
 */
export function unzipBatch(zipPath: string, into: string, maxBytes: number): string {
  let zip: ReturnType<typeof openZip>;
  try {
    zip = openZip(zipPath);
  } catch (error) {
    if (error instanceof ZipProblem) throw new NotABatch(error.message);
    throw error;
  }
  try {
    const entries = zip.entries.filter((entry) => !isZipperLitter(entry.name));
    if (entries.length === 0) throw new NotABatch('zip kosong');
    let folder: string | null = null;
    let total = 0;
    const names = new Set<string>();
    for (const entry of entries) {
      const parts = entry.name.split('/');
      const [top, file] = parts;
      if (parts.length !== 2 || !top || !file || !parseBatchFolderName(top) || !ALLOWED.has(file)) {
        throw new NotABatch(`berkas ${entry.name.slice(0, 120)} tidak dikenal`);
      }
      if (folder !== null && folder !== top) throw new NotABatch('lebih dari satu folder batch');
      if (names.has(file)) throw new NotABatch(`berkas ${file} ada dua kali`);
      names.add(file);
      folder = top;
      total += entry.size;
      if (total > maxBytes) throw new NotABatch('terlalu besar setelah dibuka');
    }
    const target = join(into, folder as string);
    mkdirSync(target, { recursive: true });
    for (const entry of entries) {
      let data: Buffer;
      try {
        data = zip.read(entry);
      } catch (error) {
        if (error instanceof ZipProblem) throw new NotABatch(error.message);
        throw error;
      }
      writeDurably(join(target, entry.name.split('/')[1] as string), data);
    }
    return target;
  } finally {
    zip.close();
  }
}
