import { expect, signIn, test } from './fixtures';

test('the admin backs up, restores a backup after a confirmation, and copies diagnostics', async ({
  page,
  till,
  context,
}) => {
  await till.open(page, 'admin');
  await page.getByTestId('nav-backup').click();
  await expect(page.getByRole('heading', { name: 'Cadangan dan pemulihan' })).toBeVisible();

  await page.getByTestId('backup-run').click();
  await expect(page.getByTestId('backup-notice')).toContainText('Cadangan dibuat: karya-BTH1-');
  const items = page.getByTestId('backup-item');
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('Manual');
  const backupFile = (await items.first().getAttribute('data-file')) ?? '';

  // A sale made after the backup, through the command line on the same database.
  const sold = till.karya('sales.commitCash', { lines: [{ productId: 1, qty: 1 }], cashTendered: 100_000 });
  expect(sold.status).toBe(0);
  const { receiptNo } = sold.json as { receiptNo: string };

  await page
    .locator(`[data-testid="backup-item"][data-file="${backupFile}"] [data-testid="backup-restore"]`)
    .click();
  await expect(page.getByRole('dialog')).toContainText(
    `Semua data diganti dengan isi cadangan ${backupFile}`,
  );
  await page.getByTestId('backup-restore-confirm').click();
  await expect(page.getByTestId('backup-restored')).toContainText(`Dipulihkan dari ${backupFile}`);
  await page.getByTestId('backup-sign-in').click();
  await expect(page.getByTestId('user-tile').first()).toBeVisible();

  // The sale after the backup is gone from the till, and kept in the safety copy.
  expect(till.karya('sales.get', { receiptNo }).status).toBe(1);
  const list = till.karya('backup.list', {}).json as { backups: { kind: string }[] };
  expect(list.backups.map((b) => b.kind).sort()).toEqual(['manual', 'safety']);

  await signIn(page, 'admin');
  await page.getByTestId('nav-backup').click();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByTestId('diagnostics-copy').click();
  await expect(page.getByTestId('diagnostics-notice')).toHaveText('Diagnostik tersalin ke papan klip.');
  const copied = await page.evaluate<string>('navigator.clipboard.readText()');
  expect(copied).toContain('Karya POS — diagnostik');
  expect(copied).toContain('[Cadangan]');
  expect(copied).not.toContain('scrypt$');
});

test('a manager and a cashier do not see the backup screen', async ({ page, till }) => {
  await till.open(page, 'manager');
  await expect(page.getByTestId('nav-sale')).toBeVisible();
  await expect(page.getByTestId('nav-backup')).toHaveCount(0);
});

test('a folder that is not there is refused with a clear message', async ({ page, till }) => {
  await till.open(page, 'admin');
  await page.getByTestId('nav-backup').click();
  await page.getByTestId('backup-folder').fill('/media/flashdisk-yang-tidak-ada/cadangan');
  await page.getByTestId('backup-save').click();
  await expect(page.getByTestId('backup-error')).toContainText('Folder tidak ditemukan');
  await page.getByTestId('backup-folder').fill('cadangan');
  await page.getByTestId('backup-save').click();
  await expect(page.getByTestId('backup-error')).toContainText('Tulis alamat folder lengkap');
});
