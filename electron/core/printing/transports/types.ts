// How a rendered job reaches a printer. Each transport is small, has its own time limits, and
// turns every failure into a PrintError whose message a cashier can act on (in Indonesian).
import type { Printer } from '../../../../shared/contract';

/** What a job becomes for its printer: ESC/POS bytes, or an HTML page for the system dialog. */
export type PrintPayload =
  | { type: 'escpos'; bytes: Uint8Array; title: string }
  | { type: 'html'; html: string; title: string; widthMm: number };

export interface SendOutcome {
  /** Printed, but e.g. the paper is nearly out. */
  warning?: string;
}

export interface Transport {
  send(printer: Printer, payload: PrintPayload, signal: AbortSignal): Promise<SendOutcome>;
}

export interface TransportTimeouts {
  /** Opening the connection or port. */
  connectMs: number;
  /** Waiting for each DLE EOT answer. */
  statusMs: number;
  /** Handing over all bytes of one job. */
  writeMs: number;
}

export const DEFAULT_TIMEOUTS: TransportTimeouts = { connectMs: 4000, statusMs: 2000, writeMs: 15000 };

/** A failed send. `retryable` false means trying again cannot help until someone changes something. */
export class PrintError extends Error {
  constructor(
    message: string,
    readonly retryable = true,
  ) {
    super(message);
    this.name = 'PrintError';
  }
}

/** The operating system's print dialog (Electron's webContents.print); only the desktop app has one. */
export interface SystemPrinter {
  print(html: string, options: { deviceName: string | null; widthMm: number; title: string }): Promise<void>;
  /** Printer names the operating system knows, for the settings screen. */
  list?(): Promise<string[]>;
}

/** `4`, `0,3` or `0,15`: seconds in Indonesian decimal style, for messages. */
export function seconds(ms: number): string {
  return String(Math.round(ms / 10) / 100).replace('.', ',');
}

/** Rejects with `error` unless `promise` settles within `ms`; `onTimeout` cleans up (closes sockets). */
export function withTimeout<T>(
  promise: Promise<T>,
  ms: number,
  error: () => Error,
  onTimeout?: () => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      onTimeout?.();
      reject(error());
    }, ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (reason: unknown) => {
        clearTimeout(timer);
        reject(reason);
      },
    );
  });
}

/** Rejects as soon as `signal` aborts (the app is closing), cleaning up first. */
export function abortable<T>(promise: Promise<T>, signal: AbortSignal, onAbort: () => void): Promise<T> {
  if (signal.aborted) {
    onAbort();
    return Promise.reject(new PrintError('Pencetakan dihentikan karena aplikasi ditutup.'));
  }
  return new Promise<T>((resolve, reject) => {
    const listener = () => {
      onAbort();
      reject(new PrintError('Pencetakan dihentikan karena aplikasi ditutup.'));
    };
    signal.addEventListener('abort', listener, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', listener);
        resolve(value);
      },
      (reason: unknown) => {
        signal.removeEventListener('abort', listener);
        reject(reason);
      },
    );
  });
}
