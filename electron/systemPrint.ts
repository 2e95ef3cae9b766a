// The "system dialog" printer transport for the desktop app: the HTML receipt goes to the
// operating system's printing through a hidden, script-less window (Electron's webContents.print),
// silently to the printer named in the profile, or through the print dialog when none is named.
// Type-only Electron imports, so tests drive it with stand-ins.
import type { BrowserWindowConstructorOptions, WebContentsPrintOptions } from 'electron';
import { PrintError, type SystemPrinter } from './core/printing/transports/types';

/** The parts of a BrowserWindow this module touches; a real BrowserWindow satisfies it. */
export interface PrintWindow {
  loadURL(url: string): Promise<void>;
  destroy(): void;
  isDestroyed(): boolean;
  webContents: {
    print(
      options: WebContentsPrintOptions,
      callback: (success: boolean, failureReason: string) => void,
    ): void;
    getPrintersAsync(): Promise<{ name: string }[]>;
  };
}

/** The print window's own in-memory session (main.ts gives it the same policy as the app's). */
export const PRINT_PARTITION = 'karya-print';

/** Hidden, no scripts, its own in-memory session: the page is our own escaped HTML and nothing else. */
export const PRINT_WINDOW_OPTIONS: BrowserWindowConstructorOptions = {
  show: false,
  width: 420,
  height: 800,
  webPreferences: {
    javascript: false,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    webSecurity: true,
    partition: PRINT_PARTITION,
    spellcheck: false,
  },
};

function failure(reason: string, deviceName: string | null): PrintError {
  if (/cancel/i.test(reason)) return PrintError.final('printing.dialogCancelled');
  if (/device ?name/i.test(reason)) {
    return PrintError.final('printing.systemUnknownPrinter', { name: deviceName ?? '' });
  }
  return reason
    ? new PrintError('printing.systemFailed', { reason })
    : new PrintError('printing.systemFailedUnknown');
}

export function createSystemPrinter(makeWindow: () => PrintWindow): SystemPrinter {
  return {
    async print(html, { deviceName }) {
      const window = makeWindow();
      try {
        await window.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
        await new Promise<void>((resolve, reject) => {
          const options: WebContentsPrintOptions = {
            // A named printer prints at once; without one the cashier picks in the dialog.
            silent: deviceName !== null,
            printBackground: false,
            margins: { marginType: 'none' },
          };
          if (deviceName !== null) options.deviceName = deviceName;
          window.webContents.print(options, (success, reason) =>
            success ? resolve() : reject(failure(reason, deviceName)),
          );
        });
      } finally {
        if (!window.isDestroyed()) window.destroy();
      }
    },
    async list() {
      const window = makeWindow();
      try {
        return (await window.webContents.getPrintersAsync()).map((printer) => printer.name);
      } finally {
        if (!window.isDestroyed()) window.destroy();
      }
    },
  };
}
