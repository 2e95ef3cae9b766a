// Raw TCP, port 9100 by default: network printers and Wi-Fi units. Connect, ask status, write, close.
import { connect, type Socket } from 'node:net';
import type { Printer } from '../../../../shared/contract';
import { TCP_TARGET } from '../../../../shared/contract/printing';
import { ByteQueue } from '../status';
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

export const DEFAULT_TCP_PORT = 9100;

export function parseTcpTarget(target: string): { host: string; port: number } {
  const match = TCP_TARGET.exec(target.trim());
  if (!match) throw PrintError.final('printing.tcpAddressInvalid', { target });
  const port = match[1] === undefined ? DEFAULT_TCP_PORT : Number(match[1]);
  const host = match[1] === undefined ? target.trim() : target.trim().slice(0, -(match[1].length + 1));
  return { host: host.replace(/^\[(.*)\]$/, '$1'), port };
}

function connectError(error: NodeJS.ErrnoException, where: string): PrintError {
  switch (error.code) {
    case 'ECONNREFUSED':
      return new PrintError('printing.tcpRefused', { where });
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new PrintError('printing.tcpUnknownHost', { where });
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'EHOSTDOWN':
      return new PrintError('printing.tcpUnreachable', { where });
    case 'ECONNRESET':
    case 'EPIPE':
      return new PrintError('printing.tcpDropped', { where });
    default:
      return new PrintError('printing.tcpConnectFailed', { where, detail: error.code ?? error.message });
  }
}

export interface TcpOptions {
  timeouts: TransportTimeouts;
  /** Tests hand in a socket that never connects. */
  connectSocket?: (host: string, port: number) => Socket;
}

const CLOSE_GRACE_MS = 2000;

function closed(socket: Socket, ms: number): Promise<void> {
  if (socket.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    socket.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

export function tcpTransport(options: TcpOptions): Transport {
  const { timeouts } = options;
  const open = options.connectSocket ?? ((host, port) => connect({ host, port }));
  return {
    async send(printer: Printer, payload: PrintPayload, signal: AbortSignal): Promise<SendOutcome> {
      if (payload.type !== 'escpos') throw PrintError.final('printing.tcpEscposOnly');
      const { host, port } = parseTcpTarget(printer.target);
      const where = `${host}:${port}`;
      const socket = open(host, port);
      const incoming = new ByteQueue();
      let failure: PrintError | null = null;
      socket.on('data', (chunk: Buffer) => incoming.push(chunk));
      socket.on('error', (error: NodeJS.ErrnoException) => {
        failure ??= connectError(error, where);
        incoming.close();
      });
      socket.on('close', () => incoming.close());
      const destroy = () => socket.destroy();
      const failed = () => failure;

      try {
        return await abortable(
          (async () => {
            await withTimeout(
              new Promise<void>((resolve, reject) => {
                socket.once('connect', () => resolve());
                socket.once('error', () => reject(failed()));
              }),
              timeouts.connectMs,
              () =>
                new PrintError('printing.tcpConnectTimeout', { where, seconds: seconds(timeouts.connectMs) }),
              destroy,
            );
            const outcome = await statusOutcome(
              printer,
              {
                write: (bytes) =>
                  new Promise((resolve, reject) =>
                    socket.write(bytes, (error) => (error ? reject(failed() ?? error) : resolve())),
                  ),
                readByte: async (ms) => {
                  const byte = await incoming.readByte(ms);
                  const problem = failed();
                  if (byte === null && problem) throw problem;
                  return byte;
                },
              },
              timeouts.statusMs,
            );
            await withTimeout(
              new Promise<void>((resolve, reject) => {
                socket.once('error', () => reject(failed()));
                socket.end(payload.bytes, () => resolve());
              }),
              timeouts.writeMs,
              () => new PrintError('printing.tcpStalled', { where, seconds: seconds(timeouts.writeMs) }),
              destroy,
            );
            // Let the printer read to the end and close its side before we drop the socket; a unit
            // that keeps the line open is fine too.
            await closed(socket, CLOSE_GRACE_MS);
            return outcome;
          })(),
          signal,
          destroy,
        );
      } catch (error) {
        throw error instanceof PrintError
          ? error
          : (failed() ?? new PrintError('printing.failed', { detail: String(error) }));
      } finally {
        socket.destroy();
      }
    },
  };
}
