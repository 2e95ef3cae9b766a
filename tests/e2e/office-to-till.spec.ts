// Office -> till -> office in one run, through the real screens: the office's admin imports and
// publishes the catalogue (version 1) and makes an upload token; the till takes the office's key
// and the upload address, pulls version 1 and applies it. The office then changes BWG-100's price
// from today and adds a product, publishes version 2; the till pulls it (the preview shows the new
// price and the new product), applies it, and the next sale on the sale screen, without reloading
// the page, sells at the new price and sells the new product. The till closes its day, the batch
// reaches the office, and the office's statement for LPS-PALU shows the sale at the new price.
// One office start (its embedded database's initdb is most of the time). Screens at 1366x768 and
// 1024x768 with the sweep's checks.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { startOffice, stopOffice } from '../support/officeServer';
import { expect, test } from './fixtures';
import { officeShots } from './officeShots';

const DEMO = fileURLToPath(new URL('../../resources/catalogue-demo.csv', import.meta.url));
const UNIT = 'LPS-PALU';

/** The till's Katalog > Paket kantor: pull what the office has after the version held. */
async function pull(page: Page): Promise<void> {
  await page.getByTestId('nav-catalog').click();
  await page.getByTestId('catalog-tab-package').click();
  await page.getByTestId('pkg-pull').click();
  await expect(page.getByTestId('pkg-preview')).toBeVisible();
}

async function apply(page: Page, version: number): Promise<void> {
  await page.getByTestId('pkg-apply').click();
  await page.getByTestId('pkg-confirm-apply').click();
  await expect(page.getByTestId('pkg-notice')).toContainText(`Paket versi ${version} diterapkan`);
  await expect(page.getByTestId('pkg-held')).toHaveText(String(version));
}

async function publish(office: Page, version: number): Promise<void> {
  await office.getByTestId('catalogue-publish-open').click();
  await expect(office.getByRole('dialog')).toContainText(`Terbitkan katalog versi ${version}?`);
  await office.getByTestId('catalogue-publish-confirm').click();
  await expect(office.getByTestId('catalogue-version')).toHaveText(`Versi terbit: ${version}`);
}

test('the office publishes a new price and a product; the till pulls them, sells at them, and the office’s statement shows the sale', async ({
  page,
  context,
  till,
}, testInfo) => {
  // The office's first start runs an initdb for its embedded database.
  test.setTimeout(180_000);
  const root = mkdtempSync(join(tmpdir(), 'karya-office-till-'));
  try {
    const { child, url } = await startOffice(join(root, 'office'));
    try {
      const office = await context.newPage();
      await office.setViewportSize({ width: 1366, height: 768 });
      await office.goto(url);
      await office.getByTestId('signin-name').fill('Admin Kantor');
      await office.getByTestId('signin-password').fill('rahasia-kantor-1');
      await office.getByTestId('signin-confirm').fill('rahasia-kantor-1');
      await office.getByTestId('signin-submit').click();
      await expect(office.getByTestId('signed-in-user')).toHaveText('Admin Kantor');

      // Version 1: the demo catalogue, imported and published.
      await office.getByTestId('nav-catalogue').click();
      await office.getByTestId('catalogue-import-file').setInputFiles(DEMO);
      await office.getByTestId('catalogue-import-check').click();
      await expect(office.getByTestId('catalogue-import-answer')).toContainText(' baru, 0 berubah');
      await office.getByTestId('catalogue-import-commit').click();
      await expect(office.getByTestId('catalogue-import-answer')).toContainText('diimpor');
      await publish(office, 1);
      const publicKey = (await office.getByTestId('catalogue-public-key').textContent()) ?? '';

      // An upload token for the till, shown once.
      await office.getByTestId('nav-tokens').click();
      await office.getByTestId('token-label').fill('BTH1 Booth Pameran Palu');
      await office.getByTestId('token-create').click();
      const token = (await office.getByTestId('token-value').textContent())?.trim() ?? '';
      expect(token.length).toBeGreaterThanOrEqual(8);

      // The till: the office's key, then the upload address and token.
      const shots = await officeShots(page, testInfo, 'till');
      await till.open(page, 'admin');
      await page.getByTestId('nav-settings').click();
      await page.getByTestId('settings-tab-office').click();
      await page.getByTestId('settings-office-key').fill(publicKey);
      await page.getByTestId('settings-office-save').click();
      await expect(page.getByTestId('settings-office-saved')).toContainText('Kunci kantor tersimpan');
      await page.getByTestId('nav-batches').click();
      await page.getByTestId('upload-url').fill(`${url}batches`);
      await page.getByTestId('upload-token').fill(token);
      await page.getByTestId('upload-save').click();
      await expect(page.getByTestId('upload-notice')).toHaveText('Pengaturan unggah disimpan.');

      // A mark on this page's window: gone if anything reloads the page from here on.
      await page.evaluate(() => Object.assign(window, { karyaSamePage: true }));
      await pull(page);
      await expect(page.getByTestId('pkg-versions')).toContainText('1');
      await apply(page, 1);

      // The sale screen at version 1's price; the screen stays open while the office works.
      await page.getByTestId('nav-sale').click();
      const bawang = page.locator('[data-testid="product-tile"][data-sku="BWG-100"]');
      await expect(bawang).toContainText('25.000');

      // The office: BWG-100 at Rp 27.500 from today, and a new product; version 2.
      await office.getByTestId('nav-catalogue').click();
      await office.getByTestId('catalogue-search').fill('BWG-100');
      const row = office.locator('[data-testid="catalogue-product-row"][data-sku="BWG-100"]');
      await row.getByTestId('catalogue-product-edit').click();
      await office.getByTestId('catalogue-f-price').fill('27500');
      await office.getByTestId('catalogue-product-save').click();
      await expect(office.getByTestId('catalogue-product-notice')).toHaveText('BWG-100 disimpan.');
      await office.getByTestId('catalogue-product-new').click();
      await office.getByTestId('catalogue-f-sku').fill('KOP-TBR');
      await office.getByTestId('catalogue-f-name').fill('Kopi Tubruk Palu 200 g');
      const dialog = office.getByTestId('catalogue-product-dialog');
      await dialog.getByLabel('Kategori').selectOption('Makanan');
      await dialog.getByLabel('Unit produksi').selectOption(UNIT);
      await office.getByTestId('catalogue-f-price').fill('30000');
      await office.getByTestId('catalogue-product-save').click();
      await expect(office.getByTestId('catalogue-product-notice')).toHaveText('KOP-TBR disimpan.');
      await publish(office, 2);

      // The till pulls version 2: the preview names the new price and the new product.
      await pull(page);
      await expect(page.getByTestId('pkg-count-new')).toHaveText('1');
      await expect(page.getByTestId('pkg-count-changed')).toHaveText('1');
      await expect(page.locator('[data-testid="pkg-products-changed"] [data-sku="BWG-100"]')).toContainText(
        'Rp 25.000 → Rp 27.500',
      );
      await expect(page.locator('[data-testid="pkg-products-new"] [data-sku="KOP-TBR"]')).toContainText(
        'Kopi Tubruk Palu 200 g',
      );
      await page.getByTestId('pkg-preview').scrollIntoViewIfNeeded();
      await shots.shoot('office-package-v2');
      await apply(page, 2);

      // The next sale, on the same page: the new price on the tile and in the cart, the new product.
      await page.getByTestId('nav-sale').click();
      await expect(bawang).toContainText('27.500');
      await bawang.click();
      await page.getByTestId('search').fill('tubruk');
      const kopi = page.locator('[data-testid="product-tile"][data-sku="KOP-TBR"]');
      await expect(kopi).toContainText('30.000');
      await kopi.click();
      await expect(page.locator('[data-testid="cart-line"][data-sku="BWG-100"]')).toContainText('27.500');
      await expect(page.getByTestId('cart-total')).toHaveText('Rp 57.500');
      await shots.shoot('sale-new-price');
      await page.getByTestId('pay-button').click();
      await page.getByTestId('cash-input').fill('60000');
      await page.getByTestId('confirm-pay').click();
      const receiptNo = (await page.getByTestId('receipt-no').textContent())?.trim() ?? '';
      expect(receiptNo).toMatch(/^BTH1-\d{8}-0001$/);
      expect(await page.evaluate(() => 'karyaSamePage' in window)).toBe(true);
      await page.getByTestId('new-sale').click();

      // The day closed: the shift, then the Z; the day's batch goes up to the office.
      await page.getByTestId('shift-button').click();
      await page.getByTestId('shift-close').click();
      await page.getByTestId('close-submit').click();
      await page.getByTestId('shift-done').click();
      await page.getByTestId('nav-reports').click();
      await page.getByTestId('reports-tab-close').click();
      await page.getByTestId('z-close').click();
      await page.getByTestId('z-confirm-yes').click();
      await expect(page.getByTestId('z-done')).toContainText('Z 1');
      await page.getByTestId('nav-batches').click();
      await page.getByTestId('batches-dir').fill('');
      await page.getByTestId('batches-export').click();
      const cell = page.locator(
        '[data-testid="batches-history-row"][data-seq="1"] [data-testid="upload-cell"]',
      );
      await expect(cell).toHaveAttribute('data-state', 'acknowledged', { timeout: 30_000 });

      // The office's statement of LPS-PALU for the till's day: the sale, at the new price.
      const day = receiptNo.slice(5, 13).replace(/^(\d{4})(\d{2})(\d{2})$/, '$1-$2-$3');
      await office.getByTestId('nav-statements').click();
      await office.getByTestId('statement-unit').selectOption(UNIT);
      await office.getByTestId('statement-from').fill(day);
      await office.getByTestId('statement-to').fill(day);
      await office.getByTestId('statement-show').click();
      await expect(office.getByTestId('statement-total-net')).toHaveText('Rp 57.500');
      const lines = office.getByTestId('statement-lines');
      await expect(lines.locator('tr', { hasText: 'BWG-100' })).toContainText('27.500');
      await expect(lines.locator('tr', { hasText: 'KOP-TBR' })).toContainText('30.000');
      expect(shots.findings).toEqual([]);
    } finally {
      await stopOffice(child);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
