// Real-time status (DLE EOT n, bytes 10 04 n): the printer answers one byte per request, even when
// offline. We ask before each job on transports that can answer and turn the bits into a clear
// message (a key of shared/messages/printing.ts), so "paper out" reads as "paper out" and not as a
// silent, lost receipt.
import type { MessageKey } from '../../../shared/messages';

export const DLE_EOT = [0x10, 0x04] as const;

export type PrinterProblem =
  | 'offline'
  | 'coverOpen'
  | 'paperOut'
  | 'paperNearEnd'
  | 'error'
  | 'cutter'
  | 'unrecoverable';

/** What each problem says to the cashier: a message key. */
export const PROBLEM_KEYS = {
  offline: 'printing.problem.offline',
  coverOpen: 'printing.problem.coverOpen',
  paperOut: 'printing.problem.paperOut',
  paperNearEnd: 'printing.problem.paperNearEnd',
  error: 'printing.problem.error',
  cutter: 'printing.problem.cutter',
  unrecoverable: 'printing.problem.unrecoverable',
} as const satisfies Record<PrinterProblem, MessageKey>;

/** Every status byte has bit 1 and bit 4 set and bits 0 and 7 clear; anything else is not an answer. */
export function isStatusByte(byte: number): boolean {
  return (byte & 0x93) === 0x12;
}

/** Answers to DLE EOT 1..4, as far as they were asked. */
export interface StatusAnswers {
  printer?: number; // n = 1
  offlineCause?: number; // n = 2
  error?: number; // n = 3
  paper?: number; // n = 4
}

export interface StatusReport {
  /** Problems that stop printing, most useful first. */
  blocking: PrinterProblem[];
  /** Printing works, but someone should look soon. */
  warnings: PrinterProblem[];
}

export function interpretStatus(answers: StatusAnswers): StatusReport {
  const blocking: PrinterProblem[] = [];
  const warnings: PrinterProblem[] = [];
  const cause = answers.offlineCause ?? 0;
  const error = answers.error ?? 0;
  const paper = answers.paper ?? 0;
  if (cause & 0x04) blocking.push('coverOpen');
  if (cause & 0x20 || (paper & 0x60) === 0x60) blocking.push('paperOut');
  if (error & 0x08) blocking.push('cutter');
  if (error & 0x20) blocking.push('unrecoverable');
  if (cause & 0x40 && !blocking.some((p) => p === 'cutter' || p === 'unrecoverable')) blocking.push('error');
  if ((answers.printer ?? 0) & 0x08 && blocking.length === 0) blocking.push('offline');
  if (!blocking.includes('paperOut') && (paper & 0x0c) === 0x0c) warnings.push('paperNearEnd');
  return { blocking, warnings };
}

/** A two-way byte link to a printer: write, and read one byte within a time limit (null: none came). */
export interface StatusLink {
  write(bytes: Uint8Array): Promise<void>;
  readByte(timeoutMs: number): Promise<number | null>;
}

export class StatusTimeout extends Error {}

async function ask(link: StatusLink, n: number, timeoutMs: number): Promise<number> {
  await link.write(Uint8Array.from([...DLE_EOT, n]));
  const deadline = Date.now() + timeoutMs;
  // Skip stray bytes (e.g. an automatic status block) until a real status byte or the deadline.
  for (;;) {
    const left = deadline - Date.now();
    const byte = left > 0 ? await link.readByte(left) : null;
    if (byte === null) throw new StatusTimeout(`no answer to DLE EOT ${n}`);
    if (isStatusByte(byte)) return byte;
  }
}

/** Asks DLE EOT 1, 2 and 4 (and 3 when the printer reports an error); throws StatusTimeout. */
export async function probeStatus(link: StatusLink, timeoutMs: number): Promise<StatusReport> {
  const answers: StatusAnswers = {};
  answers.printer = await ask(link, 1, timeoutMs);
  answers.offlineCause = await ask(link, 2, timeoutMs);
  if (answers.offlineCause & 0x40) answers.error = await ask(link, 3, timeoutMs);
  answers.paper = await ask(link, 4, timeoutMs);
  return interpretStatus(answers);
}

/** Collects bytes from a stream's `data` events so the status conversation can read them one by one. */
export class ByteQueue {
  private readonly bytes: number[] = [];
  private waiter: ((byte: number | null) => void) | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  push(chunk: Uint8Array): void {
    for (const byte of chunk) this.bytes.push(byte);
    this.deliver();
  }

  private deliver(): void {
    if (!this.waiter || this.bytes.length === 0) return;
    const waiter = this.waiter;
    this.waiter = null;
    if (this.timer) clearTimeout(this.timer);
    waiter(this.bytes.shift() ?? null);
  }

  readByte(timeoutMs: number): Promise<number | null> {
    return new Promise((resolve) => {
      this.waiter = resolve;
      this.timer = setTimeout(() => {
        this.waiter = null;
        resolve(null);
      }, timeoutMs);
      this.deliver();
    });
  }

  /** Ends a pending read at once (the connection closed). */
  close(): void {
    if (this.timer) clearTimeout(this.timer);
    const waiter = this.waiter;
    this.waiter = null;
    waiter?.(null);
  }
}
