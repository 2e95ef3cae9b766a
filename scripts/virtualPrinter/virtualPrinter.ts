// A virtual ESC/POS network printer for development and tests: listens on raw TCP like a real
// one (port 9100), answers DLE EOT status requests, stores each job (one per connection) and can
// pretend to be out of paper, have its cover open, run low on paper or never answer status.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { join } from 'node:path';
import { type Decoded, decodedAsText, decodeEscPos } from './decodeEscPos';
import { paperPng } from './paperImage';

export interface VirtualJob {
  id: number;
  bytes: Uint8Array;
  decoded: Decoded;
  /** What the paper shows, as text. */
  text: string;
  receivedAt: Date;
  /**
   * Where the job was saved (`.bin` raw bytes; a `.txt` and a `.png` picture of the paper beside it),
   * when a folder was given.
   */
  file: string | null;
}

export interface VirtualPrinterOptions {
  /** 9100 like a real printer; 0 picks a free port (tests). */
  port?: number;
  host?: string;
  /** Folder to store each job in; none keeps them in memory only. */
  dir?: string | null;
  paperOut?: boolean;
  coverOpen?: boolean;
  onJob?: (job: VirtualJob) => void;
  /** A job arrived while the printer could not print (paper out, cover open): it is not stored. */
  onRejected?: (bytes: Uint8Array, reason: string) => void;
}

export interface VirtualPrinter {
  host: string;
  port: number;
  /** Printed jobs, oldest first. */
  readonly jobs: VirtualJob[];
  /** How many status requests (DLE EOT) were answered. */
  readonly statusRequests: number;
  /** Jobs that arrived while paper was out or the cover open, and were not printed. */
  readonly rejected: number;
  setPaperOut(on: boolean): void;
  setCoverOpen(on: boolean): void;
  setPaperNearEnd(on: boolean): void;
  /** Never answer status requests, like many cheap units. */
  setSilent(on: boolean): void;
  readonly state: { paperOut: boolean; coverOpen: boolean; paperNearEnd: boolean; silent: boolean };
  /** Resolves once at least `count` jobs have printed. */
  waitForJobs(count: number, timeoutMs?: number): Promise<VirtualJob[]>;
  close(): Promise<void>;
}

export function startVirtualPrinter(options: VirtualPrinterOptions = {}): Promise<VirtualPrinter> {
  const host = options.host ?? '127.0.0.1';
  const state = {
    paperOut: options.paperOut ?? false,
    coverOpen: options.coverOpen ?? false,
    paperNearEnd: false,
    silent: false,
  };
  const jobs: VirtualJob[] = [];
  const waiters = new Set<() => void>();
  const sockets = new Set<Socket>();
  let statusRequests = 0;
  let rejected = 0;
  if (options.dir) mkdirSync(options.dir, { recursive: true });

  function answer(n: number): number {
    let byte = 0x12;
    if (n === 1 && (state.paperOut || state.coverOpen)) byte |= 0x08;
    if (n === 2) {
      if (state.coverOpen) byte |= 0x04;
      if (state.paperOut) byte |= 0x20;
    }
    if (n === 4) {
      if (state.paperOut) byte |= 0x60;
      else if (state.paperNearEnd) byte |= 0x0c;
    }
    return byte;
  }

  function store(bytes: Uint8Array): void {
    if (state.paperOut || state.coverOpen) {
      rejected++;
      options.onRejected?.(bytes, state.paperOut ? 'kertas habis' : 'penutup terbuka');
      return;
    }
    const id = jobs.length + 1;
    const decoded = decodeEscPos(bytes);
    const text = decodedAsText(decoded);
    let file: string | null = null;
    if (options.dir) {
      const base = join(options.dir, `job-${String(id).padStart(4, '0')}`);
      writeFileSync(`${base}.bin`, bytes);
      writeFileSync(`${base}.txt`, `${text}\n`);
      try {
        writeFileSync(`${base}.png`, paperPng(decoded));
      } catch (error) {
        // The picture is a convenience; the job itself is stored.
        console.error(`virtual printer: no picture of job ${id}:`, error);
      }
      file = `${base}.bin`;
    }
    const job: VirtualJob = { id, bytes, decoded, text, receivedAt: new Date(), file };
    jobs.push(job);
    options.onJob?.(job);
    for (const wake of [...waiters]) wake();
  }

  const server = createServer((socket) => {
    sockets.add(socket);
    // Status requests come first, before any job data, and get an answer at once; everything
    // after the first other byte is the job (a DLE EOT inside image data is not a request).
    let leading = true;
    let pending: number[] = [];
    const data: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => {
      if (!leading) {
        data.push(chunk);
        return;
      }
      pending.push(...chunk);
      while (leading && pending.length > 0) {
        if (pending[0] === 0x10 && pending.length < 3) return; // wait for the rest of the request
        if (pending[0] === 0x10 && pending[1] === 0x04) {
          const n = pending[2] ?? 0;
          pending = pending.slice(3);
          statusRequests++;
          if (!state.silent) socket.write(Uint8Array.of(answer(n)));
        } else {
          leading = false;
          data.push(Buffer.from(pending));
          pending = [];
        }
      }
    });
    socket.on('end', () => {
      const bytes = Buffer.concat(data);
      if (bytes.length > 0) store(new Uint8Array(bytes));
      socket.end();
    });
    socket.on('error', () => {});
    socket.on('close', () => sockets.delete(socket));
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 9100, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : (options.port ?? 9100);
      resolve({
        host,
        port,
        jobs,
        get statusRequests() {
          return statusRequests;
        },
        get rejected() {
          return rejected;
        },
        setPaperOut: (on) => {
          state.paperOut = on;
        },
        setCoverOpen: (on) => {
          state.coverOpen = on;
        },
        setPaperNearEnd: (on) => {
          state.paperNearEnd = on;
        },
        setSilent: (on) => {
          state.silent = on;
        },
        state,
        waitForJobs(count, timeoutMs = 10_000) {
          return new Promise((done, fail) => {
            const check = () => {
              if (jobs.length < count) return;
              clearTimeout(timer);
              waiters.delete(check);
              done(jobs.slice());
            };
            const timer = setTimeout(() => {
              waiters.delete(check);
              fail(new Error(`virtual printer: ${jobs.length} of ${count} jobs after ${timeoutMs} ms`));
            }, timeoutMs);
            waiters.add(check);
            check();
          });
        },
        close() {
          for (const socket of sockets) socket.destroy();
          return new Promise<void>((done) => server.close(() => done()));
        },
      });
    });
  });
}
