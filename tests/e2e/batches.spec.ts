import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

test('the manager exports closed days oldest first, sees what went, and re-exports a day', async ({
  page,
  till,
}) => {
  // Two business days sold and closed through the command line on the same database: yesterday's
  // (the command line's clock a day back) and today's.
  const day1 = till.sellAndCloseDay(
    [
      [1, 1],
      [2, 2],
      [3, 1],
    ],
    1,
  );
  const day2 = till.sellAndCloseDay([
    [1, 3],
    [4, 1],
  ]);
  const stick = mkdtempSync(join(tmpdir(), 'karya-stick-'));

  try {
    await till.open(page, 'manager');
    await page.getByTestId('nav-batches').click();
    await expect(page.getByRole('heading', { name: 'Ekspor batch penjualan' })).toBeVisible();

    // Both waiting days are picked at first; the preview is batch 1 with all five sales.
    const pick = (day: string) =>
      page.locator(`[data-testid="batches-day"][data-day="${day}"] [data-testid="batches-day-pick"]`);
    await expect(pick(day1)).toBeChecked();
    await expect(pick(day2)).toBeChecked();
    await expect(page.getByTestId('batches-preview-title')).toContainText('Batch #1');
    await expect(page.getByTestId('batches-count-sales')).toHaveText('5');

    // Unticking the older day unticks the newer one; ticking the newer ticks the older (no skipping).
    await pick(day1).uncheck();
    await expect(pick(day2)).not.toBeChecked();
    await expect(page.getByTestId('batches-preview')).toContainText('Pilih hari yang akan diekspor.');
    await pick(day2).check();
    await expect(pick(day1)).toBeChecked();
    await pick(day2).uncheck();
    await expect(pick(day1)).toBeChecked();
    await expect(page.getByTestId('batches-count-sales')).toHaveText('3');

    // A folder typed as a relative path is refused; the stick's full path works.
    await page.getByTestId('batches-dir').fill('flashdisk');
    await page.getByTestId('batches-export').click();
    await expect(page.getByTestId('batches-error')).toContainText('Tulis alamat folder lengkap');
    await page.getByTestId('batches-dir').fill(stick);
    await page.getByTestId('batches-export').click();
    await expect(page.getByTestId('batches-notice')).toContainText('Batch #1 selesai ditulis dan diperiksa');
    await expect(page.getByTestId('batches-checksum')).toHaveText(/^[0-9a-f]{64}$/);
    await expect(page.getByTestId('batches-file')).toHaveCount(10);
    await expect(page.getByTestId('batches-history-row')).toHaveCount(1);

    // The second day waits alone now; it goes as batch 2 to the remembered folder.
    await expect(pick(day1)).toBeDisabled();
    await expect(pick(day2)).toBeChecked();
    await expect(page.getByTestId('batches-preview-title')).toContainText('Batch #2');
    await page.getByTestId('batches-export').click();
    await expect(page.getByTestId('batches-notice')).toContainText('Batch #2');

    // A re-export of the first day: batch 3, marked as such.
    await page.getByTestId('batches-reexport').check();
    await pick(day1).check();
    await expect(page.getByTestId('batches-preview-title')).toContainText('Batch #3 (ekspor ulang)');
    await page.getByTestId('batches-export').click();
    await expect(page.getByTestId('batches-notice')).toContainText('Batch #3');
    await expect(page.getByTestId('batches-history-row')).toHaveCount(3);
    await expect(page.locator('[data-testid="batches-history-row"][data-seq="3"]')).toContainText('ulang');
    // Upload is not set up on this till: the upload column says nothing.
    await expect(page.locator('[data-testid="upload-cell"][data-state="off"]')).toHaveCount(3);

    // The office's check passes on what the stick holds.
    expect(readdirSync(stick).sort()).toHaveLength(3);
    const verify = spawnSync(process.execPath, ['scripts/karya.mjs', 'batch', 'verify', stick], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(verify.stdout).toContain('Hasil: 3 batch, tidak ada masalah: SEMUA SAH.');
    expect(verify.status).toBe(0);
  } finally {
    rmSync(stick, { recursive: true, force: true });
  }
});

test('a cashier does not see the export screen', async ({ page, till }) => {
  await till.open(page, 'cashier');
  await expect(page.getByTestId('nav-sale')).toBeVisible();
  await expect(page.getByTestId('nav-batches')).toHaveCount(0);
});
