import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MessageBoxSyncOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { engineIn } from '../tests/support/engine';
import { tempDirPerTest } from '../tests/support/tempDir';
import { DEFAULT_MIGRATIONS_DIR } from './core/db/open';
import { openEngine } from './core/engine';
import { EngineError } from './core/errors';
import { offerRecovery, type RecoveryDialog } from './recovery';
import { smokeCheck } from './smoke';

const tempDir = tempDirPerTest();

function standInDialog(answer: (options: MessageBoxSyncOptions) => number) {
  const shown: { boxes: MessageBoxSyncOptions[]; errors: string[] } = { boxes: [], errors: [] };
  const dialog: RecoveryDialog = {
    showMessageBoxSync: (options) => {
      shown.boxes.push(options);
      return answer(options);
    },
    showErrorBox: (_title, content) => {
      shown.errors.push(content);
    },
  };
  return { dialog, shown };
}

async function damagedWithBackup() {
  const dir = tempDir();
  const dbPath = join(dir, 'karya.db');
  const t = engineIn(dir, { backupCheckMs: 0 });
  const admin = await t.as('admin');
  const sale = await t.ok('sales.commitCash', { lines: [{ productId: 1, qty: 1 }], cashTendered: 1_000_000 });
  await admin.call('backup.run', {});
  t.engine.close();
  writeFileSync(dbPath, Buffer.alloc(readFileSync(dbPath).length, 0x33));
  let refusal: EngineError | undefined;
  try {
    openEngine({ dbPath, backupCheckMs: 0 });
  } catch (error) {
    if (error instanceof EngineError) refusal = error;
  }
  if (!refusal) throw new Error('expected the damaged database to be refused');
  return { dir, dbPath, sale, refusal };
}

describe('the desktop recovery dialog', () => {
  it('offers the newest backups and Quit; choosing one puts it back and keeps the damaged file', async () => {
    const { dir, dbPath, sale, refusal } = await damagedWithBackup();
    const { dialog, shown } = standInDialog(() => 0);
    const outcome = offerRecovery(dialog, refusal, dbPath, DEFAULT_MIGRATIONS_DIR);
    expect(shown.boxes[0]?.buttons).toEqual(['Pulihkan BTH1-20261128-100000-manual (manual)', 'Keluar']);
    expect(shown.boxes[0]?.cancelId).toBe(1);
    expect(shown.boxes[0]?.detail).toContain(refusal.message);
    expect(outcome).toMatchObject({ kind: 'restored' });
    if (outcome.kind === 'restored') expect(existsSync(outcome.keptAside)).toBe(true);
    const reopened = engineIn(dir, { backupCheckMs: 0 });
    expect(await reopened.ok('sales.get', { receiptNo: sale.receiptNo })).toMatchObject({ id: sale.id });
    reopened.engine.close();
  });

  it('quits without touching anything when the user chooses Quit, or when there is no backup', async () => {
    const { dbPath, refusal } = await damagedWithBackup();
    const before = readFileSync(dbPath);
    const { dialog } = standInDialog((options) => options.cancelId ?? 0);
    expect(offerRecovery(dialog, refusal, dbPath, DEFAULT_MIGRATIONS_DIR)).toEqual({ kind: 'quit' });
    expect(readFileSync(dbPath).equals(before)).toBe(true);

    const empty = join(tempDir(), 'karya.db');
    const none = standInDialog(() => 0);
    expect(offerRecovery(none.dialog, refusal, empty, DEFAULT_MIGRATIONS_DIR)).toEqual({ kind: 'quit' });
    expect(none.shown.boxes).toEqual([]);
    expect(none.shown.errors[0]).toContain('Tidak ada cadangan');
  });
});

describe('--smoke', () => {
  it('answers app.info through the engine on one line', async () => {
    const t = engineIn(tempDir(), { backupCheckMs: 0 });
    const result = await smokeCheck(t.engine);
    expect(result.ok).toBe(true);
    expect(result.line).toMatch(/^KARYA_SMOKE \{"ok":true,"data":\{"appVersion":/);
    t.engine.close();
  });
});
