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
      if (payload.type !== 'escpos')
        throw new PrintError('Antrean CUPS di sini dipakai untuk data ESC/POS mentah.', false);
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
              ? new PrintError(
                  'Perintah lp (CUPS) tidak ada di komputer ini. Pasang paket cups-client, atau pilih jenis sambungan lain.',
                  false,
                )
              : new PrintError(`CUPS tidak dapat dijalankan: ${error.message}`),
          ),
        );
        child.on('close', (code) => {
          if (code === 0) resolve();
          else {
            const reason = stderr.trim().split('\n')[0] || `kode keluar ${code}`;
            reject(new PrintError(`CUPS menolak pekerjaan cetak untuk antrean ${queue}: ${reason}`));
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
          () => new PrintError(`CUPS tidak selesai menerima pekerjaan dalam ${seconds(limit)} detik.`),
          kill,
        ),
        signal,
        kill,
      );
      return {};
    },
  };
}
