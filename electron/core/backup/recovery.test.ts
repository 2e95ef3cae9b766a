import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { engineIn } from '../../../tests/support/engine';
import { tempDirPerTest } from '../../../tests/support/tempDir';
import { runCli } from '../../cli/karya';
import { openEngine } from '../engine';
import { EngineError } from '../errors';
import { isRecoverable, recoverFromBackup, recoveryBackups, recoveryText } from './recovery';

const tempDir = tempDirPerTest();
const SALE = { lines: [{ productId: 1, qty: 1 }], cashTendered: 1_000_000 };

/** Writes zeros over pages in the middle of the file, the way a bad sector would. */
function damage(file: string): void {
  const bytes = readFileSync(file);
  const pageSize = bytes.readUInt16BE(16);
  for (let page = 2; page < bytes.length / pageSize - 1; page += 3) {
    bytes.fill(0x5a, page * pageSize + 8, (page + 1) * pageSize);
  }
  writeFileSync(file, bytes);
}

function refusalOf(fn: () => unknown): EngineError {
  try {
    fn();
  } catch (error) {
    if (error instanceof EngineError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('a damaged database at start', () => {
  it('is refused with DB_CORRUPT instead of a crash, and a backup brings the till back', async () => {
    const dir = tempDir();
    const dbPath = join(dir, 'karya.db');
    const t = engineIn(dir, { backupCheckMs: 0 });
    const admin = await t.as('admin');
    const sale = await t.ok('sales.commitCash', SALE);
    const backup = await admin.call('backup.run', {});
    expect(backup.ok).toBe(true);
    t.engine.close();
    damage(dbPath);

    const refusal = refusalOf(() => openEngine({ dbPath, backupCheckMs: 0 }));
    expect(refusal.code).toBe('DB_CORRUPT');
    expect(refusal.message).toMatch(/rusak/);
    expect(isRecoverable(refusal)).toBe(true);

    const backups = recoveryBackups(dbPath);
    expect(backups.map((b) => b.file)).toEqual(['karya-BTH1-20261128-100000-manual.db']);
    const text = recoveryText(refusal, dbPath, backups);
    expect(text).toContain('karya-BTH1-20261128-100000-manual.db');
    expect(text).toContain(`npx karya --db "${dbPath}" recover karya-BTH1-20261128-100000-manual.db`);

    const recovered = recoverFromBackup(
      dbPath,
      backups[0]?.path ?? '',
      undefined,
      new Date('2026-11-29T01:00:00Z'),
    );
    expect(recovered.keptAside).toBe(`${dbPath}.rusak-20261129T010000Z`);
    expect(existsSync(recovered.keptAside)).toBe(true);

    const reopened = engineIn(dir, { backupCheckMs: 0 });
    expect(await reopened.ok('sales.get', { receiptNo: sale.receiptNo })).toMatchObject({ id: sale.id });
    reopened.engine.close();
  });

  it('refuses to put a bad backup in place and leaves the damaged file where it is', () => {
    const dir = tempDir();
    const dbPath = join(dir, 'karya.db');
    writeFileSync(dbPath, 'rusak'.repeat(1000));
    mkdirSync(join(dir, 'backups'));
    const bad = join(dir, 'backups', 'karya-BTH1-20261128-100000-manual.db');
    writeFileSync(bad, 'juga rusak'.repeat(1000));

    expect(refusalOf(() => openEngine({ dbPath, backupCheckMs: 0 })).code).toBe('DB_FOREIGN');
    expect(refusalOf(() => recoverFromBackup(dbPath, bad)).code).toBe('DB_FOREIGN');
    expect(readFileSync(dbPath, 'utf8')).toBe('rusak'.repeat(1000));
    expect(readdirSync(dir).sort()).toEqual(['backups', 'karya.db']);
  });

  it('says so plainly when there is no backup at all', () => {
    const text = recoveryText(EngineError.plain('DB_CORRUPT', 'Database rusak.'), '/data/karya.db', []);
    expect(text).toContain('Tidak ada cadangan');
    expect(text).not.toContain('recover');
  });
});

describe('karya recover (command line)', () => {
  it('lists the backups of a damaged database, puts the chosen one back, and leaves a good one alone', async () => {
    const dir = tempDir();
    const dbPath = join(dir, 'karya.db');
    const t = engineIn(dir, { backupCheckMs: 0 });
    const admin = await t.as('admin');
    const sale = await t.ok('sales.commitCash', SALE);
    await admin.call('backup.run', {});
    t.engine.close();
    const out: string[] = [];
    const io = { out: (text: string) => out.push(text), err: (text: string) => out.push(text) };

    expect(await runCli(['--db', dbPath, 'recover'], io)).toBe(1);
    expect(JSON.parse(out.pop() ?? '{}')).toMatchObject({ code: 'CONFLICT' });

    damage(dbPath);
    expect(await runCli(['--db', dbPath, 'recover'], io)).toBe(0);
    const listed = JSON.parse(out.pop() ?? '[]') as { file: string }[];
    expect(listed.map((b) => b.file)).toEqual(['karya-BTH1-20261128-100000-manual.db']);
    expect(await runCli(['--db', dbPath, 'recover', 'karya-BTH1-20261128-100000-manual.db'], io)).toBe(0);
    expect(JSON.parse(out.pop() ?? '{}')).toMatchObject({
      keptAside: expect.stringContaining('karya.db.rusak-'),
    });
    expect(
      await runCli(['--db', dbPath, 'sales.get', JSON.stringify({ receiptNo: sale.receiptNo })], io),
    ).toBe(0);
  });
});
