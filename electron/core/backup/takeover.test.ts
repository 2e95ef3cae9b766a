// The till's identity in backups: each device code backs up into a folder of its own, the old flat
// folder is still listed, a backup of another till is refused unless the admin takes it over, every
// restore is audited in the restored database, and the start-up recovery never switches identity.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type {
  AuditEntry,
  BackupEntryInfo,
  BackupState,
  CommandName,
  CommandResult,
} from '../../../shared/contract';
import { engineIn } from '../../../tests/support/engine';
import { tempDirPerTest } from '../../../tests/support/tempDir';
import { runCli } from '../../cli/karya';
import { EngineError } from '../errors';
import { readBackupSettings } from './backupSettings';
import { recoverFromBackup, recoveryBackups } from './recovery';

const tempDir = tempDirPerTest();
const SALE = { lines: [{ productId: 1, qty: 1 }], cashTendered: 1_000_000 };

function data<T>(result: CommandResult<CommandName>): T {
  if (!result.ok) throw new Error(`refused: ${result.error.code} ${result.error.message}`);
  return result.data as T;
}

function refusal(result: CommandResult<CommandName>) {
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

function settingIn(file: string, key: string): string | undefined {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined)
      ?.value;
  } finally {
    db.close();
  }
}

/** A till with its own code, an admin and one sale per `sales`, backed up once (manual). */
async function till(device: string, sales = 1) {
  const dir = tempDir();
  const t = engineIn(dir, { deviceCode: device, backupCheckMs: 0 });
  const admin = await t.as('admin', 'Bu Admin');
  for (let i = 0; i < sales; i++) await t.ok('sales.commitCash', SALE);
  const backup = data<BackupEntryInfo>(await admin.call('backup.run', {}));
  return {
    dir,
    dbPath: join(dir, 'karya.db'),
    t,
    admin,
    backup,
    path: join(dir, 'backups', device, backup.file),
  };
}

describe('backup folders per device code', () => {
  it('writes into backups/<DEVICE>/ by default, a chosen folder as it is, and still lists the old flat folder', async () => {
    const { dir, t, admin, backup } = await till('PLU2');
    expect(backup.file).toBe('karya-PLU2-20261128-100000-manual.db');
    expect(backup.device).toBe('PLU2');
    expect(readdirSync(join(dir, 'backups', 'PLU2'))).toEqual([backup.file]);
    expect(readBackupSettings(join(dir, 'karya.db')).device).toBe('PLU2');

    // A backup made by an earlier version, straight into backups/: listed and restorable.
    const old = 'karya-PLU2-20261127-180000-dayclose.db';
    copyFileSync(join(dir, 'backups', 'PLU2', backup.file), join(dir, 'backups', old));
    let state = data<BackupState>(await admin.call('backup.list', {}));
    expect(state).toMatchObject({
      device: 'PLU2',
      folder: join(dir, 'backups', 'PLU2'),
      defaultFolder: join(dir, 'backups', 'PLU2'),
      isDefaultFolder: true,
    });
    expect(state.backups.map((b) => [b.file, b.device])).toEqual([
      [backup.file, 'PLU2'],
      [old, 'PLU2'],
    ]);
    const restored = data<{ restored: string; takenOverFrom: string | null }>(
      await admin.call('backup.restore', { file: old }),
    );
    expect(restored).toMatchObject({ restored: old, takenOverFrom: null });
    // Rotation of the new folder leaves the old flat folder alone.
    const again = await t.as('admin', 'Bu Admin');
    data(await again.call('backup.configure', { folder: null, keep: 1, intervalMinutes: 0 }));
    t.setNow('2026-11-28T03:00:00Z');
    data(await again.call('backup.run', {}));
    expect(existsSync(join(dir, 'backups', old))).toBe(true);

    // A folder the admin chose (a flash drive) is used as chosen: no device subfolder in it.
    const usb = join(dir, 'usb');
    mkdirSync(usb);
    state = data<BackupState>(
      await again.call('backup.configure', { folder: usb, keep: 2, intervalMinutes: 0 }),
    );
    expect(state).toMatchObject({
      folder: usb,
      isDefaultFolder: false,
      defaultFolder: join(dir, 'backups', 'PLU2'),
    });
    const onUsb = data<BackupEntryInfo>(await again.call('backup.run', {}));
    expect(readdirSync(usb)).toEqual([onUsb.file]);
    t.engine.close();
  });

  it('rotates only its own backups in a folder shared by two tills', async () => {
    const other = await till('PLU1');
    const { t, admin } = await till('PLU2');
    const usb = join(other.dir, 'usb');
    mkdirSync(usb);
    copyFileSync(other.path, join(usb, other.backup.file));
    data(await admin.call('backup.configure', { folder: usb, keep: 1, intervalMinutes: 0 }));
    for (const at of ['2026-11-28T03:00:00Z', '2026-11-28T04:00:00Z']) {
      t.setNow(at);
      data(await admin.call('backup.run', {}));
    }
    expect(readdirSync(usb).sort()).toEqual([other.backup.file, 'karya-PLU2-20261128-120000-manual.db']);
    other.t.engine.close();
    t.engine.close();
  });
});

describe('restoring another till’s backup', () => {
  it('is refused, naming both codes, and changes nothing', async () => {
    const plu1 = await till('PLU1', 3);
    const { dir, dbPath, t, admin } = await till('PLU2');
    const sale = await t.ok('sales.commitCash', SALE);
    mkdirSync(join(dir, 'backups', 'PLU1'));
    copyFileSync(plu1.path, join(dir, 'backups', 'PLU1', plu1.backup.file));

    // Listed (the folder of another code beside this till's), with its code.
    const state = data<BackupState>(await admin.call('backup.list', {}));
    expect(state.backups.find((b) => b.file === plu1.backup.file)?.device).toBe('PLU1');
    expect(data(await admin.call('backup.inspect', { file: plu1.backup.file }))).toEqual({
      file: plu1.backup.file,
      device: 'PLU1',
      thisDevice: 'PLU2',
      sales: 3,
      schemaVersion: expect.any(Number),
    });

    const refused = refusal(await admin.call('backup.restore', { file: plu1.backup.file }));
    expect(refused.code).toBe('DEVICE_MISMATCH');
    expect(refused.message).toContain('berasal dari perangkat PLU1, sedangkan kasir ini PLU2');
    // A takeover naming the wrong code is refused too.
    const wrong = refusal(
      await admin.call('backup.restore', { file: plu1.backup.file, takeover: { fromDevice: 'PLU3' } }),
    );
    expect(wrong.code).toBe('INVALID_INPUT');
    expect(wrong.message).toContain('PLU3');
    expect(wrong.message).toContain('PLU1');
    // Nothing changed: same code, the sale still here, no safety copy, still signed in.
    expect(settingIn(dbPath, 'device_code')).toBe('PLU2');
    expect(
      data<{ receiptNo: string }>(await admin.call('sales.get', { receiptNo: sale.receiptNo })).receiptNo,
    ).toBe(sale.receiptNo);
    expect(readdirSync(join(dir, 'backups', 'PLU2')).filter((f) => f.includes('safety'))).toEqual([]);

    // Only an admin may take over.
    const manager = await t.as('manager', 'Pak Manajer');
    expect(
      refusal(
        await manager.call('backup.restore', { file: plu1.backup.file, takeover: { fromDevice: 'PLU1' } }),
      ).code,
    ).toBe('FORBIDDEN');
    plu1.t.engine.close();
    t.engine.close();
  });

  it('goes ahead as a takeover: the engine becomes PLU1 and the restored audit log says so', async () => {
    const plu1 = await till('PLU1', 3);
    plu1.t.engine.close();
    const { dir, dbPath, t, admin } = await till('PLU2');
    const usb = join(dir, 'usb');
    mkdirSync(usb);
    copyFileSync(plu1.path, join(usb, plu1.backup.file));
    data(await admin.call('backup.configure', { folder: usb, keep: 14, intervalMinutes: 0 }));
    const installBefore = settingIn(dbPath, 'install_id');

    const result = data<{
      device: string;
      sales: number;
      takenOverFrom: string;
      safetyCopy: BackupEntryInfo;
    }>(await admin.call('backup.restore', { file: plu1.backup.file, takeover: { fromDevice: 'plu1 ' } }));
    expect(result).toMatchObject({ device: 'PLU1', sales: 3, takenOverFrom: 'PLU2' });
    // The safety copy is this till's data as it was, under its old code.
    expect(result.safetyCopy.file).toMatch(/^karya-PLU2-.*-safety\.db$/);
    expect(settingIn(join(usb, result.safetyCopy.file), 'device_code')).toBe('PLU2');

    // Everyone signs in again; the running engine is PLU1 from now on.
    expect(refusal(await admin.call('backup.list', {})).code).toBe('UNAUTHENTICATED');
    const again = await t.as('admin', 'Bu Admin', { shift: false });
    expect(data<{ device: string }>(await again.call('app.info', {})).device).toBe('PLU1');
    const next = await t.ok('sales.commitCash', SALE);
    expect(next.receiptNo).toBe('PLU1-20261128-0004');
    // The till is the old one, batch chain and all: its install id came with the backup.
    expect(settingIn(dbPath, 'install_id')).toBe(settingIn(plu1.dbPath, 'install_id'));
    expect(settingIn(dbPath, 'install_id')).not.toBe(installBefore);
    expect(readBackupSettings(dbPath).device).toBe('PLU1');

    // The audit entries are in the restored database (written after the swap, not lost with it).
    const audit = data<AuditEntry[]>(await again.call('audit.list', {}));
    expect(audit.slice(0, 2).map((e) => [e.action, e.device, e.userName, e.subject])).toEqual([
      ['device.takeover', 'PLU1', 'Bu Admin', 'PLU2 → PLU1'],
      ['backup.restore', 'PLU1', 'Bu Admin', plu1.backup.file],
    ]);
    expect(audit[0]?.detail).toMatchObject({
      file: plu1.backup.file,
      backupDevice: 'PLU1',
      deviceBefore: 'PLU2',
      safetyCopy: result.safetyCopy.file,
    });
    t.engine.close();
  });

  it('a restore of this till’s own backup needs no takeover and is audited in the restored data', async () => {
    const { t, admin, backup } = await till('PLU2');
    await t.ok('sales.commitCash', SALE);
    const result = data<{ takenOverFrom: string | null }>(
      await admin.call('backup.restore', { file: backup.file }),
    );
    expect(result.takenOverFrom).toBeNull();
    const again = await t.as('admin', 'Bu Admin', { shift: false });
    const audit = data<AuditEntry[]>(await again.call('audit.list', { action: 'backup.restore' }));
    expect(audit.map((e) => [e.action, e.device, e.userName, e.subject])).toEqual([
      ['backup.restore', 'PLU2', 'Bu Admin', backup.file],
    ]);
    expect(data<AuditEntry[]>(await again.call('audit.list', { action: 'device.takeover' }))).toEqual([]);
    t.engine.close();
  });
});

describe('the start-up recovery', () => {
  function damage(file: string): void {
    const bytes = readFileSync(file);
    bytes.fill(0x5a, 0, 100); // the header: not a database any more, nothing readable in it
    writeFileSync(file, bytes);
  }

  it('offers only this till’s backups and refuses one of another code', async () => {
    const plu1 = await till('PLU1');
    plu1.t.engine.close();
    const { dir, dbPath, t, backup } = await till('PLU2');
    t.engine.close();
    mkdirSync(join(dir, 'backups', 'PLU1'));
    const foreign = join(dir, 'backups', 'PLU1', plu1.backup.file);
    copyFileSync(plu1.path, foreign);
    // Another till's backup renamed as if it were this one's: its contents still say PLU1.
    const disguised = join(dir, 'backups', 'karya-PLU2-20261128-090000-manual.db');
    copyFileSync(plu1.path, disguised);
    damage(dbPath);

    // The code is known from the settings file beside the database, though the file is unreadable.
    const offered = recoveryBackups(dbPath);
    expect(offered.map((b) => b.file)).toEqual([backup.file, 'karya-PLU2-20261128-090000-manual.db']);
    expect(() => recoverFromBackup(dbPath, foreign)).toThrow(EngineError);
    let refused: EngineError | null = null;
    try {
      recoverFromBackup(dbPath, disguised);
    } catch (error) {
      refused = error as EngineError;
    }
    expect(refused?.code).toBe('DEVICE_MISMATCH');
    expect(refused?.message).toContain('perangkat PLU1, sedangkan kasir ini PLU2');
    expect(readdirSync(dir).filter((f) => f.includes('rusak'))).toEqual([]);

    // The command line's recover says the same; this till's own backup brings it back as PLU2.
    const out: string[] = [];
    const io = { out: (line: string) => out.push(line), err: () => {} };
    expect(await runCli(['--db', dbPath, 'recover', plu1.backup.file], io)).toBe(1);
    expect(await runCli(['--db', dbPath, 'recover', backup.file], io)).toBe(0);
    expect(settingIn(dbPath, 'device_code')).toBe('PLU2');
  });
});
