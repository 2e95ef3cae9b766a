import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { SYSTEM } from '../../../electron/core/auth/access';
import type { CommandResult } from '../../../shared/contract';
import { engineIn } from '../../../tests/support/engine';
import { tempDirPerTest } from '../../../tests/support/tempDir';
import { openEngine } from '../engine';

const tempDir = tempDirPerTest();

const SETUP = {
  device: 'plu2',
  storeName: 'Karya Lapas Palu',
  storeAddress: ['Jl. Dewi Sartika No. 1', '', 'Palu'],
  timeZone: 'Asia/Makassar',
  name: 'Bu Ratna',
  pin: '1357',
};

function settingsOf(dir: string): Record<string, string> {
  const db = new Database(join(dir, 'karya.db'), { readonly: true });
  const rows = db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
  db.close();
  return Object.fromEntries(rows.map((row) => [row.key, row.value]));
}

describe('first-run setup', () => {
  it('a fresh file without KARYA_DEVICE asks for the code; nothing looks set up before the last step', async () => {
    const dir = tempDir();
    const t = engineIn(dir);
    expect(await t.ok('setup.status', {})).toMatchObject({ needsSetup: true, device: null });
    expect(await t.ok('auth.status', {})).toMatchObject({ needsSetup: true, users: [] });
    // The placeholder is stored (the command line works on a fresh file) but marked as nobody's choice.
    expect(settingsOf(dir)).toMatchObject({ device_code: 'BTH1', device_code_provisional: '1' });
    t.engine.close();
  });

  it('writes the code, header, zone and admin in one step, signs the admin in and audits it', async () => {
    const dir = tempDir();
    const t = engineIn(dir);
    const done = await t.ok('setup.complete', { ...SETUP, timeZone: 'Asia/Jayapura' });
    expect(done.user).toMatchObject({ name: 'Bu Ratna', role: 'admin' });
    const people = (await t.engine.call('users.list', {}, done.session)) as CommandResult<'users.list'>;
    expect(people.ok && people.data.map((p) => [p.name, p.lastLoginAt])).toEqual([
      ['Bu Ratna', '2026-11-28T02:00:00.000Z'],
    ]);
    const info = (await t.engine.call('app.info', {}, done.session)) as CommandResult<'app.info'>;
    expect(info.ok && info.data.device).toBe('PLU2');
    const settings = settingsOf(dir);
    expect(settings).toMatchObject({ device_code: 'PLU2', time_zone: 'Asia/Jayapura' });
    expect(settings.device_code_provisional).toBeUndefined();
    expect(JSON.parse(settings['receipt.header'] ?? '[]')).toEqual([
      'Karya Lapas Palu',
      'Jl. Dewi Sartika No. 1',
      'Palu',
    ]);
    const audit = (await t.engine.call('audit.list', {}, done.session)) as CommandResult<'audit.list'>;
    expect(audit.ok && audit.data.map((entry) => [entry.action, entry.userName, entry.subject])).toEqual([
      ['setup.complete', 'Bu Ratna', 'PLU2'],
      ['device.code', 'Bu Ratna', 'PLU2'],
    ]);
    // The first sale is numbered with the chosen code.
    const cashier = await t.as('cashier', 'Sri');
    const [product] = await cashier.ok('products.list', {});
    const sale = await cashier.ok('sales.commitCash', {
      lines: [{ productId: product?.id ?? 0, qty: 1 }],
      cashTendered: 1_000_000,
    });
    expect(sale.receiptNo).toMatch(/^PLU2-20261128-0001$/);
    expect(await t.ok('setup.status', {})).toEqual({
      needsSetup: false,
      device: null,
      timeZone: 'Asia/Jayapura',
      laptopTimeZone: expect.any(String),
    });
    t.engine.close();
  });

  it('refuses a bad code, zone, name or PIN in Indonesian and writes nothing', async () => {
    const dir = tempDir();
    const t = engineIn(dir);
    const before = settingsOf(dir);
    for (const [change, message] of [
      [{ device: 'P' }, /Kode perangkat harus 2 sampai 8 huruf atau angka/],
      [{ device: 'PLU-2' }, /Kode perangkat harus 2 sampai 8 huruf atau angka/],
      [{ device: 'TOOLONG99' }, /Kode perangkat harus 2 sampai 8/],
      [{ storeName: '  ' }, /Nama stan atau outlet harus diisi/],
      [{ storeAddress: ['a', 'b', 'c', 'd'] }, /Alamat paling banyak 3 baris/],
      [{ timeZone: 'WITA' }, /Zona waktu tidak dikenal/],
      [{ pin: '12' }, /PIN harus 4 sampai 6 angka/],
      [{ name: '' }, /Nama wajib diisi/],
    ] as const) {
      const result = await t.engine.call('setup.complete', { ...SETUP, ...change }, SYSTEM);
      expect(result.ok, JSON.stringify(change)).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(message);
    }
    expect(settingsOf(dir)).toEqual(before);
    expect((await t.ok('auth.status', {})).needsSetup).toBe(true);
    t.engine.close();
  });

  it('runs once: a second setup, even anonymous and with another code, is refused', async () => {
    const t = engineIn(tempDir());
    await t.ok('setup.complete', SETUP);
    const again = await t.engine.call('setup.complete', { ...SETUP, device: 'EVIL', name: 'Orang Lain' });
    expect(again.ok ? null : again.error).toEqual(
      expect.objectContaining({
        code: 'FORBIDDEN',
        message: 'Kasir ini sudah disiapkan; masuk dengan PIN.',
      }),
    );
    expect((await t.ok('app.info', {})).device).toBe('PLU2');
    t.engine.close();
  });

  it('a scripted install keeps KARYA_DEVICE: the code is offered, not a placeholder', async () => {
    const dir = tempDir();
    const engine = openEngine({ dbPath: join(dir, 'karya.db'), deviceCode: 'TMB3' });
    const status = await engine.call('setup.status', {}, SYSTEM);
    expect(status.ok && status.data).toMatchObject({ needsSetup: true, device: 'TMB3' });
    engine.close();
    expect(settingsOf(dir).device_code_provisional).toBeUndefined();
  });
});

describe('changing the device code', () => {
  it('an admin may change it before the first sale (open shifts move with it), not after', async () => {
    const t = engineIn(tempDir());
    const admin = await t.as('admin', 'Bu Admin', { shift: false });
    const sri = await t.as('cashier', 'Sri');
    const before = await admin.ok('device.settings', {});
    expect(before).toMatchObject({ device: 'BTH1', deviceCodeLocked: null, deviceCodeProvisional: true });
    const changed = await admin.ok('device.saveSettings', {
      device: 'plu7',
      timeZone: before.timeZone,
      dayCutoffHour: before.dayCutoffHour,
    });
    expect(changed).toMatchObject({ device: 'PLU7', deviceCodeProvisional: false });
    expect((await t.ok('app.info', {})).device).toBe('PLU7');
    // Sri's open shift follows the till to its new code: she sells without reopening it.
    const [product] = await sri.ok('products.list', {});
    const sale = await sri.ok('sales.commitCash', {
      lines: [{ productId: product?.id ?? 0, qty: 1 }],
      cashTendered: 1_000_000,
    });
    expect(sale.receiptNo).toBe('PLU7-20261128-0001');
    const refused = await admin.call('device.saveSettings', {
      device: 'PLU8',
      timeZone: before.timeZone,
      dayCutoffHour: before.dayCutoffHour,
    });
    expect(refused.ok ? null : refused.error.message).toMatch(/Kode perangkat tidak bisa diganti lagi/);
    expect(await admin.ok('device.settings', {})).toMatchObject({
      device: 'PLU7',
      deviceCodeLocked: 'sales',
    });
    const [entry] = await admin.ok('audit.list', { action: 'device.code' });
    expect(entry).toMatchObject({ userName: 'Bu Admin', detail: { before: 'BTH1', after: 'PLU7' } });
    t.engine.close();
  });

  it('a running app sees a code or zone another process stored (the command line)', async () => {
    const dir = tempDir();
    const app = engineIn(dir);
    expect((await app.ok('app.info', {})).device).toBe('BTH1');
    const cli = engineIn(dir);
    await cli.ok('setup.complete', { ...SETUP, timeZone: 'Asia/Jakarta' });
    cli.engine.close();
    expect(await app.ok('device.settings', {})).toMatchObject({ device: 'PLU2', timeZone: 'Asia/Jakarta' });
    app.engine.close();
  });

  it('a manager may not change it', async () => {
    const t = engineIn(tempDir());
    const manager = await t.as('manager', 'Pak Manajer', { shift: false });
    const result = await manager.call('device.saveSettings', {
      device: 'PLU9',
      timeZone: 'Asia/Makassar',
      dayCutoffHour: 4,
    });
    expect(result.ok ? null : result.error.code).toBe('FORBIDDEN');
    expect((await t.ok('app.info', {})).device).toBe('BTH1');
    t.engine.close();
  });
});
