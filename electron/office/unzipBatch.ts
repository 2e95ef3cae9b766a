// Unpacking an uploaded batch zip for the receiver, without trusting it: only one batch folder
// with a batch's file names (what a person's zip tool adds around them is skipped: folder entries,
// macOS's `__MACOSX/` resource forks and `.DS_Store`, Windows' `Thumbs.db`), every entry inflated with its declared size as a hard ceiling (a
// "zip bomb" that declares little and inflates to much is cut off, not obeyed) and checked against
// its declared size and CRC, and the whole unpacked size bounded. Entries are read one at a time
// from the file on disk, so memory holds one file of the batch, not the whole upload.
import { closeSync, fstatSync, fsyncSync, mkdirSync, openSync, readSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, inflateRawSync } from 'node:zlib';
import { BATCH_FILES, parseBatchFolderName } from '../../shared/batch/format';

const ALLOWED = new Set<string>(Object.values(BATCH_FILES));
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The most an upload, and a batch unpacked from it, may weigh (a year of a busy till is far less). */
export const MAX_BATCH_BYTES = 512 * 1024 * 1024;

export class NotABatch extends Error {}

/**
 * Entries a zip made by hand carries beside the batch's files, never written out: folder entries
 * (`zip -r`, Windows' "Send to compressed folder"), macOS Archive Utility's `__MACOSX/` tree and
 * AppleDouble `._name` files, Finder's `.DS_Store`, Explorer's `Thumbs.db` and `desktop.ini`.
 */
function isZipperLitter(name: string): boolean {
  if (name.endsWith('/')) return true;
  const parts = name.split('/');
  if (parts[0] === '__MACOSX') return true;
  const base = parts.at(-1) ?? '';
  return base === '.DS_Store' || base === 'Thumbs.db' || base === 'desktop.ini' || base.startsWith('._');
}

interface Entry {
  name: string;
  method: number;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

function readAt(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  let at = 0;
  while (at < length) {
    const read = readSync(fd, buffer, at, length - at, position + at);
    if (read === 0) throw new NotABatch('zip rusak (berkas terpotong)');
    at += read;
  }
  return buffer;
}

function centralDirectory(fd: number, size: number): Entry[] {
  const tailLength = Math.min(size, 22 + 65_535);
  if (tailLength < 22) throw new NotABatch('zip rusak (terlalu pendek)');
  const tail = readAt(fd, size - tailLength, tailLength);
  let end = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new NotABatch('zip rusak (tidak ada daftar isi)');
  const count = tail.readUInt16LE(end + 10);
  const cdSize = tail.readUInt32LE(end + 12);
  const cdOffset = tail.readUInt32LE(end + 16);
  if (count > 256 || cdOffset + cdSize > size) throw new NotABatch('zip rusak (daftar isi tidak masuk akal)');
  const cd = readAt(fd, cdOffset, cdSize);
  const entries: Entry[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > cd.length || cd.readUInt32LE(at) !== CENTRAL) throw new NotABatch('zip rusak (daftar isi)');
    const nameLength = cd.readUInt16LE(at + 28);
    const extraLength = cd.readUInt16LE(at + 30);
    const commentLength = cd.readUInt16LE(at + 32);
    entries.push({
      method: cd.readUInt16LE(at + 10),
      crc: cd.readUInt32LE(at + 16),
      compressed: cd.readUInt32LE(at + 20),
      size: cd.readUInt32LE(at + 24),
      offset: cd.readUInt32LE(at + 42),
      name: cd.subarray(at + 46, at + 46 + nameLength).toString('utf8'),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function inflate(fd: number, entry: Entry, fileSize: number): Buffer {
  const head = readAt(fd, entry.offset, 30);
  if (head.readUInt32LE(0) !== LOCAL) throw new NotABatch(`zip rusak (${entry.name})`);
  const start = entry.offset + 30 + head.readUInt16LE(26) + head.readUInt16LE(28);
  if (start + entry.compressed > fileSize) throw new NotABatch(`zip rusak (${entry.name} terpotong)`);
  const raw = readAt(fd, start, entry.compressed);
  let data: Buffer;
  if (entry.method === 0) data = raw;
  else if (entry.method === 8) {
    try {
      // The declared size is the ceiling: more output than declared is refused, not produced.
      data = entry.size === 0 ? Buffer.alloc(0) : inflateRawSync(raw, { maxOutputLength: entry.size });
    } catch {
      throw new NotABatch(`${entry.name} tidak cocok dengan ukuran yang disebut zip`);
    }
  } else throw new NotABatch(`${entry.name} memakai kompresi yang tidak dikenal`);
  if (data.length !== entry.size || crc32(data) >>> 0 !== entry.crc) {
    throw new NotABatch(`${entry.name} rusak (ukuran atau CRC tidak cocok)`);
  }
  return data;
}

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
  const fd = openSync(zipPath, 'r');
  try {
    const size = fstatSync(fd).size;
    // Zips from older Windows tools separate folders with `\`; the names are only ever matched
    // against the batch's own file names below, so this cannot lead anywhere else.
    const entries = centralDirectory(fd, size)
      .map((entry) => ({ ...entry, name: entry.name.replaceAll('\\', '/') }))
      .filter((entry) => !isZipperLitter(entry.name));
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
      writeDurably(join(target, entry.name.split('/')[1] as string), inflate(fd, entry, size));
    }
    return target;
  } finally {
    closeSync(fd);
  }
}
