// A till enrolled by the office, from an empty data folder to a first sale the office receives: the
// office's admin imports and publishes a small catalogue, enrols PLU2 on the Perangkat page and
// downloads its enrolment file; a tampered copy is refused at the till's first-run setup with
// nothing set; the real file sets the till up (the owner still picks the admin and PIN); the admin
// sells an office product, closes the day, and the batch goes to the office over the address and
// token from the file; the office finds the receipt. One office start; screens at both sizes.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { unzipSync, zipSync } from 'fflate';
import { startOffice, stopOffice } from '../support/officeServer';
import { expect, openShiftIfAsked, test } from './fixtures';
import { officeShots } from './officeShots';

test.use({ people: false });

const CATALOGUE = [
  'sku,barcode,name,category,unit,price_idr,producer_code,producer_name,sold_by_weight',
  'KST-01,,Keset Sabut Kelapa,Kerajinan,pcs,45000,LPS-PALU,Lapas Kelas IIA Palu,0',
  'BWG-100,2990000000019,Bawang Goreng Palu 100 g,Makanan,pcs,27000,LPS-PALU,Lapas Kelas IIA Palu,0',
].join('\n');

async function closeShift(page: Page, count: Record<string, string>) {
  await page.getByTestId('shift-button').click();
  await page.getByTestId('shift-close').click();
  for (const [note, pieces] of Object.entries(count)) await page.getByTestId(`count-${note}`).fill(pieces);
  await page.getByTestId('close-submit').click();
  await page.getByTestId('shift-done').click();
}

test('the office enrols a till; its setup opens the file, sells an office product, and the office receives it', async ({
  page,
  till,
}, testInfo) => {
  // The office's first start runs an initdb for its embedded database.
  test.setTimeout(240_000);
  const root = mkdtempSync(join(tmpdir(), 'karya-enrolment-'));
  let office: Awaited<ReturnType<typeof startOffice>> | null = null;
  try {
    office = await startOffice(join(root, 'office'));
    const officeUrl = office.url;
    const shots = await officeShots(page, testInfo);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(officeUrl);
    await page.getByTestId('signin-name').fill('Admin Kantor');
    await page.getByTestId('signin-password').fill('rahasia-kantor-1');
    await page.getByTestId('signin-confirm').fill('rahasia-kantor-1');
    await page.getByTestId('signin-submit').click();
    await expect(page.getByTestId('signed-in-user')).toHaveText('Admin Kantor');

    // A small catalogue, imported and published as version 1.
    const csv = join(root, 'katalog.csv');
    writeFileSync(csv, CATALOGUE);
    await page.getByTestId('nav-catalogue').click();
    await page.getByTestId('catalogue-import-file').setInputFiles(csv);
    await page.getByTestId('catalogue-import-check').click();
    await expect(page.getByTestId('catalogue-import-answer')).toContainText('2 baru');
    await page.getByTestId('catalogue-import-commit').click();
    await expect(page.getByTestId('catalogue-import-answer')).toContainText('diimpor');
    await page.getByTestId('catalogue-publish-open').click();
    await page.getByTestId('catalogue-publish-confirm').click();
    await expect(page.getByTestId('catalogue-notice')).toHaveText('Versi 1 diterbitkan.');

    // Perangkat: enrol PLU2; the upload address is the office's own.
    await page.getByTestId('nav-devices').click();
    await expect(page.getByTestId('enrolled-table')).toContainText('Belum ada kasir yang didaftarkan');
    await page.getByTestId('enrol-start').click();
    await expect(page.getByTestId('enrol-upload-url')).toHaveValue(`${officeUrl}batches`);
    await page.getByTestId('enrol-device').fill('plu2');
    await page.getByTestId('enrol-name').fill('Karya Lapas Palu');
    await page.getByTestId('enrol-location').fill('Jl. Dewi Sartika No. 1, Palu');
    await shots.shoot('enrol-dialog');
    const downloading = page.waitForEvent('download');
    await page.getByTestId('enrol-submit').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('karya-pendaftaran-PLU2.zip');
    const file = join(root, download.suggestedFilename());
    await download.saveAs(file);
    await expect(page.getByTestId('enrol-given')).toContainText('dengan katalog versi 1');
    await expect(page.getByTestId('enrol-given')).toContainText('token rahasia');
    const row = page.locator('[data-testid="enrolled-row"][data-device="PLU2"]');
    await expect(row.getByTestId('enrolled-state')).toHaveText('Terdaftar, belum mengirim');
    await shots.shoot('devices-enrolled');

    // The same code again is refused, in Indonesian, under the field.
    await page.getByTestId('enrol-start').click();
    await page.getByTestId('enrol-device').fill('PLU2');
    await page.getByTestId('enrol-name').fill('Stan lain');
    await page.getByTestId('enrol-submit').click();
    await expect(page.getByTestId('enrol-device-error')).toHaveText(
      'Kode perangkat PLU2 sudah dikenal kantor (kode ini sudah didaftarkan). Setiap kasir memerlukan kode sendiri; pilih kode lain.',
    );
    await page.getByRole('button', { name: 'Batal' }).click();

    // A copy with another token written in: the till refuses it and sets nothing.
    const entries = unzipSync(readFileSync(file));
    const enrolment = JSON.parse(Buffer.from(entries['enrolment.json'] as Uint8Array).toString('utf8'));
    entries['enrolment.json'] = Buffer.from(JSON.stringify({ ...enrolment, token: 'token-curian-123' }));
    const tampered = join(root, 'karya-pendaftaran-PLU2-diubah.zip');
    writeFileSync(tampered, zipSync(entries));

    await page.goto(till.url);
    await expect(page.getByTestId('setup-step-1')).toBeVisible();
    await page.getByTestId('setup-enrol-input').setInputFiles(tampered);
    await expect(page.getByTestId('setup-enrol-error')).toHaveText(
      'enrolment.json di dalam file pendaftaran tidak sama dengan yang ditandatangani kantor (ukuran atau SHA-256 berbeda). Tidak ada yang diatur.',
    );
    await expect(page.getByTestId('setup-enrol-preview')).toHaveCount(0);
    await shots.shoot('till-setup-refused');
    expect(till.karya('auth.status', {}).json).toEqual({ needsSetup: true, users: [] });

    // The real file: what it sets, shown before anything is.
    await page.getByTestId('setup-enrol-input').setInputFiles(file);
    await expect(page.getByTestId('setup-enrol-preview')).toBeVisible();
    await expect(page.getByTestId('setup-enrol-error')).toHaveCount(0);
    await expect(page.getByTestId('setup-enrol-device')).toHaveText('PLU2');
    await expect(page.getByTestId('setup-enrol-upload')).toHaveText(`${officeUrl}batches`);
    await expect(page.getByTestId('setup-enrol-catalogue')).toHaveText('versi 1, 2 produk');
    await expect(page.getByTestId('setup-enrol-demo')).toContainText(
      'produk contoh yang sudah ada dinonaktifkan',
    );
    await expect(page.getByTestId('setup-receipt-no')).toHaveText(/^PLU2-\d{8}-0001$/);
    await expect(page.getByTestId('setup-receipt-preview')).toContainText('Jl. Dewi Sartika No. 1, Palu');
    await shots.shoot('till-setup-enrolment');
    await page.getByTestId('setup-next').click();
    await page.getByTestId('setup-name').fill('Bu Ratna');
    await page.getByTestId('setup-pin').fill('1357');
    await page.getByTestId('setup-pin-confirm').fill('1357');
    await page.getByTestId('setup-submit').click();
    await expect(page.getByTestId('signed-in-user')).toHaveText('Bu Ratna');
    await expect(page.getByTestId('device-code')).toHaveText('PLU2');

    // The office's keset is on sale; the demo's sambal is not.
    await openShiftIfAsked(page);
    await expect(page.locator('[data-testid="product-tile"][data-sku="SBR-150"]')).toHaveCount(0);
    await expect(page.locator('[data-testid="product-tile"][data-sku="KST-01"]')).toBeVisible();
    await shots.shoot('till-sale-office-catalogue');
    await page.locator('[data-testid="product-tile"][data-sku="KST-01"]').click();
    await page.getByTestId('pay-button').click();
    await page.getByTestId('cash-input').fill('50000');
    await page.getByTestId('confirm-pay').click();
    const receiptNo = (await page.getByTestId('receipt-no').textContent()) ?? '';
    expect(receiptNo).toMatch(/^PLU2-\d{8}-0001$/);
    await page.getByTestId('new-sale').click();

    // The day closed (shift, then Z), and its batch goes to the office from the file's address.
    await closeShift(page, { '50000': '1' });
    await page.getByTestId('nav-reports').click();
    await page.getByTestId('reports-tab-close').click();
    await page.getByTestId('z-close').click();
    await page.getByTestId('z-confirm-yes').click();
    await expect(page.getByTestId('z-done')).toContainText('Z 1');
    await page.getByTestId('nav-batches').click();
    await expect(page.getByTestId('upload-state')).toContainText(`${officeUrl}batches`);
    await page.getByTestId('batches-dir').fill('');
    await page.getByTestId('batches-export').click();
    const cell = page.locator(
      '[data-testid="batches-history-row"][data-seq="1"] [data-testid="upload-cell"]',
    );
    await expect(cell).toHaveAttribute('data-state', 'acknowledged', { timeout: 30_000 });

    // The office: PLU2 now sends, and its receipt is found with the keset on it.
    await page.goto(officeUrl);
    await page.getByTestId('nav-devices').click();
    await expect(row.getByTestId('enrolled-state')).toHaveText('Sudah mengirim');
    await expect(page.locator('[data-testid="device-row"][data-device="PLU2"]')).toBeVisible();
    await page.getByTestId('nav-find').click();
    await page.getByTestId('find-text').fill(receiptNo);
    await page.getByTestId('find-submit').click();
    await expect(page.getByTestId('find-document')).toHaveCount(1);
    await expect(page.getByTestId('find-device')).toHaveText('PLU2');
    await expect(page.getByTestId('find-line')).toContainText('Keset Sabut Kelapa');

    // Downloading again: a new token, the one in the first file revoked.
    await page.getByTestId('nav-devices').click();
    await row.getByTestId('enrolled-download').click();
    await expect(page.getByTestId('enrol-again-dialog')).toContainText('Token di file sebelumnya dicabut');
    await shots.shoot('enrol-again');
    const again = page.waitForEvent('download');
    await page.getByTestId('enrol-again-confirm').click();
    await again;
    await expect(row).toContainText('(ke-2)');
    await page.getByTestId('nav-tokens').click();
    await expect(page.locator('[data-testid="token-row"][data-label="PLU2 (pendaftaran)"]')).toHaveCount(2);
    await expect(page.getByTestId('token-status').filter({ hasText: 'Dicabut' })).toHaveCount(1);

    expect(shots.findings).toEqual([]);
  } finally {
    if (office) await stopOffice(office.child);
    rmSync(root, { recursive: true, force: true });
  }
});
