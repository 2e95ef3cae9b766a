import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { BackupEntryInfo, BackupState, CommandName, CommandResult } from '../../../shared/contract';
import { engineIn } from '../../../tests/support/engine';
import { tempDirPerTest } from '../../../tests/support/tempDir';
import { SYSTEM } from '../auth/access';
import { KARYA_APPLICATION_ID, loadMigrations } from '../db/migrate';
import { DEFAULT_MIGRATIONS_DIR } from '../db/open';
import { BACKUP_NAME, listBackups, newBackupName, rotateBackups } from './backupFiles';
import { readBackupSettings, settingsFile } from './backupSettings';

const tempDir = tempDirPerTest();
const SALE = { lines: [{ productId: 1, qty: 2 }], cashTendered: 1_000_000 };

function salesIn(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM sales').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

function data<T>(result: CommandResult<CommandName>): T {
  if (!result.ok) throw new Error(`refused: ${result.error.code} ${result.error.message}`);
  return result.data as T;
}

async function adminIn(dir: string) {
  const t = engineIn(dir, { backupCheckMs: 0 });
  const admin = await t.as('admin');
  return { t, admin, dir, dbPath: join(dir, 'karya.db'), folder: join(dir, 'backups', 'BTH1') };
}

describe('backup.run', () => {
  it('writes a standalone, checked copy while sales go on, named for the till, time and kind', async () => {
    const { t, admin, folder } = await adminIn(tempDir());
    await t.ok('sales.commitCash', SALE);
    // A sale committed while the backup copies pages is in the live file; the backup is a snapshot.
    const running = admin.call('backup.run', {});
    const during = t.ok('sales.commitCash', SALE);
    const entry = data<BackupEntryInfo>(await running);
    await during;
    expect(entry.file).toMatch(BACKUP_NAME);
    expect(entry.file).toBe('karya-BTH1-20261128-100000-manual.db'); // 10.00 WITA
    expect(entry.kind).toBe('manual');
    const file = join(folder, entry.file);
    expect(entry.bytes).toBe(readFileSync(file).length);
    // Rollback-journal mode and no side files: readable from a read-only flash drive.
    expect(readdirSync(folder)).toEqual([entry.file]);
    const copy = new Database(file, { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(copy.pragma('application_id', { simple: true })).toBe(KARYA_APPLICATION_ID);
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect([1, 2]).toContain((copy.prepare('SELECT count(*) AS n FROM sales').get() as { n: number }).n);
    copy.close();
    t.engine.close();
  });

  it('is for admins only', async () => {
    const t = engineIn(tempDir(), { backupCheckMs: 0 });
    for (const role of ['cashier', 'manager'] as const) {
      const user = await t.as(role);
      for (const command of ['backup.run', 'backup.list', 'diagnostics.collect']) {
        expect(await user.call(command, {}), `${role} ${command}`).toMatchObject({
          ok: false,
          error: { code: 'FORBIDDEN' },
        });
      }
      expect(await user.call('backup.restore', { file: 'x.db' })).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
    }
    t.engine.close();
  });
});

describe('rotation', () => {
  it('keeps the newest N of each kind, so automatic backups never push out day-close ones', () => {
    const folder = tempDir();
    const at = (minute: number) => new Date(Date.UTC(2026, 10, 28, 2, minute));
    const made: string[] = [];
    for (const [minute, kind] of [
      [0, 'dayclose'],
      [1, 'auto'],
      [2, 'auto'],
      [3, 'auto'],
      [4, 'auto'],
    ] as const) {
      const name = newBackupName(folder, 'BTH1', at(minute), 'Asia/Makassar', kind);
      writeFileSync(join(folder, name), 'x');
      made.push(name);
    }
    expect(rotateBackups(folder, 'auto', 2)).toEqual([made[2], made[1]]);
    expect(readdirSync(folder).sort()).toEqual([made[0], made[3], made[4]].sort());
    // A second backup in the same second gets its own name.
    expect(newBackupName(folder, 'BTH1', at(4), 'Asia/Makassar', 'auto')).toBe(
      'karya-BTH1-20261128-100400-auto-2.db',
    );
  });

  it('applies the configured number after each backup', async () => {
    const { t, admin, folder } = await adminIn(tempDir());
    data(await admin.call('backup.configure', { folder: null, keep: 2, intervalMinutes: 0 }));
    for (let i = 0; i < 4; i++) {
      t.setNow(`2026-11-28T02:0${i}:00Z`);
      data(await admin.call('backup.run', {}));
    }
    expect(readdirSync(folder).sort()).toEqual([
      'karya-BTH1-20261128-100200-manual.db',
      'karya-BTH1-20261128-100300-manual.db',
    ]);
    t.engine.close();
  });
});

describe('backups in the same second', () => {
  it('both succeed with keep 1, and the newer one is the one kept', async () => {
    const { t, admin, folder } = await adminIn(tempDir());
    data(await admin.call('backup.configure', { folder: null, keep: 1, intervalMinutes: 0 }));
    t.setNow('2026-11-28T02:05:00Z'); // the clock stands still: every backup falls in one second
    const first = data<BackupEntryInfo>(await admin.call('backup.run', {}));
    await t.ok('sales.commitCash', SALE);
    const second = data<BackupEntryInfo>(await admin.call('backup.run', {}));
    expect(first.file).toBe('karya-BTH1-20261128-100500-manual.db');
    expect(second.file).toBe('karya-BTH1-20261128-100500-manual-2.db');
    expect(readdirSync(folder)).toEqual([second.file]);
    expect(salesIn(join(folder, second.file))).toBe(1);
    // The tenth in that second still sorts after the second and the ninth, and is the one kept.
    for (let n = 3; n <= 10; n++) data(await admin.call('backup.run', {}));
    expect(readdirSync(folder)).toEqual(['karya-BTH1-20261128-100500-manual-10.db']);
    expect(data<BackupState>(await admin.call('backup.list', {})).backups.map((b) => b.file)).toEqual([
      'karya-BTH1-20261128-100500-manual-10.db',
    ]);
    t.engine.close();
  });

  it('are listed newest first by their number within the second', () => {
    const folder = tempDir();
    for (const name of [
      'karya-BTH1-20261128-100500-auto.db',
      'karya-BTH1-20261128-100500-auto-2.db',
      'karya-BTH1-20261128-100500-auto-10.db',
      'karya-BTH1-20261128-100459-auto-3.db',
    ]) {
      writeFileSync(join(folder, name), 'x');
    }
    expect(listBackups(folder).map((b) => b.file)).toEqual([
      'karya-BTH1-20261128-100500-auto-10.db',
      'karya-BTH1-20261128-100500-auto-2.db',
      'karya-BTH1-20261128-100500-auto.db',
      'karya-BTH1-20261128-100459-auto-3.db',
    ]);
    expect(rotateBackups(folder, 'auto', 1)).toEqual([
      'karya-BTH1-20261128-100500-auto-2.db',
      'karya-BTH1-20261128-100500-auto.db',
      'karya-BTH1-20261128-100459-auto-3.db',
    ]);
  });
});

describe('backup.configure', () => {
  it('takes an existing, writable folder (a flash drive) and keeps the choice beside the database', async () => {
    const { t, admin, dbPath } = await adminIn(tempDir());
    const usb = join(tempDir(), 'usb');
    expect(await admin.call('backup.configure', { folder: usb, keep: 5, intervalMinutes: 30 })).toMatchObject(
      {
        ok: false,
        error: { code: 'NOT_FOUND', message: expect.stringContaining('Folder tidak ditemukan') },
      },
    );
    for (const folder of ['relative/path', '../up', '/media/../etc']) {
      expect(await admin.call('backup.configure', { folder, keep: 5, intervalMinutes: 30 })).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT' },
      });
    }
    expect(existsSync(settingsFile(dbPath))).toBe(false);

    mkdirSync(usb);
    const state = data<BackupState>(
      await admin.call('backup.configure', { folder: usb, keep: 5, intervalMinutes: 30 }),
    );
    expect(state).toMatchObject({ folder: usb, isDefaultFolder: false, keep: 5, intervalMinutes: 30 });
    expect(readBackupSettings(dbPath)).toEqual({ folder: usb, keep: 5, intervalMinutes: 30, device: 'BTH1' });
    const entry = data<BackupEntryInfo>(await admin.call('backup.run', {}));
    expect(existsSync(join(usb, entry.file))).toBe(true);

    // The drive is pulled out: a clear refusal, and the list says the folder is not there.
    rmSync(usb, { recursive: true });
    expect(await admin.call('backup.run', {})).toMatchObject({
      ok: false,
      error: { code: 'IO_ERROR', message: expect.stringContaining('Pasang flashdisk') },
    });
    expect(data<BackupState>(await admin.call('backup.list', {}))).toMatchObject({
      folderReachable: false,
      backups: [],
    });
    t.engine.close();
  });
});

describe('backup.restore', () => {
  it('puts the backup back, keeps a safety copy of what it replaced, and signs everyone out', async () => {
    const { t, admin, folder } = await adminIn(tempDir());
    const kept = await t.ok('sales.commitCash', SALE);
    const backup = data<BackupEntryInfo>(await admin.call('backup.run', {}));
    const lost = await t.ok('sales.commitCash', SALE);

    const restored = data<{ restored: string; safetyCopy: BackupEntryInfo; sales: number }>(
      await admin.call('backup.restore', { file: backup.file }),
    );
    expect(restored).toMatchObject({ restored: backup.file, sales: 1, device: 'BTH1' });
    expect(await t.ok('sales.get', { receiptNo: kept.receiptNo })).toMatchObject({ id: kept.id });
    expect(await t.engine.call('sales.get', { receiptNo: lost.receiptNo }, SYSTEM)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    // The sale made after the backup is in the safety copy, which the list offers for restoring.
    expect(salesIn(join(folder, restored.safetyCopy.file))).toBe(2);
    expect(restored.safetyCopy.kind).toBe('safety');
    expect(await admin.call('backup.list', {})).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });

    // The next receipt number follows the restored data without a gap.
    const next = await t.ok('sales.commitCash', SALE);
    expect(next.receiptNo).toBe(lost.receiptNo);

    // And the safety copy brings the other sale back.
    const again = await t.as('admin');
    data(await again.call('backup.restore', { file: restored.safetyCopy.file }));
    expect(await t.ok('sales.get', { receiptNo: lost.receiptNo })).toMatchObject({ id: lost.id });
    t.engine.close();
  });

  it('brings a backup from an older app version up to the current schema', async () => {
    const dir = tempDir();
    const all = loadMigrations(DEFAULT_MIGRATIONS_DIR);
    const folder = join(dir, 'backups');
    mkdirSync(folder);
    // An old database: only the first migrations, as an older release would have left it.
    const old = new Database(join(folder, 'karya-BTH1-20260101-080000-dayclose.db'));
    old.pragma(`application_id = ${KARYA_APPLICATION_ID}`);
    old.exec(
      'CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT',
    );
    for (const m of all.slice(0, 2)) {
      old.exec(m.sql);
      old
        .prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)')
        .run(m.version, m.name, '2026-01-01T00:00:00Z');
    }
    old.close();

    const { t, admin } = await adminIn(dir);
    const result = data<{ schemaVersion: number }>(
      await admin.call('backup.restore', { file: 'karya-BTH1-20260101-080000-dayclose.db' }),
    );
    expect(result.schemaVersion).toBe(all.length);
    expect(await t.ok('app.info', {})).toMatchObject({ schemaVersion: all.length, device: 'BTH1' });
    t.engine.close();
  });

  it.each([
    ['a SQLite file of another app', 'DB_FOREIGN', (file: string) => foreignDb(file)],
    [
      'a file that is not a database',
      'DB_FOREIGN',
      (file: string) => writeFileSync(file, 'bukan database'.repeat(400)),
    ],
    ['a damaged Karya database', 'DB_CORRUPT', (file: string) => damage(file)],
    ['a database from a newer app', 'DB_TOO_NEW', (file: string) => newer(file)],
  ] as const)('refuses %s and leaves the live database as it was', async (_what, code, make) => {
    const { t, admin, folder } = await adminIn(tempDir());
    const sale = await t.ok('sales.commitCash', SALE);
    const good = data<BackupEntryInfo>(await admin.call('backup.run', {}));
    const name = 'karya-BTH1-20261127-200000-manual.db';
    cpSync(join(folder, good.file), join(folder, name));
    make(join(folder, name));
    const result = await admin.call('backup.restore', { file: name });
    expect(result).toMatchObject({ ok: false, error: { code } });
    expect((result as { error: { message: string } }).error.message.length).toBeGreaterThan(20);
    // Still signed in, same data, no safety copy made, nothing left beside the database.
    expect(await admin.call('sales.get', { receiptNo: sale.receiptNo })).toMatchObject({ ok: true });
    expect(readdirSync(folder).filter((f) => f.includes('safety'))).toEqual([]);
    expect(readdirSync(join(folder, '..')).filter((f) => f.includes('.restore'))).toEqual([]);
    t.engine.close();
  });

  it('accepts only a plain file name that is in the backup folder', async () => {
    const { t, admin } = await adminIn(tempDir());
    for (const file of ['../karya.db', '/etc/passwd', 'a/b.db', 'x.txt', '.hidden.db']) {
      expect(await admin.call('backup.restore', { file }), file).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT' },
      });
    }
    expect(
      await admin.call('backup.restore', { file: 'karya-BTH1-20261128-100000-manual.db' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    t.engine.close();
  });

  it('holds other commands back until the restore is done, then answers them', async () => {
    const { t, admin, dir } = await adminIn(tempDir());
    await t.ok('sales.commitCash', SALE);
    const backup = data<BackupEntryInfo>(await admin.call('backup.run', {}));
    const restoring = admin.call('backup.restore', { file: backup.file });
    // One turn of the event loop later the restore is copying: these arrive while it works.
    await new Promise((resolve) => setImmediate(resolve));
    const meanwhile = [0, 1, 2, 3].map(() => t.engine.call('sales.commitCash', SALE, SYSTEM));
    expect(await restoring).toMatchObject({ ok: true });
    const answers = await Promise.all(meanwhile);
    for (const answer of answers) expect(answer).toMatchObject({ ok: true });
    // They waited and went into the restored database: the backup's sale plus these four.
    t.engine.close();
    expect(salesIn(join(dir, 'karya.db'))).toBe(5);
  });
});

function foreignDb(file: string): void {
  rmSync(file);
  const db = new Database(file);
  db.exec('CREATE TABLE notes (body TEXT)');
  db.close();
}

/** Overwrites a page in the middle of the file, the way a bad sector or a half-written copy does. */
function damage(file: string): void {
  const bytes = readFileSync(file);
  const pageSize = bytes.readUInt16BE(16) || 65536;
  const page = Math.floor(bytes.length / pageSize / 2);
  bytes.fill(0x5a, page * pageSize, page * pageSize + pageSize);
  writeFileSync(file, bytes);
}

function newer(file: string): void {
  const db = new Database(file);
  db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(
    999,
    'from_the_future',
    '2030-01-01T00:00:00Z',
  );
  db.close();
}
