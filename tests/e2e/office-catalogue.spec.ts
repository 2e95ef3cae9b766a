// The Katalog page in Debian's Chromium: an admin checks and imports the demo catalogue file, adds
// a price tier, changes a unit's split, announces a price for a later day, publishes with a confirmation and sees the package listed;
// the page in English too. Screens at 1366x768 and 1024x768 with the sweep's checks.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { startOffice, stopOffice } from '../support/officeServer';
import { officeShots } from './officeShots';

const DEMO = fileURLToPath(new URL('../../resources/catalogue-demo.csv', import.meta.url));

test('an admin imports the catalogue, announces a price and publishes version 1', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const root = mkdtempSync(join(tmpdir(), 'karya-office-catalogue-'));
  try {
    const { child, url } = await startOffice(join(root, 'office'));
    try {
      const shots = await officeShots(page, testInfo);
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.goto(url);
      await page.getByTestId('signin-name').fill('Admin Kantor');
      await page.getByTestId('signin-password').fill('rahasia-kantor-1');
      await page.getByTestId('signin-confirm').fill('rahasia-kantor-1');
      await page.getByTestId('signin-submit').click();
      await expect(page.getByTestId('signed-in-user')).toHaveText('Admin Kantor');

      await page.getByTestId('nav-catalogue').click();
      await expect(page.getByTestId('catalogue-version')).toHaveText('Belum pernah diterbitkan');
      await expect(page.getByTestId('catalogue-public-key')).toHaveText(/^ed25519:/);

      // The demo file: checked first (nothing stored), then imported.
      await page.getByTestId('catalogue-import-file').setInputFiles(DEMO);
      await page.getByTestId('catalogue-import-check').click();
      await expect(page.getByTestId('catalogue-import-answer')).toContainText(' baru, 0 berubah');
      await expect(page.getByTestId('catalogue-product-row')).toHaveCount(0);
      await page.getByTestId('catalogue-import-commit').click();
      await expect(page.getByTestId('catalogue-import-answer')).toContainText('diimpor');
      await expect(page.getByTestId('catalogue-pending')).toContainText('Belum diterbitkan');

      // A price tier, added on its small form.
      await page.getByTestId('catalogue-tier-value').fill('GROSIR');
      await page.locator('form:has([data-testid="catalogue-tier-add"]) input').nth(1).fill('Grosir');
      await page.getByTestId('catalogue-tier-add').click();
      await expect(page.getByTestId('catalogue-tiers')).toHaveText('Tingkat harga: GROSIR (Grosir)');

      // A unit's split changed: refused while it does not make 100 %, then saved.
      const poso = page.locator('[data-testid="catalogue-unit-row"][data-code="RTN-POSO"]');
      await poso.getByTestId('catalogue-unit-edit').click();
      await page.getByLabel('PNBP %').fill('10');
      await page.getByTestId('catalogue-unit-add').click();
      await expect(page.getByTestId('catalogue-unit-error')).toContainText('95%');
      await page.getByLabel('Modal %').fill('40');
      await page.getByTestId('catalogue-unit-add').click();
      await expect(poso).toContainText('10 / 50 / 40 %');

      // A price announced for a later day: today's stays, the next one is listed.
      const first = page.getByTestId('catalogue-product-row').first();
      const sku = (await first.getAttribute('data-sku')) ?? '';
      await first.getByTestId('catalogue-product-edit').click();
      await page.getByTestId('catalogue-f-price').fill('99000');
      await page.getByTestId('catalogue-f-price-from').fill('2099-01-01');
      await shots.shoot('catalogue-product');
      await page.getByTestId('catalogue-product-save').click();
      await expect(page.getByTestId('catalogue-product-notice')).toHaveText(`${sku} disimpan.`);
      await expect(page.locator(`[data-testid="catalogue-product-row"][data-sku="${sku}"]`)).toContainText(
        'mulai 2099-01-01',
      );
      await shots.shoot('catalogue');

      // Publish, confirmed: version 1, listed as the whole catalogue.
      await page.getByTestId('catalogue-publish-open').click();
      await expect(page.getByRole('dialog')).toContainText('Terbitkan katalog versi 1?');
      await expect(page.getByTestId('catalogue-publish-dialog')).toContainText('produk 22');
      await shots.shoot('catalogue-publish');
      await page.getByTestId('catalogue-publish-confirm').click();
      await expect(page.getByTestId('catalogue-notice')).toHaveText('Versi 1 diterbitkan.');
      await expect(page.getByTestId('catalogue-version')).toHaveText('Versi terbit: 1');
      await expect(page.locator('[data-testid="catalogue-package-row"][data-version="1"]')).toContainText(
        'Seluruh katalog',
      );
      const download = page.waitForEvent('download');
      await page.getByTestId('catalogue-package-download').click();
      expect((await download).suggestedFilename()).toBe('KATALOG-000001.zip');

      await page.getByTestId('lang-switch').click();
      await expect(page.getByTestId('catalogue-version')).toHaveText('Published version: 1');
      await expect(page.getByTestId('catalogue-notice')).toHaveText('Version 1 published.');
      await shots.shoot('catalogue-en');
      expect(shots.findings).toEqual([]);
    } finally {
      await stopOffice(child);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
