// Reading a zip someone handed us, without trusting it: the central directory is read from the end
// of the file on disk, each entry is inflated with its declared size as a hard ceiling (a "zip
// bomb" that declares little and inflates to much is cut off, not obeyed) and checked against its
// declared size and CRC. Entries are read one at a time, so memory holds one file, not the whole
// zip. What a person's zip tool adds around the files (folder entries, macOS's `__MACOSX/` and
// `.DS_Store`, Windows' `Thumbs.db`) is recognised by isZipperLitter for the caller to skip.
//
// The batch receiver (electron/office/unzipBatch.ts) and the till's catalogue packages
// (electron/core/catalog/packages) both read zips through here; each decides which names it takes.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { crc32, inflateRawSync } from 'node:zlib';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Why a zip cannot be read, in Indonesian (callers wrap it in their own refusal). */
export class ZipProblem extends Error {}

export interface ZipEntry {
  /** As stored, with `\` (older Windows tools) turned into `/`. */
  name: string;
  method: number;
  crc: number;
  compressed: number;
  /** The declared size once inflated. */
  size: number;
  offset: number;
}

/**
 * Entries a zip made by hand carries beside the files, never taken: folder entries (`zip -r`,
 * Windows' "Send to compressed folder"), macOS Archive Utility's `__MACOSX/` tree and AppleDouble
 * `._name` files, Finder's `.DS_Store`, Explorer's `Thumbs.db` and `desktop.ini`.
 */
export function isZipperLitter(name: string): boolean {
  if (name.endsWith('/')) return true;
  const parts = name.split('/');
  if (parts[0] === '__MACOSX') return true;
  const base = parts.at(-1) ?? '';
  return base === '.DS_Store' || base === 'Thumbs.db' || base === 'desktop.ini' || base.startsWith('._');
}

function readAt(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  let at = 0;
  while (at < length) {
    const read = readSync(fd, buffer, at, length - at, position + at);
    if (read === 0) throw new ZipProblem('zip rusak (berkas terpotong)');
    at += read;
  }
  return buffer;
}

function centralDirectory(fd: number, size: number, maxEntries: number): ZipEntry[] {
  const tailLength = Math.min(size, 22 + 65_535);
  if (tailLength < 22) throw new ZipProblem('zip rusak (terlalu pendek)');
  const tail = readAt(fd, size - tailLength, tailLength);
  let end = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new ZipProblem('zip rusak (tidak ada daftar isi)');
  const count = tail.readUInt16LE(end + 10);
  const cdSize = tail.readUInt32LE(end + 12);
  const cdOffset = tail.readUInt32LE(end + 16);
  if (count > maxEntries || cdOffset + cdSize > size)
    throw new ZipProblem('zip rusak (daftar isi tidak masuk akal)');
  const cd = readAt(fd, cdOffset, cdSize);
  const entries: ZipEntry[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > cd.length || cd.readUInt32LE(at) !== CENTRAL)
      throw new ZipProblem('zip rusak (daftar isi)');
    const nameLength = cd.readUInt16LE(at + 28);
    const extraLength = cd.readUInt16LE(at + 30);
    const commentLength = cd.readUInt16LE(at + 32);
    entries.push({
      method: cd.readUInt16LE(at + 10),
      crc: cd.readUInt32LE(at + 16),
      compressed: cd.readUInt32LE(at + 20),
      size: cd.readUInt32LE(at + 24),
      offset: cd.readUInt32LE(at + 42),
      name: cd
        .subarray(at + 46, at + 46 + nameLength)
        .toString('utf8')
        .replaceAll('\\', '/'),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** An open zip: its entries, and a way to inflate one of them. Close it when done. */
export interface OpenZip {
  entries: ZipEntry[];
  /** The entry's bytes, checked against its declared size and CRC. */
  read(entry: ZipEntry): Buffer;
  close(): void;
}

export function openZip(zipPath: string, options: { maxEntries?: number } = {}): OpenZip {
  const fd = openSync(zipPath, 'r');
  try {
    const size = fstatSync(fd).size;
    const entries = centralDirectory(fd, size, options.maxEntries ?? 256);
    return {
      entries,
      read: (entry) => inflate(fd, entry, size),
      close: () => closeSync(fd),
    };
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}

function inflate(fd: number, entry: ZipEntry, fileSize: number): Buffer {
  const head = readAt(fd, entry.offset, 30);
  if (head.readUInt32LE(0) !== LOCAL) throw new ZipProblem(`zip rusak (${entry.name})`);
  const start = entry.offset + 30 + head.readUInt16LE(26) + head.readUInt16LE(28);
  if (start + entry.compressed > fileSize) throw new ZipProblem(`zip rusak (${entry.name} terpotong)`);
  const raw = readAt(fd, start, entry.compressed);
  let data: Buffer;
  if (entry.method === 0) data = raw;
  else if (entry.method === 8) {
    try {
      // The declared size is the ceiling: more output than declared is refused, not produced.
      data = entry.size === 0 ? Buffer.alloc(0) : inflateRawSync(raw, { maxOutputLength: entry.size });
    } catch {
      throw new ZipProblem(`${entry.name} tidak cocok dengan ukuran yang disebut zip`);
    }
  } else throw new ZipProblem(`${entry.name} memakai kompresi yang tidak dikenal`);
  if (data.length !== entry.size || crc32(data) >>> 0 !== entry.crc) {
    throw new ZipProblem(`${entry.name} rusak (ukuran atau CRC tidak cocok)`);
  }
  return data;
}
