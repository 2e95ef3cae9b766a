import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { engineIn } from '../../../tests/support/engine';
import { tempDirPerTest } from '../../../tests/support/tempDir';
import { openDatabase } from '../db/open';
import { consoleLogger } from '../logs/logger';
import { writeBackupSettings } from './backupSettings';
import { startBackupScheduler } from './scheduler';

const tempDir = tempDirPerTest();
const quiet = consoleLogger(() => {});

function schedulerIn(dir: string, intervalMinutes: number) {
  const dbPath = join(dir, 'karya.db');
  const { db } = openDatabase(dbPath);
  writeBackupSettings(dbPath, { folder: null, keep: 10, intervalMinutes, device: null });
  let now = new Date('2030-01-01T00:00:00Z'); // after the files' real modification times
  const ctx = {
    db,
    dbPath,
    device: { device: 'BTH1', timeZone: 'Asia/Makassar', dayCutoffHour: 4 },
    now: () => now,
    log: quiet,
  };
  const scheduler = startBackupScheduler(ctx, 0);
  return {
    db,
    tick: () => scheduler.tick(),
    later: (minutes: number) => {
      now = new Date(now.getTime() + minutes * 60_000);
    },
    files: () => readdirSync(join(dir, 'backups', 'BTH1')).sort(),
    write: () =>
      db
        .prepare(
          "INSERT INTO settings (key, value) VALUES ('x', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        )
        .run(String(Math.random())),
  };
}

describe('automatic backups', () => {
  it('runs when the interval has passed and something changed, not otherwise', async () => {
    const s = schedulerIn(tempDir(), 60);
    expect(await s.tick()).toMatchObject({ kind: 'auto', file: 'karya-BTH1-20300101-080000-auto.db' });
    expect(await s.tick()).toBeNull(); // just made one
    s.later(30);
    s.write();
    expect(await s.tick()).toBeNull(); // not due yet
    s.later(30);
    expect(await s.tick()).toMatchObject({ file: 'karya-BTH1-20300101-090000-auto.db' });
    s.later(60);
    expect(await s.tick()).toBeNull(); // due, but nothing changed since the last one
    s.write();
    expect(await s.tick()).toMatchObject({ file: 'karya-BTH1-20300101-100000-auto.db' });
    expect(s.files()).toHaveLength(3);
    s.db.close();
  });

  it('is off when the interval is 0', async () => {
    const s = schedulerIn(tempDir(), 0);
    s.later(10_000);
    s.write();
    expect(await s.tick()).toBeNull();
    s.db.close();
  });

  it('starts with the engine and stops when it closes', async () => {
    const dir = tempDir();
    const t = engineIn(dir, { backupCheckMs: 20 });
    t.setNow('2030-01-01T00:00:00Z');
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline) {
      const made = (() => {
        try {
          return readdirSync(join(dir, 'backups', 'BTH1')).filter((f) => f.endsWith('-auto.db'));
        } catch {
          return [];
        }
      })();
      if (made.length > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(readdirSync(join(dir, 'backups', 'BTH1')).filter((f) => f.endsWith('-auto.db'))).toHaveLength(1);
    t.engine.close();
  });
});
