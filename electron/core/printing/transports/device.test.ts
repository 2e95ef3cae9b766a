import { execFileSync } from 'node:child_process';
import { chmodSync, createReadStream, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { samplePrinter } from '../../../../tests/support/printing';
import { tempDirPerTest } from '../../../../tests/support/tempDir';
import { cupsTransport } from './cups';
import { deviceTransport } from './device';
import type { PrintPayload } from './types';

const TIMEOUTS = { connectMs: 3000, statusMs: 1500, writeMs: 3000 };
const JOB: PrintPayload = {
  type: 'escpos',
  bytes: Uint8Array.from([0x1b, 0x40, ...Buffer.from('Lewat USB'), 0x0a, 0x1d, 0x56, 0x01]),
  title: 'Struk BTH1-20261128-0001',
};
const tempDir = tempDirPerTest();
const signal = () => new AbortController().signal;

describe('device path transport', () => {
  it('writes the bytes to an existing device file (like /dev/usb/lp0)', async () => {
    const device = join(tempDir(), 'lp0');
    writeFileSync(device, '');
    await deviceTransport(TIMEOUTS).send(
      samplePrinter({ transport: 'device', target: device }),
      JOB,
      signal(),
    );
    expect(Buffer.from(readFileSync(device)).equals(Buffer.from(JOB.bytes))).toBe(true);
  });

  it('streams into a FIFO that a reader holds open', async () => {
    const fifo = join(tempDir(), 'lp-fifo');
    execFileSync('mkfifo', [fifo]);
    const chunks: Buffer[] = [];
    const read = new Promise<void>((resolve) =>
      createReadStream(fifo)
        .on('data', (chunk) => chunks.push(chunk as Buffer))
        .on('end', () => resolve()),
    );
    await deviceTransport(TIMEOUTS).send(samplePrinter({ transport: 'device', target: fifo }), JOB, signal());
    await read;
    expect(Buffer.concat(chunks).equals(Buffer.from(JOB.bytes))).toBe(true);
  });

  it('never creates a file for a missing device, and says what to check', async () => {
    const missing = join(tempDir(), 'usb', 'lp0');
    await expect(
      deviceTransport(TIMEOUTS).send(samplePrinter({ transport: 'device', target: missing }), JOB, signal()),
    ).rejects.toThrow(`${missing} tidak ada. Periksa kabel USB printer`);
  });

  it('times out when nothing takes the data (a FIFO without a reader)', async () => {
    const fifo = join(tempDir(), 'lp-stuck');
    execFileSync('mkfifo', [fifo]);
    await expect(
      deviceTransport({ ...TIMEOUTS, connectMs: 500, writeMs: 500 }).send(
        samplePrinter({ transport: 'device', target: fifo }),
        JOB,
        signal(),
      ),
    ).rejects.toThrow(`${fifo} tidak menerima data dalam 1 detik`);
    // Open the FIFO once so the blocked open in the thread pool can finish and the test exits.
    createReadStream(fifo)
      .on('data', () => {})
      .on('error', () => {});
  });
});

// CUPS itself is not installed on the test machines; a stand-in `lp` first on PATH records its
// arguments and standard input exactly as CUPS would receive them.
describe('CUPS raw transport', () => {
  function fakeLp(exitCode = 0, message = ''): { env: NodeJS.ProcessEnv; args: string; data: string } {
    const dir = tempDir();
    const args = join(dir, 'args');
    const data = join(dir, 'data');
    const script = join(dir, 'lp');
    writeFileSync(
      script,
      `#!/bin/sh\nprintf '%s\\n' "$@" > '${args}'\ncat > '${data}'\n${message ? `echo '${message}' >&2\n` : ''}exit ${exitCode}\n`,
    );
    chmodSync(script, 0o755);
    return { env: { ...process.env, PATH: `${dir}:${process.env.PATH ?? ''}` }, args, data };
  }

  it('runs lp -d QUEUE -o raw with the bytes on standard input', async () => {
    const lp = fakeLp();
    await cupsTransport({ timeouts: TIMEOUTS, env: lp.env }).send(
      samplePrinter({ transport: 'cups', target: 'POS58' }),
      JOB,
      signal(),
    );
    expect(readFileSync(lp.args, 'utf8').split('\n')).toEqual([
      '-d',
      'POS58',
      '-o',
      'raw',
      '-t',
      'Struk BTH1-20261128-0001',
      '',
    ]);
    expect(readFileSync(lp.data).equals(Buffer.from(JOB.bytes))).toBe(true);
  });

  it('passes on why CUPS refused', async () => {
    const lp = fakeLp(1, 'lp: The printer or class does not exist.');
    await expect(
      cupsTransport({ timeouts: TIMEOUTS, env: lp.env }).send(
        samplePrinter({ transport: 'cups', target: 'TIDAKADA' }),
        JOB,
        signal(),
      ),
    ).rejects.toThrow(
      'CUPS menolak pekerjaan cetak untuk antrean TIDAKADA: lp: The printer or class does not exist.',
    );
  });

  it('says plainly when lp is not installed', async () => {
    await expect(
      cupsTransport({ timeouts: TIMEOUTS, command: join(tempDir(), 'no-lp') }).send(
        samplePrinter({ transport: 'cups', target: 'POS58' }),
        JOB,
        signal(),
      ),
    ).rejects.toThrow('Perintah lp (CUPS) tidak ada di komputer ini.');
  });
});
