// Writing a batch file: buffered, hashed as it goes, flushed to the disk (fsync) before it counts
// as written. And reading a file back to hash what the disk actually gives.
import { createHash } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readSync, writeSync } from 'node:fs';

const BUFFER_BYTES = 256 * 1024;

export interface WrittenFile {
  bytes: number;
  sha256: string;
}

export class FileSink {
  private readonly fd: number;
  private readonly hash = createHash('sha256');
  private readonly encoder = new TextEncoder();
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private bytes = 0;
  private closed = false;

  /** Creates `path`; refuses to replace an existing file. */
  constructor(readonly path: string) {
    this.fd = openSync(path, 'wx');
  }

  write(data: string | Uint8Array): void {
    const chunk = typeof data === 'string' ? this.encoder.encode(data) : data;
    if (chunk.length === 0) return;
    // fflate may reuse its output buffer: keep a copy of what is held back.
    this.pending.push(typeof data === 'string' ? chunk : chunk.slice());
    this.pendingBytes += chunk.length;
    this.hash.update(chunk);
    this.bytes += chunk.length;
    if (this.pendingBytes >= BUFFER_BYTES) this.flush();
  }

  private flush(): void {
    if (this.pendingBytes === 0) return;
    const joined = Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    let at = 0;
    while (at < joined.length) at += writeSync(this.fd, joined, at, joined.length - at);
  }

  /** Writes what is left, fsyncs and closes; the size and SHA-256 of everything written. */
  close(): WrittenFile {
    this.flush();
    fsyncSync(this.fd);
    closeSync(this.fd);
    this.closed = true;
    return { bytes: this.bytes, sha256: this.hash.digest('hex') };
  }

  /** After a failure: close without caring about the content (the folder is thrown away). */
  abandon(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      closeSync(this.fd);
    } catch {
      // Already gone with the drive.
    }
  }
}

/** The file as read from the disk now, a buffer's worth at a time (the buffer is reused). */
function* pieces(path: string): Generator<Buffer> {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(BUFFER_BYTES);
    for (;;) {
      const read = readSync(fd, buffer, 0, buffer.length, null);
      if (read === 0) return;
      yield buffer.subarray(0, read);
    }
  } finally {
    closeSync(fd);
  }
}

/** Size and SHA-256 of the file as read from the disk now. */
export function hashFile(path: string): WrittenFile {
  const hash = createHash('sha256');
  let bytes = 0;
  for (const piece of pieces(path)) {
    hash.update(piece);
    bytes += piece.length;
  }
  return { bytes, sha256: hash.digest('hex') };
}

/** The same, awaiting `pause` between pieces: a big file is hashed without freezing the engine. */
export async function hashFileAsync(path: string, pause: () => Promise<void>): Promise<WrittenFile> {
  const hash = createHash('sha256');
  let bytes = 0;
  for (const piece of pieces(path)) {
    hash.update(piece);
    bytes += piece.length;
    await pause();
  }
  return { bytes, sha256: hash.digest('hex') };
}

/** fsync a folder so a rename or a new file in it survives a power cut (not possible everywhere). */
export function flushFolder(path: string): void {
  try {
    const fd = openSync(path, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Windows cannot open a folder for fsync; its rename is as durable as the file system makes it.
  }
}
