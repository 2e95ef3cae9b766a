// Reads a text file line by line in fixed-size pieces while hashing it, so a sales.jsonl of
// 100,000 sales is checked in one pass and a few megabytes of memory. Linear in the file's size
// whatever its lines look like: each piece is searched for line ends once, the bytes of a line are
// joined once when its end arrives, and a line longer than the cap is counted, not kept. A batch
// file is read only when it is a regular file (never through a link, never a device such as
// /dev/zero) whose size is the one its manifest gives.
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from 'node:fs';

const CHUNK = 1024 * 1024;
/** One JSON document per line; the largest real sale (hundreds of lines) is a few hundred KB. */
export const MAX_LINE_BYTES = 8 * 1024 * 1024;
const NEWLINE = 0x0a;
/** How much larger than its manifest entry a file may be and still be read for the details. */
export const SIZE_SLACK_BYTES = 1024 * 1024;

export interface ReadResult {
  bytes: number;
  sha256: string;
  lines: number;
  /** Numbers of the lines longer than the cap; they were hashed but not passed on. */
  tooLong: number[];
}

export interface ReadOptions {
  /** The longest line passed on, in bytes (without its line end). */
  maxLineBytes?: number;
  /** Reads at most this many bytes (the size the file had when it was checked). */
  maxBytes?: number;
}

/** Opens for reading without following a symbolic link where the system can refuse one. */
function openNoFollow(path: string): number {
  return openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
}

/**
 * Calls `onLine` for every non-empty line (1-based numbers) of the open file `fd`; returns its
 * size and hash. Lines are split at `\n` bytes (never inside a UTF-8 character), a `\r` before it
 * is dropped.
 */
function readLinesFrom(
  fd: number,
  onLine: ((line: string, lineNo: number) => void) | null,
  options: ReadOptions,
): ReadResult {
  const maxLine = options.maxLineBytes ?? MAX_LINE_BYTES;
  const limit = options.maxBytes ?? Number.POSITIVE_INFINITY;
  const hash = createHash('sha256');
  const first = new TextDecoder('utf-8');
  const later = new TextDecoder('utf-8', { ignoreBOM: true });
  const buffer = Buffer.alloc(CHUNK);
  const tooLong: number[] = [];
  let bytes = 0;
  let lineNo = 0;
  // The start of the current line, held until its end arrives (at most the cap).
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let skipping = false;
  const hold = (part: Buffer) => {
    if (skipping || part.length === 0) return;
    if (pendingBytes + part.length > maxLine) {
      skipping = true;
      pending = [];
      pendingBytes = 0;
      return;
    }
    // Copied: the read buffer is reused for the next piece.
    pending.push(Buffer.from(part));
    pendingBytes += part.length;
  };
  const end = () => {
    lineNo++;
    if (skipping) tooLong.push(lineNo);
    else if (onLine) {
      const decoder = lineNo === 1 ? first : later;
      let text = decoder.decode(pending.length === 1 ? pending[0] : Buffer.concat(pending, pendingBytes));
      if (text.endsWith('\r')) text = text.slice(0, -1);
      if (text !== '') onLine(text, lineNo);
    }
    pending = [];
    pendingBytes = 0;
    skipping = false;
  };
  while (bytes < limit) {
    const read = readSync(fd, buffer, 0, Math.min(CHUNK, limit - bytes), null);
    if (read === 0) break;
    const piece = buffer.subarray(0, read);
    hash.update(piece);
    bytes += read;
    // Hashed only (a CSV or the workbook): no lines to find.
    if (!onLine) continue;
    let from = 0;
    for (let at = piece.indexOf(NEWLINE, from); at >= 0; at = piece.indexOf(NEWLINE, from)) {
      hold(piece.subarray(from, at));
      end();
      from = at + 1;
    }
    hold(piece.subarray(from));
  }
  if (onLine && (pendingBytes > 0 || skipping)) end();
  return { bytes, sha256: hash.digest('hex'), lines: lineNo, tooLong };
}

/** Calls `onLine` for every non-empty line (1-based numbers); returns the file's size and hash. */
export function readLines(
  path: string,
  onLine: (line: string, lineNo: number) => void,
  options: ReadOptions = {},
): ReadResult {
  const fd = openNoFollow(path);
  try {
    return readLinesFrom(fd, onLine, options);
  } finally {
    closeSync(fd);
  }
}

function size(n: number): string {
  return n >= 1024 * 1024 ? `${Math.round(n / (1024 * 1024))} MB` : `${n} byte`;
}

/**
 * Checks one file a batch manifest lists, in this order, each step only when the one before
 * passed: it is there; it is a regular file (not a link, a folder or a device); its size is not
 * more than 1 MB over the manifest's (`listed.bytes`); then it is read once (never past that size),
 * hashed and, with `onLine`, its lines passed on; its size and SHA-256 are the manifest's. Returns
 * the problems, in the words `karya batch verify` prints.
 */
export function checkListedFile(
  path: string,
  name: string,
  listed: { bytes: number; sha256: string } | undefined,
  onLine?: (line: string, lineNo: number) => void,
  options: Pick<ReadOptions, 'maxLineBytes'> = {},
): string[] {
  let info: ReturnType<typeof lstatSync>;
  try {
    info = lstatSync(path);
  } catch {
    return [`berkas ${name} tidak ada`];
  }
  if (info.isSymbolicLink())
    return [`berkas ${name} adalah tautan (symlink), bukan berkas biasa: tidak dibaca`];
  if (!info.isFile())
    return [`berkas ${name} bukan berkas biasa (folder, perangkat atau pipa): tidak dibaca`];
  // A few changed bytes are read, so the clerk learns which sale was altered; a file far larger
  // than the manifest says (garbage, a device's endless bytes copied in) is not read at all.
  if (listed && info.size > listed.bytes + SIZE_SLACK_BYTES) {
    return [
      `berkas ${name} berubah: ${info.size} byte, manifest menyebut ${listed.bytes} byte; terlalu berbeda untuk diperiksa (tidak dibaca)`,
    ];
  }
  let fd: number;
  try {
    fd = openNoFollow(path);
  } catch {
    return [`berkas ${name} tidak dapat dibuka`];
  }
  let read: ReadResult;
  try {
    // What was opened, not what the name showed a moment ago.
    const opened = fstatSync(fd);
    if (!opened.isFile() || opened.ino !== info.ino) {
      return [`berkas ${name} berganti saat diperiksa: tidak dibaca`];
    }
    read = readLinesFrom(fd, onLine ?? null, { ...options, maxBytes: info.size + 1 });
  } finally {
    closeSync(fd);
  }
  const problems: string[] = [];
  const cap = options.maxLineBytes ?? MAX_LINE_BYTES;
  for (const lineNo of read.tooLong.slice(0, 3)) {
    problems.push(`${name} baris ${lineNo}: lebih dari ${size(cap)} tanpa akhir baris (tidak dibaca)`);
  }
  if (read.tooLong.length > 3)
    problems.push(`${name}: ${read.tooLong.length - 3} baris lain juga terlalu panjang`);
  if (listed && (listed.sha256 !== read.sha256 || listed.bytes !== read.bytes)) {
    problems.push(
      `berkas ${name} berubah: SHA-256 tidak cocok dengan manifest (${read.bytes} byte, manifest menyebut ${listed.bytes} byte)`,
    );
  }
  return problems;
}
