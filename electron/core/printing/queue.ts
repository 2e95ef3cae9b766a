// The print worker: one of the engine's two background tasks (the other uploads sales batches).
// It takes due jobs from SQLite one at a time, sends each through its printer's transport, and
// records the outcome: sent, or failed with the reason (a message, worded by whoever shows it) and
// the time of the next automatic try (exponential backoff).
import { existsSync, readdirSync } from 'node:fs';
import type { Database } from 'better-sqlite3';
import type { Printer, PrinterTransport } from '../../../shared/contract';
import { type MessageRef, ref } from '../../../shared/messages';
import { fontSet } from '../fonts/fonts';
import { drawerKickBytes } from './escpos';
import { claimNextJob, markFailed, markSent, nextDueAt, requeueInterrupted } from './jobs';
import { resolveLogo } from './logo';
import { defaultPrinter, findPrinter } from './printers';
import { getLogoDataUrl } from './receiptSettings';
import { renderPayload } from './render';
import { cupsTransport } from './transports/cups';
import { deviceTransport } from './transports/device';
import { type DeviceTargetRules, dataDirOf } from './transports/deviceTarget';
import { listSerialPorts, type SerialDevice, serialTransport } from './transports/serial';
import { systemTransport } from './transports/system';
import { tcpTransport } from './transports/tcp';
import {
  DEFAULT_TIMEOUTS,
  PrintError,
  type SendOutcome,
  type SystemPrinter,
  type Transport,
  type TransportTimeouts,
} from './transports/types';

/** Automatic attempts before a job waits for a person (retry or cancel). */
export const MAX_AUTO_ATTEMPTS = 8;
const BACKOFF_BASE_MS = 5_000;
const BACKOFF_CAP_MS = 5 * 60_000;

/** 5 s, 10 s, 20 s, ... up to 5 minutes between attempts. */
export function backoffMs(attempt: number): number {
  return Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempt - 1));
}

export interface PrintingOptions {
  /** Start the background worker (openEngine does). The app doors ask for it; the command line and unit tests do not. */
  runQueue?: boolean;
  /** The desktop app's print dialog; without it, "system" printers fail with a clear message. */
  systemPrinter?: SystemPrinter;
  /** Replace a transport (tests). */
  transports?: Partial<Record<PrinterTransport, Transport>>;
  timeouts?: Partial<TransportTimeouts>;
  /** How often the worker looks for jobs other processes (the command line) queued. */
  pollMs?: number;
  /**
   * Where resources/receipt-logo.png is looked for when the settings hold no logo, and the fonts
   * (resources/fonts) lines the printer's code page cannot hold are drawn with.
   */
  resourcesDir?: string;
  logError?: (message: string, error: unknown) => void;
}

export interface PrintingRuntime {
  /** A job was queued: send it soon (no-op unless the worker runs). */
  kick(): void;
  /** Sends every job that is due now, one at a time; resolves with how many were tried. */
  runOnce(): Promise<number>;
  start(): void;
  stop(): void;
  readonly running: boolean;
  readonly timeouts: TransportTimeouts;
  readonly resourcesDir: string | undefined;
  /** Serial and Bluetooth ports for the settings screen. */
  discoverSerial(): Promise<SerialDevice[]>;
  /**
   * Opens the cash drawer wired to `printer` now, without a sale, and without the queue: a pulse that
   * waited for a printer to come back would open the drawer later, in front of nobody. A failure is
   * a PrintError for the person who asked, and nothing is tried again.
   */
  kickDrawer(printer: Printer): Promise<SendOutcome>;
}

interface Deps {
  /** The engine's current database (a restore may reopen it, so it is asked for each time). */
  db: () => Database;
  now: () => Date;
}

/** /dev/rfcomm* and /dev/ttyUSB* that exist: Bluetooth bindings are often missing from udev's list. */
function linuxSerialPaths(): string[] {
  if (process.platform !== 'linux' || !existsSync('/dev')) return [];
  try {
    return readdirSync('/dev')
      .filter((name) => /^(rfcomm\d+|ttyUSB\d+|ttyACM\d+)$/.test(name))
      .map((name) => `/dev/${name}`);
  } catch {
    return [];
  }
}

export function createPrinting(deps: Deps, options: PrintingOptions = {}): PrintingRuntime {
  const timeouts: TransportTimeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  // better-sqlite3 keeps the file name it opened; a restore may reopen, so it is asked each time.
  const rules: DeviceTargetRules = { dataDir: () => dataDirOf(deps.db().name) };
  const transports: Record<PrinterTransport, Transport> = {
    tcp: tcpTransport({ timeouts }),
    serial: serialTransport(timeouts, rules),
    device: deviceTransport(timeouts, rules),
    cups: cupsTransport({ timeouts }),
    system: systemTransport(options.systemPrinter, timeouts),
    ...options.transports,
  };
  const pollMs = options.pollMs ?? 3000;
  const logError = options.logError ?? ((message, error) => console.error(message, error));

  let running = false;
  let busy = false;
  let again = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let abort = new AbortController();

  function printerFor(db: Database, printerId: number | null): Printer | undefined {
    return (printerId === null ? undefined : findPrinter(db, printerId)) ?? defaultPrinter(db);
  }

  async function sendOne(): Promise<boolean> {
    const db = deps.db();
    if (!db.open) return false;
    const job = claimNextJob(db, deps.now());
    if (!job) return false;
    let outcome:
      | { ok: true; warning: MessageRef | null }
      | { ok: false; error: MessageRef; retryable: boolean };
    try {
      const printer = printerFor(db, job.printerId);
      if (!printer) throw new PrintError('printing.noPrinterYet');
      const logo = printer.logo ? resolveLogo(getLogoDataUrl(db), options.resourcesDir) : null;
      const fonts = options.resourcesDir ? fontSet(options.resourcesDir) : null;
      const payload = renderPayload(job.model, printer, logo, job.title, fonts);
      const sent = await transports[printer.transport].send(printer, payload, abort.signal);
      outcome = { ok: true, warning: sent.warningRef ?? null };
    } catch (error) {
      if (error instanceof PrintError) outcome = { ok: false, error: error.ref, retryable: error.retryable };
      else {
        logError(`print job ${job.id} failed`, error);
        const detail = error instanceof Error ? error.message : String(error);
        outcome = { ok: false, error: ref('printing.failed', { detail }), retryable: true };
      }
    }
    // The app may have closed while the printer was slow; the job then resumes on the next start.
    if (!db.open) return false;
    const now = deps.now();
    if (outcome.ok) markSent(db, job.id, now, outcome.warning);
    else {
      const retry = outcome.retryable && job.attempts < MAX_AUTO_ATTEMPTS;
      markFailed(db, job.id, outcome.error, retry ? new Date(now.getTime() + backoffMs(job.attempts)) : null);
    }
    return true;
  }

  async function runOnce(): Promise<number> {
    let count = 0;
    while (await sendOne()) count++;
    return count;
  }

  function schedule(delay: number): void {
    if (!running) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void loop(), Math.max(0, delay));
    timer.unref?.();
  }

  async function loop(): Promise<void> {
    timer = null;
    if (!running) return;
    if (busy) {
      again = true;
      return;
    }
    busy = true;
    try {
      await runOnce();
    } catch (error) {
      logError('print queue failed', error);
    } finally {
      busy = false;
    }
    const db = deps.db();
    if (!running || !db.open) return;
    if (again) {
      again = false;
      schedule(0);
      return;
    }
    const due = nextDueAt(db);
    schedule(due === null ? pollMs : Math.min(pollMs, due.getTime() - deps.now().getTime()));
  }

  const runtime: PrintingRuntime = {
    kick() {
      if (running) schedule(0);
    },
    runOnce,
    start() {
      if (running) return;
      running = true;
      abort = new AbortController();
      requeueInterrupted(deps.db(), deps.now());
      schedule(0);
    },
    stop() {
      running = false;
      if (timer) clearTimeout(timer);
      timer = null;
      abort.abort();
    },
    get running() {
      return running;
    },
    timeouts,
    resourcesDir: options.resourcesDir,
    discoverSerial: () => listSerialPorts(linuxSerialPaths),
    async kickDrawer(printer) {
      if (printer.transport === 'system') {
        throw PrintError.final('printing.drawerSystemDialog', { name: printer.name });
      }
      return transports[printer.transport].send(
        printer,
        { type: 'escpos', bytes: drawerKickBytes(), title: 'Buka laci kas' },
        abort.signal,
      );
    },
  };
  return runtime;
}
