// The operating system's print dialog, with the HTML receipt. Only the desktop app provides a
// SystemPrinter (Electron's webContents.print); browser mode and the command line have none.
import type { Printer } from '../../../../shared/contract';
import {
  abortable,
  PrintError,
  type PrintPayload,
  type SendOutcome,
  type SystemPrinter,
  seconds,
  type Transport,
  type TransportTimeouts,
  withTimeout,
} from './types';

export function systemTransport(printer: SystemPrinter | undefined, timeouts: TransportTimeouts): Transport {
  const limit = timeouts.connectMs + timeouts.writeMs * 2;
  return {
    async send(profile: Printer, payload: PrintPayload, signal: AbortSignal): Promise<SendOutcome> {
      if (!printer) {
        throw PrintError.final('printing.systemDesktopOnly');
      }
      if (payload.type !== 'html') throw PrintError.final('printing.systemNeedsHtml');
      await abortable(
        withTimeout(
          printer.print(payload.html, {
            deviceName: profile.target === '' ? null : profile.target,
            widthMm: payload.widthMm,
            title: payload.title,
          }),
          limit,
          () => new PrintError('printing.systemTimeout', { seconds: seconds(limit) }),
        ),
        signal,
        () => {},
      );
      return {};
    },
  };
}
