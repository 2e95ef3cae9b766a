// A CUPS raw queue (Linux, macOS): `lp -d QUEUE -o raw` with the ESC/POS bytes on standard input.
// The queue must be raw (no driver), e.g. `lpadmin -p POS58 -E -v usb://... -m raw`.
import { spawn } from 'node:child_process';
import type { Printer } from '../../../../shared/contract';
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

export interface CupsOptions {
  timeouts: TransportTimeouts;
  /** The lp program; tests put a stand-in first on PATH. */
  command?: string;
  env?: NodeJS.ProcessEnv;
}

export function cupsTransport(options: CupsOptions): Transport {
  const command = options.command ?? 'lp';
  const limit = options.timeouts.connectMs + options.timeouts.writeMs;
  return {
    async send(printer: Printer, payload: PrintPayload, signal: AbortSignal): Promise<SendOutcome> {
      if (payload.type !== 'escpos') throw PrintError.final('printing.cupsEscposOnly');
      const queue = printer.target;
      const child = spawn(command, ['-d', queue, '-o', 'raw', '-t', payload.title], {
        stdio: ['pipe', 'ignore', 'pipe'],
        env: options.env ?? process.env,
      });
      let stderr = '';
      child.stderr?.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
      });
      const done = new Promise<void>((resolve, reject) => {
        child.on('error', (error: NodeJS.ErrnoException) =>
          reject(
            error.code === 'ENOENT'
              ? PrintError.final('printing.cupsMissing')
              : new PrintError('printing.cupsCannotRun', { detail: error.message }),
          ),
        );
        child.on('close', (code) => {
          if (code === 0) resolve();
          else {
            const reason = stderr.trim().split('\n')[0];
            reject(
              reason
                ? new PrintError('printing.cupsRefused', { queue, reason })
                : new PrintError('printing.cupsRefusedCode', { queue, code: String(code) }),
            );
          }
        });
      });
      child.stdin?.on('error', () => {}); // lp that exits early: its exit code tells why
      child.stdin?.end(payload.bytes);
      const kill = () => child.kill('SIGKILL');
      await abortable(
        withTimeout(
          done,
          limit,
          () => new PrintError('printing.cupsTimeout', { seconds: seconds(limit) }),
          kill,
        ),
        signal,
        kill,
      );
      return {};
    },
  };
}
