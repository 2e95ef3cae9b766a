// A manager could once point a "device" printer at karya.db and destroy it with one test page.
// Printer paths are refused unless they are device names, when saved and again at print time.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { formatMessage } from '../../../shared/messages';
import { wordStored } from '../../../shared/messages/stored';
import { isDeviceTarget } from '../../../shared/printerTarget';
import { engineIn, type TestEngine } from '../../../tests/support/engine';
import { tempDirPerTest } from '../../../tests/support/tempDir';

const tempDir = tempDirPerTest();
const engines: TestEngine[] = [];
afterEach(() => {
  for (const t of engines.splice(0)) t.engine.close();
});

function till(): { t: TestEngine; dbPath: string } {
  const dir = tempDir();
  const t = engineIn(dir, { printing: { timeouts: { connectMs: 500, statusMs: 500, writeMs: 500 } } });
  engines.push(t);
  return { t, dbPath: join(dir, 'karya.db') };
}

describe('printer paths', () => {
  it('are refused when saved unless they name a device', async () => {
    const { t, dbPath } = till();
    const manager = await t.as('manager');
    for (const [transport, target] of [
      ['device', dbPath],
      ['device', '/etc/passwd'],
      ['device', '/dev/usb/../../etc/passwd'],
      ['device', 'karya.db'],
      ['device', 'C:\\Users\\kasir\\AppData\\Roaming\\Karya POS\\karya.db'],
      ['serial', dbPath],
      ['serial', '/dev/usb/lp0'],
    ] as const) {
      const answer = await manager.call('printers.save', { name: 'Jahat', transport, target });
      expect(answer, `${transport} ${target}`).toMatchObject({
        ok: false,
        error: {
          code: 'INVALID_INPUT',
          message: expect.stringMatching(
            transport === 'device'
              ? /Jalur printer harus berupa perangkat, contoh \/dev\/usb\/lp0.*file biasa tidak diterima/
              : /Port serial harus berupa perangkat, contoh COM3/,
          ),
        },
      });
    }
    expect(await manager.ok('printers.list', {})).toEqual([]);
    // A device that is not plugged in right now can still be set up.
    await expect(
      manager.ok('printers.save', { name: 'USB', transport: 'device', target: '/dev/usb/lp7' }),
    ).resolves.toMatchObject({ target: '/dev/usb/lp7' });
    await expect(
      manager.ok('printers.save', { name: 'Bluetooth', transport: 'serial', target: '/dev/rfcomm0' }),
    ).resolves.toMatchObject({ target: '/dev/rfcomm0' });
  });

  it.skipIf(process.platform === 'win32')(
    "refuses a path of another system's shape when saved, with its wording's key",
    async () => {
      const { t } = till();
      const manager = await t.as('manager');
      // COM3 passes the contract (a profile may be typed on a Windows laptop) but is no device here.
      const answer = await manager.call('printers.save', {
        name: 'Jahat',
        transport: 'device',
        target: 'COM3',
      });
      expect(answer).toMatchObject({
        ok: false,
        error: {
          code: 'INVALID_INPUT',
          key: 'printing.targetShape',
          params: { rule: { key: 'input.printerDevice' } },
          message: expect.stringMatching(
            /^Jalur printer harus berupa perangkat.*Ubah alamat printer di menu Printer\.$/,
          ),
        },
      });
      const error = answer.ok ? null : answer.error;
      expect(formatMessage('en', error?.key ?? '', error?.params)).toMatch(
        /^The printer path must be a device, .*Change the printer address in the Printers menu\.$/,
      );
    },
  );

  it('are checked again at print time: a profile stored with the database as its path prints nothing there', async () => {
    const { t, dbPath } = till();
    const manager = await t.as('manager');
    // As an older version (or a changed file) left it: written past the save check.
    const raw = new Database(dbPath);
    raw
      .prepare(
        `INSERT INTO printers (name, transport, target, baud_rate, columns, code_page, qr_mode, feed_lines, cut,
           drawer_kick, logo, origin_line, status_check, is_default, created_at, updated_at)
         VALUES ('Lama', 'device', ?, NULL, 32, 'cp437', 'raster', 4, 1, 0, 0, 0, 1, 1, 'x', 'x')`,
      )
      .run(dbPath);
    raw.close();
    const [printer] = await manager.ok('printers.list', {});
    const job = await manager.ok('printers.test', { id: printer?.id ?? 0 });
    expect(await t.engine.printing.runOnce()).toBe(1);
    const [after] = (await manager.ok('printing.jobs', {})).jobs;
    expect(after).toMatchObject({
      id: job.id,
      status: 'failed',
      nextAttemptAt: null,
      lastError: 'printing.targetShape{"rule":{"key":"input.printerDevice"}}',
    });
    expect(wordStored('id', after?.lastError ?? '')).toMatch(/^Jalur printer harus berupa perangkat/);
    expect(wordStored('en', after?.lastError ?? '')).toMatch(
      /^The printer path must be a device, .*Change the printer address in the Printers menu\.$/,
    );
    // The database is whole: still SQLite, still ours, integrity intact.
    const check = new Database(dbPath, { readonly: true });
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    check.close();
    expect((await manager.ok('products.list', {})).length).toBeGreaterThan(0);
  });
});

describe('device path shapes', () => {
  it('accept device files of each system and nothing else', () => {
    for (const target of [
      '/dev/usb/lp0',
      '/dev/lp0',
      '/dev/ttyUSB0',
      '/dev/ttyACM1',
      '/dev/ttyS0',
      '/dev/rfcomm0',
      '/dev/cu.POS58-SerialPort',
      'COM3',
      'com12',
      'LPT1',
      '\\\\.\\COM10',
      '\\\\localhost\\POS58',
      '\\\\KASIR-PC\\Printer Struk',
    ]) {
      expect(isDeviceTarget('device', target), target).toBe(true);
    }
    for (const target of [
      '',
      '/dev/sda',
      '/dev/shm/karya.db',
      '/dev/usb/lp0/../../../home/kasir/karya.db',
      '/home/kasir/.config/Karya POS/karya.db',
      'lp0',
      'COM3.txt',
      'C:\\karya.db',
      '\\\\.\\C:',
      '\\\\.\\PhysicalDrive0',
      '\\\\?\\C:\\karya.db',
      '\\\\localhost\\share\\karya.db',
      '//localhost/POS58',
    ]) {
      expect(isDeviceTarget('device', target), target).toBe(false);
    }
    expect(isDeviceTarget('serial', '/dev/rfcomm3')).toBe(true);
    expect(isDeviceTarget('serial', '\\\\.\\COM10')).toBe(true);
    expect(isDeviceTarget('serial', '/dev/usb/lp0')).toBe(false);
    expect(isDeviceTarget('serial', '\\\\localhost\\POS58')).toBe(false);
  });
});
