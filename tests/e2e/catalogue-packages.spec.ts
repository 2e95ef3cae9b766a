// A manager opens the office's catalogue package from a USB stick, reads what it changes, applies
// it; a tampered copy is refused with the engine's words. Screens at 1366x768 and 1024x768 with the
// sweep's checks (axe, clipped text); the empty tab and the settings' Kantor tab are in the sweep.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makePackage, office, officeCatalogue } from '../support/catalogPackages';
import { expect, test } from './fixtures';
import { officeShots } from './officeShots';

test('a manager opens a package from USB, reads its changes, applies it; a tampered one is refused', async ({
  page,
  till,
}, testInfo) => {
  const dir = mkdtempSync(join(tmpdir(), 'karya-paket-'));
  try {
    // Tomorrow is the day after the business day the till's engine says it is (its own clock).
    const { businessDay } = till.karya('app.info').json as { businessDay: string };
    const tomorrow = new Date(Date.parse(`${businessDay}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const doc = officeCatalogue();
    (doc.products[0] as (typeof doc.products)[number]).prices = [
      { from: '2026-11-01', price: 100_000 },
      { from: tomorrow, price: 120_000 },
    ];
    const good = makePackage(dir, doc, 1);
    const tampered = makePackage(dir, doc, 1);
    const cataloguePath = join(tampered.folder, 'catalogue.json');
    writeFileSync(cataloguePath, readFileSync(cataloguePath, 'utf8').replace('150000', '950000'));

    const shots = await officeShots(page, testInfo, 'till');
    await till.open(page, 'manager');
    await page.getByTestId('nav-catalog').click();
    await page.getByTestId('catalog-tab-package').click();
    // No key yet: the panel says where to set it, and opening is off.
    await expect(page.getByTestId('pkg-no-key')).toContainText('Pengaturan > Kantor');
    await expect(page.getByTestId('pkg-pick-zip')).toBeDisabled();

    await page.getByTestId('nav-settings').click();
    await page.getByTestId('settings-tab-office').click();
    await page.getByTestId('settings-office-key').fill(office.publicKey);
    await page.getByTestId('settings-office-save').click();
    await expect(page.getByTestId('settings-office-saved')).toContainText('Kunci kantor tersimpan');

    await page.getByTestId('nav-catalog').click();
    await page.getByTestId('catalog-tab-package').click();
    await page.getByTestId('pkg-path').fill(tampered.folder);
    await page.getByTestId('pkg-open').click();
    await expect(page.getByTestId('pkg-error')).toHaveText(
      'Isi catalogue.json tidak cocok dengan SHA-256 di manifest: paket rusak atau telah diubah. Paket ditolak, tidak ada yang diterapkan.',
    );
    await shots.shoot('package-refused');

    await page.getByTestId('pkg-zip-input').setInputFiles(good.zip);
    const preview = page.getByTestId('pkg-preview');
    await expect(preview).toBeVisible();
    await expect(page.getByTestId('pkg-count-new')).toHaveText('2');
    await expect(page.getByTestId('pkg-count-changed')).toHaveText('1');
    await expect(page.getByTestId('pkg-conflicts')).toContainText('BWG-250');
    await expect(page.locator('[data-testid="pkg-products-changed"] [data-sku="BWG-100"]')).toContainText(
      'Harga Rp 25.000 → Rp 27.000 mulai',
    );
    await expect(page.locator('[data-testid="pkg-products-new"] [data-sku="KAIN-01"]')).toContainText(
      'Lalu Rp 120.000 mulai',
    );
    await expect(page.getByTestId('pkg-units')).toContainText('PNBP 15% · premi 50% · modal 35% → PNBP 20%');
    // The tab scrolls: the preview's top, then its end with the apply button.
    await preview.scrollIntoViewIfNeeded();
    await page.getByTestId('pkg-versions').scrollIntoViewIfNeeded();
    await shots.shoot('package-preview');
    await page.getByTestId('pkg-apply').scrollIntoViewIfNeeded();
    await shots.shoot('package-preview-end');

    await page.getByTestId('pkg-apply').click();
    await expect(page.getByTestId('pkg-confirm')).toContainText('2 produk baru, 1 berubah');
    await shots.shoot('package-confirm');
    await page.getByTestId('pkg-confirm-apply').click();
    await expect(page.getByTestId('pkg-notice')).toContainText('Paket versi 1 diterapkan');
    await expect(page.getByTestId('pkg-held')).toHaveText('1');
    const [kain] = till.karya('products.list', { query: 'KAIN-02' }).json as { price: number }[];
    expect(kain?.price).toBe(150_000);

    // The booth's own products are marked local in the products list.
    await page.getByTestId('catalog-tab-products').click();
    await page.getByTestId('catalog-product-search').fill('BWG');
    const local = page.locator('[data-testid="catalog-product-row"][data-sku="BWG-250"]');
    await expect(local.getByTestId('catalog-product-local')).toHaveText('Lokal');
    await expect(
      page
        .locator('[data-testid="catalog-product-row"][data-sku="BWG-100"]')
        .getByTestId('catalog-product-local'),
    ).toHaveCount(0);
    await shots.shoot('products-local');
    expect(shots.findings).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
