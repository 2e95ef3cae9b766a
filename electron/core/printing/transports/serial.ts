// Serial and Bluetooth printers: COM ports on Windows, /dev/rfcomm* and /dev/ttyUSB* on Linux.
// `serialport` loads its native binding only when a serial printer is actually used.
import type { Printer } from '../../../../shared/contract';
import { ByteQueue } from '../status';
import { checkDeviceTarget, type DeviceTargetRules } from './deviceTarget';
import { statusOutcome } from './statusOutcome';
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

export const DEFAULT_BAUD_RATE = 9600;

function openError(error: NodeJS.ErrnoException & { message: string }, path: string): PrintError {
  const text = `${error.code ?? ''} ${error.message}`;
  if (/ENOENT|No such file|cannot find|File not found/i.test(text)) {
    return new PrintError('printing.serialPortMissing', { path });
  }
  if (/EACCES|Permission denied|Access denied/i.test(text)) {
    return new PrintError('printing.serialNoPermission', { path });
  }
  if (/EBUSY|busy|Resource temporarily unavailable|lock/i.test(text)) {
    return new PrintError('printing.serialBusy', { path });
  }
  return new PrintError('printing.serialOpenFailed', { path, detail: error.message });
}

export interface SerialDevice {
  path: string;
  description: string;
}

/** Ports the system reports, plus Bluetooth rfcomm devices that udev may not list. */
export async function listSerialPorts(extraPaths: () => string[] = () => []): Promise<SerialDevice[]> {
  const { SerialPort } = await import('serialport');
  const ports = await SerialPort.list();
  const found = ports.map((port) => ({
    path: port.path,
    description: [port.manufacturer, port.serialNumber].filter(Boolean).join(' ') || port.pnpId || '',
  }));
  for (const path of extraPaths()) {
    if (!found.some((port) => port.path === path)) found.push({ path, description: '' });
  }
  return found;
}

export function serialTransport(timeouts: TransportTimeouts, rules: DeviceTargetRules): Transport {
  return {
    async send(printer: Printer, payload: PrintPayload, signal: AbortSignal): Promise<SendOutcome> {
      if (payload.type !== 'escpos') throw PrintError.final('printing.serialEscposOnly');
      const path = printer.target;
      await checkDeviceTarget('serial', path, rules);
      const { SerialPort } = await import('serialport');
      const port = new SerialPort({ path, baudRate: printer.baudRate ?? DEFAULT_BAUD_RATE, autoOpen: false });
      const incoming = new ByteQueue();
      port.on('data', (chunk: Buffer) => incoming.push(chunk));
      port.on('error', () => incoming.close());
      const shut = () => {
        incoming.close();
        if (port.isOpen) port.close(() => {});
      };
      try {
        return await abortable(
          (async () => {
            await withTimeout(
              new Promise<void>((resolve, reject) =>
                port.open((error) => (error ? reject(openError(error, path)) : resolve())),
              ),
              timeouts.connectMs,
              () =>
                new PrintError('printing.serialOpenTimeout', { path, seconds: seconds(timeouts.connectMs) }),
              shut,
            );
            const outcome = await statusOutcome(
              printer,
              {
                write: (bytes) =>
                  new Promise((resolve, reject) =>
                    port.write(Buffer.from(bytes), (error) =>
                      error ? reject(openError(error, path)) : resolve(),
                    ),
                  ),
                readByte: (ms) => incoming.readByte(ms),
              },
              timeouts.statusMs,
            );
            await withTimeout(
              new Promise<void>((resolve, reject) => {
                port.write(Buffer.from(payload.bytes), (error) => {
                  if (error) reject(openError(error, path));
                });
                // drain resolves once the operating system has taken every byte.
                port.drain((error) => (error ? reject(openError(error, path)) : resolve()));
              }),
              timeouts.writeMs,
              () => new PrintError('printing.serialStalled', { path, seconds: seconds(timeouts.writeMs) }),
              shut,
            );
            return outcome;
          })(),
          signal,
          shut,
        );
      } finally {
        incoming.close();
        if (port.isOpen) await new Promise<void>((resolve) => port.close(() => resolve()));
      }
    },
  };
}
