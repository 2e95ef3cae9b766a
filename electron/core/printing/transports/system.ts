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
        throw new PrintError(
          'Cetak lewat dialog sistem hanya tersedia di aplikasi desktop Karya POS, bukan di mode peramban.',
          false,
        );
      }
      if (payload.type !== 'html') throw new PrintError('Dialog cetak sistem memerlukan struk HTML.', false);
      await abortable(
        withTimeout(
          printer.print(payload.html, {
            deviceName: profile.target === '' ? null : profile.target,
            widthMm: payload.widthMm,
            title: payload.title,
          }),
          limit,
          () => new PrintError(`Sistem operasi tidak selesai mencetak dalam ${seconds(limit)} detik.`),
        ),
        signal,
        () => {},
      );
      return {};
    },
  };
}
