// A new laptop takes over a broken one: the broken till's backup (device PLU1) is refused on this
// till (BTH1) with both codes named, then restored through the takeover dialog once the admin types
// PLU1; the top bar shows PLU1 and the audit log has the takeover.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { E2E_PIN, expect, PEOPLE, signIn, test } from './fixtures';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SHOTS = process.env.KARYA_SHOTS_DIR;

/** The command line on another database, as a till set up with KARYA_DEVICE. */
function otherTill(dbPath: string, device: string, command: string, input: unknown): unknown {
  const result = spawnSync(
    process.execPath,
    ['scripts/karya.mjs', '--db', dbPath, command, JSON.stringify(input)],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, KARYA_DEVICE: device },
    },
  );
  if (result.status !== 0) throw new Error(`${command} refused: ${result.stdout} ${result.stderr}`);
  return JSON.parse(result.stdout);
}

async function shoot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  for (const [width, height] of [
    [1366, 768],
    [1024, 768],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: join(SHOTS, `${name}-${width}x${height}.png`) });
  }
  await page.setViewportSize({ width: 1366, height: 768 });
}

test('a backup of another till is refused, then taken over through the dialog', async ({ page, till }) => {
  test.setTimeout(120_000); // a second till made through the command line, and two sign-ins
  // The broken laptop's data: till PLU1 with the same people, two sales and a backup on its stick.
  const other = mkdtempSync(join(tmpdir(), 'karya-e2e-plu1-'));
  try {
    const plu1 = join(other, 'karya.db');
    for (const role of ['admin', 'manager', 'cashier'] as const) {
      otherTill(plu1, 'PLU1', 'users.create', { name: PEOPLE[role], role, pin: E2E_PIN });
    }
    for (let i = 0; i < 2; i++) {
      otherTill(plu1, 'PLU1', 'sales.commitCash', {
        lines: [{ productId: 1, qty: 1 }],
        cashTendered: 100_000,
      });
    }
    const backup = otherTill(plu1, 'PLU1', 'backup.run', {}) as { file: string };
    expect(backup.file).toMatch(/^karya-PLU1-/);
    const stick = join(other, 'backups', 'PLU1');

    await page.setViewportSize({ width: 1366, height: 768 });
    await till.open(page, 'admin');
    await expect(page.getByTestId('device-code')).toHaveText('BTH1');
    await page.getByTestId('nav-backup').click();
    await page.getByTestId('backup-folder').fill(stick);
    await page.getByTestId('backup-save').click();
    await expect(page.getByTestId('backup-notice')).toHaveText('Pengaturan tersimpan.');
    const item = page.locator(`[data-testid="backup-item"][data-file="${backup.file}"]`);
    await expect(item.getByTestId('backup-other-device')).toHaveText('kasir lain: PLU1');

    // The plain restore is refused; the takeover dialog names both codes.
    await item.getByTestId('backup-restore').click();
    await page.getByTestId('backup-restore-confirm').click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('heading')).toHaveText('Ambil alih kasir lain?');
    await expect(page.getByTestId('takeover-codes')).toHaveText(
      'Cadangan ini dari perangkat PLU1; kasir ini BTH1.',
    );
    await expect(dialog).toContainText('mengganti laptop PLU1 yang rusak');
    await expect(dialog).toContainText('tidak boleh dipakai berjualan lagi bersamaan');
    await expect(dialog).toContainText('2 penjualan');
    await shoot(page, 'takeover-dialog');
    // Nothing happened yet: still BTH1, the old data still here.
    expect((till.karya('app.info', {}).json as { device: string }).device).toBe('BTH1');

    // Only the backup's own code unlocks the button.
    const confirm = page.getByTestId('takeover-confirm');
    await expect(confirm).toBeDisabled();
    await page.getByTestId('takeover-code').fill('BTH1');
    await expect(confirm).toBeDisabled();
    await page.getByTestId('takeover-code').fill('plu1');
    await expect(confirm).toBeEnabled();
    await expect(confirm).toHaveText('Ambil alih sebagai PLU1');
    await shoot(page, 'takeover-dialog-typed');
    await confirm.click();
    await expect(page.getByTestId('backup-taken-over')).toHaveText(
      'Kasir ini sekarang PLU1 (sebelumnya BTH1). Jangan pakai laptop PLU1 yang lama lagi.',
    );
    await shoot(page, 'takeover-done');
    await page.getByTestId('backup-sign-in').click();
    // The sign-in screen still says it (the dialog goes when the signed-out session is noticed).
    await expect(page.getByTestId('signin-notice-takenOver')).toHaveText(
      'Kasir ini sekarang PLU1 (sebelumnya BTH1). Jangan pakai laptop PLU1 yang lama lagi.',
    );
    await expect(page.getByTestId('signin-notice-restored')).toContainText('Dipulihkan dari');
    await shoot(page, 'takeover-sign-in');

    // Signed in again with the PIN from the backup: the top bar shows the new code.
    await signIn(page, 'admin');
    await expect(page.getByTestId('device-code')).toHaveText('PLU1');
    const sold = till.karya('sales.commitCash', { lines: [{ productId: 1, qty: 1 }], cashTendered: 100_000 });
    expect((sold.json as { receiptNo: string }).receiptNo).toMatch(/^PLU1-\d{8}-0003$/);

    // The audit log of the restored data has the restore and the takeover.
    await page.getByTestId('nav-reports').click();
    await page.getByTestId('reports-tab-audit').click();
    const takeover = page.locator('[data-testid="audit-row"][data-action="device.takeover"]');
    await expect(takeover).toHaveCount(1);
    await expect(takeover).toContainText('Kode perangkat diambil alih');
    await expect(takeover).toContainText('BTH1 → PLU1');
    await expect(takeover).toContainText(PEOPLE.admin);
    await expect(page.locator('[data-testid="audit-row"][data-action="backup.restore"]')).toHaveCount(1);
    await page.getByTestId('audit-action').selectOption('device.takeover');
    await expect(page.getByTestId('audit-row')).toHaveCount(1);
    await shoot(page, 'takeover-audit');
  } finally {
    rmSync(other, { recursive: true, force: true });
  }
});
