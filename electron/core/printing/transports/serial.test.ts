// Serial printing through a pseudo-terminal pair made by Debian's socat: the app opens one end
// like a COM port or /dev/rfcomm0; the test plays the printer on the other end.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SerialPort } from 'serialport';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { decodeEscPos } from '../../../../scripts/virtualPrinter/decodeEscPos';
import { samplePrinter } from '../../../../tests/support/printing';
import { tempDirPerTest } from '../../../../tests/support/tempDir';
import type { DeviceTargetRules } from './deviceTarget';
import { listSerialPorts, serialTransport } from './serial';
import type { PrintPayload } from './types';

const TIMEOUTS = { connectMs: 3000, statusMs: 1500, writeMs: 3000 };
const JOB: PrintPayload = {
  type: 'escpos',
  bytes: Uint8Array.from([0x1b, 0x40, ...Buffer.from('Lewat Bluetooth'), 0x0a, 0x1d, 0x56, 0x01]),
  title: 'Uji serial',
};

const tempDir = tempDirPerTest();
/** The pty links socat makes live in a temp folder: let that folder count as /dev. */
const rules = (port: string): DeviceTargetRules => ({ dataDir: () => null, deviceDir: dirname(port) });
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const clean of cleanups.splice(0).reverse()) await clean();
});

beforeAll(() => {
  if (spawnSync('socat', ['-V']).error) {
    throw new Error('socat is needed for the serial tests: apt-get install socat (.ci/run installs it)');
  }
});

async function until(check: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A pty pair; `app` is the path the printer profile uses, the test holds `printer`. */
async function ptyPair(): Promise<{ app: string; printer: string }> {
  const dir = tempDir();
  const app = join(dir, 'ttyKarya');
  const printer = join(dir, 'ttyPrinter');
  const socat: ChildProcess = spawn(
    'socat',
    [`pty,raw,echo=0,link=${app}`, `pty,raw,echo=0,link=${printer}`],
    {
      stdio: 'ignore',
    },
  );
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        socat.once('exit', () => resolve());
        socat.kill('SIGTERM');
      }),
  );
  await until(() => existsSync(app) && existsSync(printer));
  return { app, printer };
}

/** The printer end: answers DLE EOT with `status(n)` (or stays silent) and collects the rest. */
async function playPrinter(path: string, status: (n: number) => number | null) {
  const port = new SerialPort({ path, baudRate: 9600, autoOpen: false });
  await new Promise<void>((resolve, reject) => port.open((error) => (error ? reject(error) : resolve())));
  cleanups.push(
    () => new Promise<void>((resolve) => (port.isOpen ? port.close(() => resolve()) : resolve())),
  );
  const received: number[] = [];
  let pending: number[] = [];
  port.on('data', (chunk: Buffer) => {
    pending.push(...chunk);
    while (pending.length >= 3 && pending[0] === 0x10 && pending[1] === 0x04) {
      const answer = status(pending[2] ?? 0);
      pending = pending.slice(3);
      if (answer !== null) port.write(Uint8Array.of(answer));
    }
    if (pending.length > 0 && pending[0] !== 0x10) {
      received.push(...pending);
      pending = [];
    }
  });
  return { received };
}

describe('serial transport over a socat pseudo-terminal pair', () => {
  it('asks status and prints', async () => {
    const { app, printer } = await ptyPair();
    const remote = await playPrinter(printer, () => 0x12);
    const outcome = await serialTransport(TIMEOUTS, rules(app)).send(
      samplePrinter({ transport: 'serial', target: app, baudRate: 9600 }),
      JOB,
      new AbortController().signal,
    );
    expect(outcome).toEqual({});
    await until(() => remote.received.length >= JOB.bytes.length);
    expect(decodeEscPos(Uint8Array.from(remote.received)).lines).toEqual(['Lewat Bluetooth']);
  });

  it('reports paper out from the status answer and sends nothing', async () => {
    const { app, printer } = await ptyPair();
    const remote = await playPrinter(printer, (n) => (n === 1 ? 0x1a : n === 2 ? 0x32 : 0x72));
    await expect(
      serialTransport(TIMEOUTS, rules(app)).send(
        samplePrinter({ transport: 'serial', target: app }),
        JOB,
        new AbortController().signal,
      ),
    ).rejects.toThrow(/^Kertas printer habis/);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(remote.received).toEqual([]);
  });

  it('times out cleanly on a printer that never answers status', async () => {
    const { app, printer } = await ptyPair();
    await playPrinter(printer, () => null);
    await expect(
      serialTransport({ ...TIMEOUTS, statusMs: 500 }, rules(app)).send(
        samplePrinter({ transport: 'serial', target: app }),
        JOB,
        new AbortController().signal,
      ),
    ).rejects.toThrow(/tidak menjawab pemeriksaan status dalam 0,5 detik/);
  });

  it('names a missing port plainly', async () => {
    const missing = join(tempDir(), 'rfcomm9');
    await expect(
      serialTransport(TIMEOUTS, rules(missing)).send(
        samplePrinter({ transport: 'serial', target: missing }),
        JOB,
        new AbortController().signal,
      ),
    ).rejects.toThrow(`Port ${missing} tidak ditemukan`);
  });

  it('refuses a port path that leads to an ordinary file, before opening it', async () => {
    const dir = tempDir();
    const file = join(dir, 'ttyS9');
    writeFileSync(file, 'bukan printer');
    await expect(
      serialTransport(TIMEOUTS, rules(file)).send(
        samplePrinter({ transport: 'serial', target: file }),
        JOB,
        new AbortController().signal,
      ),
    ).rejects.toThrow(`${file} bukan perangkat printer (file biasa)`);
    await expect(
      serialTransport(TIMEOUTS, { dataDir: () => dir }).send(
        samplePrinter({ transport: 'serial', target: join(dir, 'karya.db') }),
        JOB,
        new AbortController().signal,
      ),
    ).rejects.toThrow(/^Port serial harus berupa perangkat/);
    expect(readFileSync(file, 'utf8')).toBe('bukan printer');
  });

  it('lists the ports the system reports plus extra device paths', async () => {
    const ports = await listSerialPorts(() => ['/dev/rfcomm0']);
    expect(ports).toContainEqual({ path: '/dev/rfcomm0', description: '' });
  });
});
