// A device or share path: /dev/usb/lp0 on Linux, \\localhost\POS58 (a shared printer) on Windows.
// The bytes are written as they are; the driver, if any, must be a raw/"Generic / Text Only" one.
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Printer } from '../../../../shared/contract';
import { checkDeviceTarget, type DeviceTargetRules, notADevice } from './deviceTarget';
import {
  abortable,
  PrintError,
  type PrintPayload,
  type SendOutcome,
  seconds,
  type Transport,
  type TransportTimeouts,
  withTimeout,
} from './types';

function deviceError(error: NodeJS.ErrnoException, path: string): PrintError {
  switch (error.code) {
    case 'ENOENT':
      return new PrintError('printing.deviceMissing', { path });
    case 'EACCES':
    case 'EPERM':
      return new PrintError('printing.deviceNoPermission', { path });
    case 'EBUSY':
      return new PrintError('printing.deviceBusy', { path });
    case 'EISDIR':
      return PrintError.final('printing.deviceIsFolder', { path });
    default:
      return new PrintError('printing.deviceWriteFailed', { path, detail: error.code ?? error.message });
  }
}

export function deviceTransport(timeouts: TransportTimeouts, rules: DeviceTargetRules): Transport {
  return {
    async send(printer: Printer, payload: PrintPayload, signal: AbortSignal): Promise<SendOutcome> {
      if (payload.type !== 'escpos') throw PrintError.final('printing.deviceEscposOnly');
      const path = printer.target;
      await checkDeviceTarget('device', path, rules);
      // Write-only without O_CREAT: a wrong path fails loudly instead of filling a new file.
      const write = (async () => {
        let handle: Awaited<ReturnType<typeof open>> | undefined;
        try {
          handle = await open(path, constants.O_WRONLY);
          // What was opened, not what the path named a moment ago: only a device takes the bytes.
          if (process.platform !== 'win32') {
            const opened = await handle.stat();
            if (!opened.isCharacterDevice()) throw notADevice(path, opened);
          }
          await handle.writeFile(payload.bytes);
        } catch (error) {
          if (error instanceof PrintError) throw error;
          throw deviceError(error as NodeJS.ErrnoException, path);
        } finally {
          await handle?.close().catch(() => {});
        }
      })();
      // A blocked device write cannot be cancelled; the time limit at least frees the queue.
      await abortable(
        withTimeout(
          write,
          timeouts.connectMs + timeouts.writeMs,
          () =>
            new PrintError('printing.deviceTimeout', {
              path,
              seconds: seconds(timeouts.connectMs + timeouts.writeMs),
            }),
        ),
        signal,
        () => {},
      );
      return {};
    },
  };
}
