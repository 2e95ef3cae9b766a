// The office's Stok page in Debian's Chromium, with real tills' batches: two tills (BTH1, PLU1) move
// stock every way the ledger knows over two business days with the till's own engine
// (tests/support/stockDays.ts); BTH1 then sends 2 jars of bawang goreng back to their unit (a
// "Kembalikan ke UPT") and sells one more on a third day. Their batches go into a fresh office,
// which is started once. The page shows stock per device and location (now, at the end of a day,
// filtered by location) and the consignment statement of LPS-PALU: sent, sold, refunded, returned
// to the unit, short and remaining as worked out by hand, in quantities and at price and cost, its
// XLSX with the same figures, a period with no moves, a period refused, and English. Screens at
// 1366x768 and 1024x768 with axe and the layout checks.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Locator, test } from '@playwright/test';
import { ingestFolder } from '../../office/core/ingest/store';
import { openDb } from '../../office/db/connect';
import { migrate } from '../../office/db/migrate';
import { formatNumber } from '../../shared/money';
import { engineIn } from '../support/engine';
import { startOffice, stopOffice } from '../support/officeServer';
import { returnToUnitDay, sellAndMoveStock } from '../support/stockDays';
import { readXlsxRows } from '../support/xlsxRows';
import { officeShots } from './officeShots';

interface Jar {
  price: number;
  unit: string;
}

/** Each till's days, exported one batch a day; BTH1 also has the day with the return. */
async function tillBatches(root: string): Promise<{ folders: string[]; jar: Jar }> {
  const folders: string[] = [];
  let jar: Jar = { price: 0, unit: '' };
  for (const device of ['BTH1', 'PLU1']) {
    const dir = join(root, device);
    mkdirSync(dir);
    const t = engineIn(dir, { deviceCode: device });
    const stock = await sellAndMoveStock(t);
    const days = [...stock.days];
    if (device === 'BTH1') days.push(await returnToUnitDay(t, stock));
    const product = (await t.ok('products.list', { query: 'BWG-100' })).find((p) => p.sku === 'BWG-100');
    jar = { price: product?.price ?? 0, unit: product?.unit ?? '' };
    const manager = await t.as('manager', 'Pak Andi', { shift: false });
    const usb = join(dir, 'usb');
    mkdirSync(usb);
    for (const day of days)
      folders.push((await manager.ok('batches.export', { dir: usb, days: [day] })).batch.folder);
    t.engine.close();
  }
  return { folders, jar };
}

const cellOf = (row: Locator, flow: string) => row.locator(`[data-flow="${flow}"]`);

test('stock per location and the consignment statement with a return to the unit', async ({
  page,
}, testInfo) => {
  test.setTimeout(300_000);
  const work = mkdtempSync(join(tmpdir(), 'karya-office-stock-e2e-'));
  const dataDir = join(work, 'office');
  const { folders, jar } = await tillBatches(work);
  const db = await openDb({ dataDir });
  try {
    await migrate(db);
    for (const folder of folders) {
      const answer = await ingestFolder(db, { folder, source: 'folder' });
      expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    }
  } finally {
    await db.close();
  }
  const { child, url } = await startOffice(dataDir);
  try {
    const shots = await officeShots(page, testInfo);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(url);
    await page.getByTestId('signin-name').fill('Admin Kantor');
    await page.getByTestId('signin-password').fill('rahasia-kantor-1');
    await page.getByTestId('signin-confirm').fill('rahasia-kantor-1');
    await page.getByTestId('signin-submit').click();
    await expect(page.getByTestId('signed-in-user')).toHaveText('Admin Kantor');

    // Stock now: bawang goreng at each till's booth and warehouse. BTH1's booth had 19 after the
    // 29th, less 2 back to the unit and 1 sold on the 30th; PLU1's has 19.
    await page.getByTestId('nav-stock').click();
    const bawang = (device: string, location: string) =>
      page.locator(
        `[data-testid="onhand-row"][data-device="${device}"][data-location="${location}"][data-sku="BWG-100"]`,
      );
    const jars = (n: number) => `${n} ${jar.unit}`;
    await expect(bawang('BTH1', 'BOOTH').getByTestId('onhand-qty')).toHaveText(jars(16));
    await expect(bawang('BTH1', 'GUDANG').getByTestId('onhand-qty')).toHaveText(jars(5));
    await expect(bawang('PLU1', 'BOOTH').getByTestId('onhand-qty')).toHaveText(jars(19));
    await expect(page.getByTestId('onhand-as')).toHaveText(
      'Stok sekarang, dari semua mutasi yang tersimpan.',
    );
    await shots.shoot('stock-onhand');

    // One location, at the end of the 29th: BTH1's booth before the return.
    await page.getByTestId('onhand-location').selectOption('BTH1/BOOTH');
    await page.getByTestId('onhand-when').selectOption('day');
    await page.getByTestId('onhand-day').fill('2026-11-29');
    await expect(page.getByTestId('onhand-as')).toContainText('29');
    await expect(bawang('BTH1', 'BOOTH').getByTestId('onhand-qty')).toHaveText(jars(19));
    await expect(page.locator('[data-testid="onhand-row"]:not([data-device="BTH1"])')).toHaveCount(0);
    // Unit LPS-PALU only: its one product at that booth, and the total in jars.
    await page.getByTestId('onhand-unit').selectOption('LPS-PALU');
    await expect(page.getByTestId('onhand-row')).toHaveCount(1);
    await expect(page.getByTestId('onhand-total')).toHaveText(jars(19));
    await shots.shoot('stock-onhand-day');
    // Before any stock reached the office: nothing for that choice.
    await page.getByTestId('onhand-day').fill('2026-11-01');
    await expect(page.getByTestId('onhand-empty')).toHaveText('Tidak ada stok untuk pilihan ini.');

    // The consignment statement of LPS-PALU, 28 to 30 November, both tills: 2 x 26 sent, 4 + 3
    // sold, 2 + 2 refunded, 2 back to the unit (BTH1's return), 1 + 1 short at the bazaars; 21 + 24
    // remain.
    await page.getByTestId('stock-view-consignment').click();
    await page.getByTestId('cons-unit').selectOption('LPS-PALU');
    await page.getByTestId('cons-from').fill('2026-11-28');
    await page.getByTestId('cons-to').fill('2026-11-30');
    await page.getByTestId('cons-show').click();
    const row = page.locator('[data-testid="cons-row"][data-sku="BWG-100"]');
    const expected = { sentOut: 52, sold: 7, refunded: 4, returned: 2, adjusted: 0, short: 2, remaining: 45 };
    for (const [flow, n] of Object.entries(expected)) await expect(cellOf(row, flow)).toHaveText(String(n));
    await expect(cellOf(row, 'opening')).toHaveText('0');
    await expect(row).toContainText(`BWG-100 · ${jar.unit}`);
    await shots.shoot('stock-consignment');

    // At price: each flow at Rp per jar, and the returned total in the foot.
    await page.getByTestId('cons-values').selectOption('price');
    for (const [flow, n] of Object.entries(expected))
      await expect(cellOf(row, flow)).toHaveText(formatNumber(n * jar.price));
    await expect(cellOf(page.getByTestId('cons-total'), 'returned')).toHaveText(formatNumber(2 * jar.price));
    await shots.shoot('stock-consignment-price');
    await page.getByTestId('cons-values').selectOption('cost');
    await shots.shoot('stock-consignment-cost');

    // The workbook holds the same figures.
    const downloading = page.waitForEvent('download');
    await page.getByTestId('cons-xlsx').click();
    const file = await downloading;
    expect(file.suggestedFilename()).toBe('konsinyasi-LPS-PALU-2026-11-28-2026-11-30.xlsx');
    const bytes = readFileSync((await file.path()) ?? '');
    const products = readXlsxRows(bytes, 'Produk');
    const head = products[0]?.cells ?? [];
    const line = products.find((r) => r.cells[0] === 'BWG-100')?.cells ?? [];
    expect(line[head.indexOf('Dikembalikan ke UPT')]).toBe('2');
    expect(line[head.indexOf('Dikembalikan ke UPT (harga)')]).toBe(String(2 * jar.price));
    expect(line[head.indexOf('Terjual')]).toBe('7');
    expect(line[head.indexOf('Sisa')]).toBe('45');

    // A period with no moves, and one the office refuses (to before from), in Indonesian.
    await page.getByTestId('cons-from').fill('2026-10-01');
    await page.getByTestId('cons-to').fill('2026-10-31');
    await page.getByTestId('cons-show').click();
    await expect(page.getByTestId('cons-empty')).toHaveText(
      'Tidak ada mutasi stok UPT ini pada periode tersebut.',
    );
    await page.getByTestId('cons-from').fill('2026-11-30');
    await page.getByTestId('cons-to').fill('2026-11-28');
    await page.getByTestId('cons-show').click();
    await expect(page.getByTestId('cons-error')).toBeVisible();
    await expect(page.getByTestId('cons-error')).not.toHaveText(/expected|invalid/i);
    await shots.shoot('stock-consignment-error');

    // English.
    await page.getByTestId('lang-switch').click();
    await page.getByTestId('cons-from').fill('2026-11-28');
    await page.getByTestId('cons-to').fill('2026-11-30');
    await page.getByTestId('cons-show').click();
    await expect(page.getByRole('columnheader', { name: 'Back to unit' })).toBeVisible();
    await page.getByTestId('cons-values').selectOption('qty');
    await expect(cellOf(row, 'returned')).toHaveText('2');
    await shots.shoot('stock-consignment-en');
    await page.getByTestId('stock-view-onHand').click();
    await expect(page.getByTestId('onhand-as')).toHaveText('Stock now, from every stored move.');
    await shots.shoot('stock-onhand-en');

    expect(shots.findings).toEqual([]);
  } finally {
    await stopOffice(child);
    rmSync(work, { recursive: true, force: true });
  }
});
