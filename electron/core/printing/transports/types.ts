// How a rendered job reaches a printer. Each transport is small, has its own time limits, and
// turns every failure into a PrintError: a message a cashier can act on, as a key of the catalogue
// (shared/messages/printing.ts), so each screen words it in its own language.
import type { Printer } from '../../../../shared/contract';
import {
  formatMessage,
  type MessageKey,
  type MessageParams,
  type MessageRef,
  type ParamArgs,
} from '../../../../shared/messages';

/** What a job becomes for its printer: ESC/POS bytes, or an HTML page for the system dialog. */
export type PrintPayload =
  | { type: 'escpos'; bytes: Uint8Array; title: string }
  | { type: 'html'; html: string; title: string; widthMm: number };

export interface SendOutcome {
  /** Printed, but e.g. the paper is nearly out: the Indonesian wording (the cash drawer's answer). */
  warning?: string;
  /** The same warning as a message, for what is stored and shown later (the print job). */
  warningRef?: MessageRef;
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

/**
 * A failed send, as a message key with its params. `message` is the Indonesian wording (logs, the
 * command line); `ref` is the message as data, for a refusal (EngineError.from) or a stored text.
 * `retryable` false (`PrintError.final`) means trying again cannot help until someone changes
 * something.
 */
export class PrintError<K extends MessageKey = MessageKey> extends Error {
  readonly key: K;
  readonly params: MessageParams | undefined;
  readonly retryable: boolean = true;

  constructor(key: K, ...params: ParamArgs<K>) {
    const given = params[0] as MessageParams | undefined;
    super(formatMessage('id', key, given) ?? key);
    this.name = 'PrintError';
    this.key = key;
    this.params = given;
  }

  /** A failure that retrying cannot mend (a wrong address, the wrong kind of printer). */
  static final<K extends MessageKey>(key: K, ...params: ParamArgs<K>): PrintError<K> {
    return Object.assign(new PrintError(key, ...params), { retryable: false });
  }

  get ref(): { key: MessageKey; params?: MessageParams } {
    return this.params ? { key: this.key, params: this.params } : { key: this.key };
  }
}

/** The operating system's print dialog (Electron's webContents.print); only the desktop app has one. */
export interface SystemPrinter {
  print(html: string, options: { deviceName: string | null; widthMm: number; title: string }): Promise<void>;
  /** Printer names the operating system knows, for the settings screen. */
  list?(): Promise<string[]>;
}

/** `4`, `0,3` or `0,15`: seconds in Indonesian decimal style, for messages (whole in practice). */
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
    return Promise.reject(new PrintError('printing.stoppedClosing'));
  }
  return new Promise<T>((resolve, reject) => {
    const listener = () => {
      onAbort();
      reject(new PrintError('printing.stoppedClosing'));
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
