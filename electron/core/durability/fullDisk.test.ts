// A full disk during a sale, an import or a backup: a clear Indonesian refusal, nothing half
// written, nothing already stored lost, and work resumes once space is freed.
//
// The real thing: a 6 MB tmpfs mounted for the test (needs root, as in .ci/run; skipped with a
// note elsewhere). Everywhere: SQLite's max_page_count caps the file, which raises the same
// SQLITE_FULL from the same write path.
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Sale } from '../../../shared/contract';
import { tempDirPerTest } from '../../../tests/support/tempDir';
import { SYSTEM } from '../auth/access';
import { BACKUP_FULL_MESSAGE } from '../backup/runBackup';
import { openDatabase } from '../db/open';
import { openEngine } from '../engine';
import { commitCashSale } from '../sales/commitCashSale';
import { ensureDeviceSettings } from '../settings/settings';
import { DISK_FULL_MESSAGE, storageError } from '../storageErrors';
import type { Acknowledged } from './invariants';
import { databaseProblems, missingAcknowledged, salesProblems } from './invariants';

const tempDir = tempDirPerTest();
const mounts: string[] = [];
afterEach(() => {
  for (const dir of mounts.splice(0)) spawnSync('umount', ['-l', dir]);
});

/** Mounts a small tmpfs at `dir`; false when this machine does not allow it (not root). */
function mountTinyDisk(dir: string, size: string): boolean {
  mkdirSync(dir, { recursive: true });
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  const result = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], {
    encoding: 'utf8',
  });
  if (result.status !== 0) return false;
  mounts.push(dir);
  return true;
}

/** Writes a filler file until the disk refuses; returns its path. */
function fillDisk(dir: string): string {
  const filler = join(dir, 'filler.bin');
  const fd = openSync(filler, 'w');
  const chunk = Buffer.alloc(16 * 1024, 1);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (error) {
    if ((error as { code?: string }).code !== 'ENOSPC') throw error;
  } finally {
    closeSync(fd);
  }
  // Smaller writes still fit in the last partial block: take those too.
  const fd2 = openSync(filler, 'a');
  try {
    for (;;) writeSync(fd2, Buffer.alloc(512, 1));
  } catch {
    // full
  } finally {
    closeSync(fd2);
  }
  return filler;
}

/** Root alone is not enough (a container may lack the capability): try once. */
function tmpfsAllowed(): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  const probe = mkdtempSync(join(tmpdir(), 'karya-mount-probe-'));
  try {
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe]).status === 0;
    if (mounted) spawnSync('umount', [probe]);
    return mounted;
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
}
const canMount = tmpfsAllowed();

describe.skipIf(!canMount)('on a disk that fills up (tmpfs; needs root with mount rights)', () => {
  it('refuses the sale, the import and the backup clearly, loses nothing, and carries on once freed', async () => {
    const disk = join(tempDir(), 'disk');
    expect(mountTinyDisk(disk, '6m'), 'mount -t tmpfs').toBe(true);
    const dbPath = join(disk, 'karya.db');
    const engine = openEngine({ dbPath, logDir: join(disk, 'logs'), backupCheckMs: 0 });
    const acks: Acknowledged[] = [];
    const sell = () =>
      engine.call(
        'sales.commitCash',
        {
          lines: Array.from({ length: 60 }, (_, i) => ({ productId: 1 + (i % 5), qty: 1 + (i % 3) })),
          cashTendered: 900_000_000,
        },
        SYSTEM,
      );
    const first = await sell();
    expect(first.ok).toBe(true);
    if (first.ok) acks.push({ receiptNo: (first.data as Sale).receiptNo, id: (first.data as Sale).id });

    const filler = fillDisk(disk);
    let refusal: unknown;
    for (let i = 0; i < 400 && refusal === undefined; i++) {
      const result = await sell();
      if (result.ok) acks.push({ receiptNo: (result.data as Sale).receiptNo, id: (result.data as Sale).id });
      else refusal = result.error;
    }
    expect(refusal).toEqual(expect.objectContaining({ code: 'DISK_FULL', message: DISK_FULL_MESSAGE }));

    // An import on the full disk: refused the same way, and no product of it is stored.
    const manyRows = Array.from({ length: 800 }, (_, i) => ({
      row: i + 2,
      cells: [
        `FULL-${i}`,
        '',
        `Produk uji disk penuh nomor ${i}`,
        'Uji',
        'pcs',
        '1000',
        'LPS-PALU',
        'Lapas Kelas IIA Palu',
        '0',
      ],
    }));
    const started = await engine.call(
      'catalog.importStart',
      {
        fileName: 'penuh.csv',
        columns: [
          'sku',
          'barcode',
          'name',
          'category',
          'unit',
          'price_idr',
          'producer_code',
          'producer_name',
          'sold_by_weight',
        ],
      },
      SYSTEM,
    );
    const importId = started.ok ? (started.data as { importId: string | null }).importId : null;
    if (importId) {
      for (let at = 0; at < manyRows.length; at += 100) {
        const staged = await engine.call(
          'catalog.importStage',
          { importId, rows: manyRows.slice(at, at + 100) },
          SYSTEM,
        );
        expect(staged).toMatchObject({ ok: true });
      }
      const committed = await engine.call('catalog.importCommit', { importId }, SYSTEM);
      expect(committed).toMatchObject({
        ok: false,
        error: expect.objectContaining({ code: 'DISK_FULL', message: DISK_FULL_MESSAGE }),
      });
    } else {
      expect(started).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });
    }

    // A backup onto the full disk: refused, no half file left behind.
    expect(await engine.call('backup.run', {}, SYSTEM)).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'DISK_FULL', message: BACKUP_FULL_MESSAGE }),
    });
    const backups = join(disk, 'backups', 'BTH1');
    expect(existsSync(backups) ? readdirSync(backups).filter((f) => f.includes('partial')) : []).toEqual([]);

    // Starting the app with a new database on the full disk: a clear refusal, not a crash.
    expect(() => openEngine({ dbPath: join(disk, 'baru.db'), backupCheckMs: 0 })).toThrow(
      expect.objectContaining({ code: 'DISK_FULL' }),
    );

    rmSync(filler);
    const after = await sell();
    expect(after.ok).toBe(true);
    if (after.ok) acks.push({ receiptNo: (after.data as Sale).receiptNo, id: (after.data as Sale).id });
    expect(await engine.call('backup.run', {}, SYSTEM)).toMatchObject({ ok: true });
    engine.close();

    const db = new Database(dbPath, { readonly: true });
    expect([...databaseProblems(db), ...salesProblems(db), ...missingAcknowledged(db, acks)]).toEqual([]);
    expect(db.prepare("SELECT count(*) AS n FROM products WHERE sku LIKE 'FULL-%'").get()).toEqual({ n: 0 });
    expect((db.prepare('SELECT count(*) AS n FROM sales').get() as { n: number }).n).toBe(acks.length);
    db.close();
  });
});

describe('a database that cannot grow (max_page_count)', () => {
  it('rolls the sale back whole, keeps the receipt number free, and maps it to DISK_FULL', () => {
    const dbPath = join(tempDir(), 'karya.db');
    openEngine({ dbPath, backupCheckMs: 0 }).close();
    const { db } = openDatabase(dbPath);
    const device = ensureDeviceSettings(db, { device: 'BTH1', timeZone: 'Asia/Makassar' });
    const ctx = { db, device, now: () => new Date('2026-11-28T02:00:00Z') };
    const input = {
      lines: Array.from({ length: 200 }, (_, i) => ({ productId: 1 + (i % 5), qty: 1 })),
      cashTendered: 900_000_000,
    };
    const first = commitCashSale(ctx, input, { kind: 'system' });
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true })}`);
    let thrown: unknown;
    for (let i = 0; i < 50 && thrown === undefined; i++) {
      try {
        commitCashSale(ctx, input, { kind: 'system' });
      } catch (error) {
        thrown = error;
      }
    }
    expect((thrown as { code?: string }).code).toBe('SQLITE_FULL');
    expect(storageError(thrown)?.toJSON()).toEqual(
      expect.objectContaining({ code: 'DISK_FULL', message: DISK_FULL_MESSAGE }),
    );
    expect(salesProblems(db)).toEqual([]);

    db.pragma('max_page_count = 1073741823');
    const next = commitCashSale(ctx, input, { kind: 'system' });
    const stored = (db.prepare('SELECT count(*) AS n FROM sales').get() as { n: number }).n;
    expect(next.receiptNo).toBe(`BTH1-20261128-${String(stored).padStart(4, '0')}`);
    expect(first.receiptNo).toBe('BTH1-20261128-0001');
    expect([...databaseProblems(db), ...salesProblems(db)]).toEqual([]);
    db.close();
  });
});
