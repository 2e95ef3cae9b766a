// A streaming ZIP writer on Node's zlib, for workbooks of a few hundred megabytes of XML. Each
// entry is compressed in pieces of 256 KB (each piece a sync-flushed raw deflate stream, which
// concatenate into one valid stream), so memory stays small and zlib's native speed applies (the
// pure-JS deflate took most of a 100,000-sale export). Entries may be written side by side: the
// first one not yet ended streams straight to the sink, the others wait compressed in memory.
// Every entry carries the same fixed time, so the same content gives the same bytes.
import { constants, crc32, deflateRawSync } from 'node:zlib';

const PIECE = 256 * 1024;
/** DOS time and date of 2026-01-01 00:00:00: fixed, so no export time enters the file. */
const DOS_TIME = 0;
const DOS_DATE = ((2026 - 1980) << 9) | (1 << 5) | 1;
/** Bit 3: sizes and CRC follow the data; bit 11: names are UTF-8. */
const FLAGS = 0x0008 | 0x0800;
const MAX_32 = 0xffffffff;

interface Written {
  name: Buffer;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

export class ZipEntry {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  crc = 0;
  size = 0;
  compressed = 0;
  ended = false;
  /** Compressed pieces held back while an earlier entry is still being written. */
  held: Buffer[] = [];

  constructor(
    readonly name: Buffer,
    private readonly level: number,
    private readonly out: (entry: ZipEntry, piece: Buffer) => void,
    private readonly done: (entry: ZipEntry) => void,
  ) {}

  write(data: Uint8Array | string): void {
    if (this.ended) throw new Error(`Berkas ${this.name.toString()} di zip sudah ditutup`);
    const chunk = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data);
    if (chunk.length === 0) return;
    this.crc = crc32(chunk, this.crc);
    this.size += chunk.length;
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    if (this.pendingBytes >= PIECE) this.compress(false);
  }

  private compress(last: boolean): void {
    const input = Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    const piece = deflateRawSync(input, {
      level: this.level,
      finishFlush: last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH,
    });
    this.compressed += piece.length;
    this.out(this, piece);
  }

  end(): void {
    if (this.ended) return;
    this.compress(true);
    this.ended = true;
    this.done(this);
  }
}

export class ZipWriter {
  private offset = 0;
  private readonly queue: ZipEntry[] = [];
  private readonly written: Written[] = [];
  private finished = false;

  constructor(
    private readonly sink: (chunk: Uint8Array) => void,
    private readonly level = 6,
  ) {}

  private emit(bytes: Buffer): void {
    this.sink(bytes);
    this.offset += bytes.length;
    if (this.offset > MAX_32) throw new Error('Berkas zip lebih dari 4 GB');
  }

  /** Starts an entry; its data follows the entries started before it. */
  add(name: string): ZipEntry {
    if (this.finished) throw new Error('Zip sudah selesai');
    const entry = new ZipEntry(
      Buffer.from(name, 'utf8'),
      this.level,
      (e, piece) => {
        if (this.queue[0] === e) this.emit(piece);
        else e.held.push(piece);
      },
      () => this.drain(),
    );
    this.queue.push(entry);
    if (this.queue.length === 1) this.header(entry);
    return entry;
  }

  /** A whole entry at once. */
  file(name: string, data: Uint8Array | string): void {
    const entry = this.add(name);
    entry.write(data);
    entry.end();
  }

  private header(entry: ZipEntry): void {
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(FLAGS, 6);
    head.writeUInt16LE(8, 8);
    head.writeUInt16LE(DOS_TIME, 10);
    head.writeUInt16LE(DOS_DATE, 12);
    head.writeUInt16LE(entry.name.length, 26);
    this.written.push({ name: entry.name, crc: 0, compressed: 0, size: 0, offset: this.offset });
    this.emit(Buffer.concat([head, entry.name]));
    for (const piece of entry.held.splice(0)) this.emit(piece);
  }

  /** Ends the entries at the head of the queue that are done, and starts the next one's data. */
  private drain(): void {
    for (let head = this.queue[0]; head?.ended; head = this.queue[0]) {
      const descriptor = Buffer.alloc(16);
      descriptor.writeUInt32LE(0x08074b50, 0);
      descriptor.writeUInt32LE(head.crc >>> 0, 4);
      descriptor.writeUInt32LE(head.compressed, 8);
      descriptor.writeUInt32LE(head.size, 12);
      if (head.size > MAX_32 || head.compressed > MAX_32) throw new Error('Berkas di zip lebih dari 4 GB');
      this.emit(descriptor);
      const record = this.written.at(-1);
      if (record)
        Object.assign(record, { crc: head.crc >>> 0, compressed: head.compressed, size: head.size });
      this.queue.shift();
      const next = this.queue[0];
      if (next) this.header(next);
    }
  }

  /** Writes the central directory; every entry must have ended. */
  finish(): void {
    if (this.queue.length > 0) throw new Error('Masih ada berkas zip yang belum ditutup');
    this.finished = true;
    const start = this.offset;
    for (const file of this.written) {
      const head = Buffer.alloc(46);
      head.writeUInt32LE(0x02014b50, 0);
      head.writeUInt16LE(20, 4);
      head.writeUInt16LE(20, 6);
      head.writeUInt16LE(FLAGS, 8);
      head.writeUInt16LE(8, 10);
      head.writeUInt16LE(DOS_TIME, 12);
      head.writeUInt16LE(DOS_DATE, 14);
      head.writeUInt32LE(file.crc, 16);
      head.writeUInt32LE(file.compressed, 20);
      head.writeUInt32LE(file.size, 24);
      head.writeUInt16LE(file.name.length, 28);
      head.writeUInt32LE(file.offset, 42);
      this.emit(Buffer.concat([head, file.name]));
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.written.length, 8);
    end.writeUInt16LE(this.written.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    this.emit(end);
  }
}
