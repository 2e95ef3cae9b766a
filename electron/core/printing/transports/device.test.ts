import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SerialPort } from 'serialport';
import { afterEach, describe, expect, it } from 'vitest';
import { samplePrinter } from '../../../../tests/support/printing';
import { tempDirPerTest } from '../../../../tests/support/tempDir';
import { cupsTransport } from './cups';
import { deviceTransport } from './device';
import { checkDeviceTarget, type DeviceTargetRules } from './deviceTarget';
import { PrintError, type PrintPayload } from './types';

const TIMEOUTS = { connectMs: 3000, statusMs: 1500, writeMs: 3000 };
const JOB: PrintPayload = {
  type: 'escpos',
  bytes: Uint8Array.from([0x1b, 0x40, ...Buffer.from('Lewat USB'), 0x0a, 0x1d, 0x56, 0x01]),
  title: 'Struk BTH1-20261128-0001',
};
const tempDir = tempDirPerTest();
const signal = () => new AbortController().signal;
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const clean of cleanups.splice(0).reverse()) await clean();
});

/** A pty pair made by socat in `dir`: the app writes to `app` (a character device), the test reads `printer`. */
async function ptyPair(dir: string): Promise<{ app: string; printer: string }> {
  const app = join(dir, 'ttyKarya');
  const printer = join(dir, 'ttyPrinter');
  const socat = spawn('socat', [`pty,raw,echo=0,link=${app}`, `pty,raw,echo=0,link=${printer}`], {
    stdio: 'ignore',
  });
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        socat.once('exit', () => resolve());
        socat.kill('SIGTERM');
      }),
  );
  const end = Date.now() + 5000;
  while (!existsSync(app) || !existsSync(printer)) {
    if (Date.now() > end) throw new Error('socat made no pty pair');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return { app, printer };
}

/** Rules for a test: `dir` counts as /dev, `dataDir` holds the database. */
function rules(dir: string, dataDir: string | null = null): DeviceTargetRules {
  return { dataDir: () => dataDir, deviceDir: dir };
}

describe('device path transport', () => {
  it('writes the bytes to a character device (a pty standing in for /dev/usb/lp0)', async () => {
    const dir = tempDir();
    const { app, printer } = await ptyPair(dir);
    const port = new SerialPort({ path: printer, baudRate: 9600, autoOpen: false });
    await new Promise<void>((resolve, reject) => port.open((error) => (error ? reject(error) : resolve())));
    cleanups.push(() => new Promise<void>((resolve) => port.close(() => resolve())));
    const received: number[] = [];
    port.on('data', (chunk: Buffer) => received.push(...chunk));
    await deviceTransport(TIMEOUTS, rules(dir)).send(
      samplePrinter({ transport: 'device', target: app }),
      JOB,
      signal(),
    );
    const end = Date.now() + 5000;
    while (received.length < JOB.bytes.length && Date.now() < end) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(Buffer.from(received).equals(Buffer.from(JOB.bytes))).toBe(true);
  });

  it('never writes to an ordinary file, even one named like a device', async () => {
    const dir = tempDir();
    const file = join(dir, 'lp0');
    writeFileSync(file, 'isi penting');
    await expect(
      deviceTransport(TIMEOUTS, rules(dir)).send(
        samplePrinter({ transport: 'device', target: file }),
        JOB,
        signal(),
      ),
    ).rejects.toThrow(`${file} bukan perangkat printer (file biasa)`);
    expect(readFileSync(file, 'utf8')).toBe('isi penting');
  });

  it('refuses the database itself: a path that is not a device name is never opened', async () => {
    const dataDir = tempDir();
    const db = join(dataDir, 'karya.db');
    writeFileSync(db, 'SQLite format 3\0');
    const error = await deviceTransport(TIMEOUTS, rules(tempDir(), dataDir))
      .send(samplePrinter({ transport: 'device', target: db }), JOB, signal())
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PrintError);
    expect((error as PrintError).retryable).toBe(false);
    expect((error as PrintError).message).toMatch(/^Jalur printer harus berupa perangkat/);
    expect(readFileSync(db, 'utf8')).toBe('SQLite format 3\0');
  });

  it('refuses a device name that became a link into the data folder after it was saved', async () => {
    const dir = tempDir();
    const dataDir = tempDir();
    const db = join(dataDir, 'karya.db');
    writeFileSync(db, 'SQLite format 3\0');
    const link = join(dir, 'ttyUSB0');
    symlinkSync(db, link);
    await expect(
      deviceTransport(TIMEOUTS, rules(dir, dataDir)).send(
        samplePrinter({ transport: 'device', target: link }),
        JOB,
        signal(),
      ),
    ).rejects.toThrow(`${link} menunjuk ke folder data Karya POS (tempat database), bukan ke printer.`);
    expect(readFileSync(db, 'utf8')).toBe('SQLite format 3\0');
  });

  it('refuses a link to an ordinary file elsewhere, and a pipe, without opening them', async () => {
    const dir = tempDir();
    const elsewhere = join(tempDir(), 'catatan.txt');
    writeFileSync(elsewhere, 'catatan');
    const link = join(dir, 'lp1');
    symlinkSync(elsewhere, link);
    await expect(
      deviceTransport(TIMEOUTS, rules(dir)).send(
        samplePrinter({ transport: 'device', target: link }),
        JOB,
        signal(),
      ),
    ).rejects.toThrow(`${link} bukan perangkat printer (file biasa)`);
    expect(readFileSync(elsewhere, 'utf8')).toBe('catatan');
    // A FIFO without a reader would block the open: refused before it.
    const fifo = join(dir, 'lp-fifo');
    execFileSync('mkfifo', [fifo]);
    await expect(
      deviceTransport(TIMEOUTS, rules(dir)).send(
        samplePrinter({ transport: 'device', target: fifo }),
        JOB,
        signal(),
      ),
    ).rejects.toThrow(`${fifo} bukan perangkat printer (pipa FIFO)`);
  });

  it('never creates a file for a missing device, and says what to check', async () => {
    const dir = tempDir();
    const missing = join(dir, 'lp9');
    await expect(
      deviceTransport(TIMEOUTS, rules(dir)).send(
        samplePrinter({ transport: 'device', target: missing }),
        JOB,
        signal(),
      ),
    ).rejects.toThrow(`${missing} tidak ada. Periksa kabel USB printer`);
    expect(existsSync(missing)).toBe(false);
  });

  it('times out when nothing takes the data (a device nobody reads)', async () => {
    const dir = tempDir();
    const { app } = await ptyPair(dir);
    // More than the pty and socat can buffer, so the write blocks like a printer out of paper.
    const big: PrintPayload = { ...JOB, bytes: new Uint8Array(4 * 1024 * 1024).fill(0x41) };
    await expect(
      deviceTransport({ ...TIMEOUTS, connectMs: 500, writeMs: 500 }, rules(dir)).send(
        samplePrinter({ transport: 'device', target: app }),
        big,
        signal(),
      ),
    ).rejects.toThrow(`${app} tidak menerima data dalam 1 detik`);
  });
});

describe('device targets on Windows', () => {
  const win = { dataDir: () => 'C:\\Users\\kasir\\AppData\\Roaming\\Karya POS', platform: 'win32' as const };

  it('accepts ports, the device namespace and printer shares', async () => {
    for (const target of [
      'COM3',
      'LPT1',
      '\\\\.\\COM10',
      '\\\\localhost\\POS58',
      '\\\\KASIR-PC\\Printer Struk',
    ]) {
      await expect(checkDeviceTarget('device', target, win)).resolves.toBeUndefined();
    }
  });

  it('refuses files, drives and anything deeper than host and share', async () => {
    for (const target of [
      'C:\\Users\\kasir\\AppData\\Roaming\\Karya POS\\karya.db',
      '\\\\localhost\\C$\\Users\\kasir\\AppData\\Roaming\\Karya POS\\karya.db',
      '\\\\.\\C:',
      '\\\\.\\PhysicalDrive0',
      '\\\\?\\C:\\karya.db',
      'karya.db',
    ]) {
      await expect(checkDeviceTarget('device', target, win), target).rejects.toThrow(
        /^Jalur printer harus berupa perangkat/,
      );
    }
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
