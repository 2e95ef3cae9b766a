// The office's read pages in Debian's Chromium with data: batches of three tills written by the
// bench's generator with the till's own code (late November 2026, one held back, a re-export that
// differs) ingested into a fresh office, then the overview with its Chart.js charts, the roster,
// top products and find, in Indonesian and English, at 1366x768 and 1024x768, with not one CSP
// violation. The server's clock is the machine's: the test picks November from the month list,
// which comes from the server, so it never depends on today's date.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { ingestFolder } from '../../office/core/ingest/store';
import { openDb } from '../../office/db/connect';
import { migrate } from '../../office/db/migrate';
import { generateBatches } from '../../scripts/bench/office/generate';
import { startOffice, stopOffice } from '../support/officeServer';
import { officeShots } from './officeShots';

declare global {
  interface Window {
    cspViolations: string[];
  }
}

test('overview, devices, products and find with data, under the CSP', async ({ page }, testInfo) => {
  test.setTimeout(300_000);
  const work = mkdtempSync(join(tmpdir(), 'karya-office-reads-e2e-'));
  const dataDir = join(work, 'office');
  const summary = await generateBatches({
    out: join(work, 'gen'),
    seed: 7,
    devices: 3,
    days: 6,
    salesPerDay: 30,
    batchDays: 2,
    firstDay: '2026-11-20',
  });
  // Into the office's database before its server starts (the folder's lock allows one opener).
  const db = await openDb({ dataDir });
  try {
    await migrate(db);
    const dir = join(work, 'gen', 'batches');
    for (const name of readdirSync(dir).sort()) {
      const answer = await ingestFolder(db, { folder: join(dir, name), source: 'folder' });
      expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(300);
    }
  } finally {
    await db.close();
  }
  const { child, url } = await startOffice(dataDir);
  try {
    await page.addInitScript(() => {
      window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        window.cspViolations.push(
          `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
        );
      });
    });
    await page.setViewportSize({ width: 1366, height: 768 });
    const shots = await officeShots(page, testInfo);
    const shot = (name: string) => shots.shoot(name);
    await page.goto(url);
    await page.getByTestId('signin-name').fill('Admin Kantor');
    await page.getByTestId('signin-password').fill('rahasia-kantor-1');
    await page.getByTestId('signin-confirm').fill('rahasia-kantor-1');
    await page.getByTestId('signin-submit').click();
    await expect(page.getByTestId('signed-in-user')).toHaveText('Admin Kantor');

    // Overview of November: every unit the generator wrote, the charts drawn on their canvases.
    await page.getByTestId('month-select').selectOption('2026-11');
    await expect(page.getByTestId('overview-unit')).toHaveCount(
      summary.delivered.byUnit.filter((u) => u.amount !== 0).length,
    );
    await expect(page.getByTestId('overview-unit-chart')).toBeVisible();
    const drawn = await page.getByTestId('overview-device-chart').evaluate((canvas) => {
      const c = canvas as HTMLCanvasElement;
      const pixels = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? [];
      return Array.from(pixels).some((v, i) => i % 4 === 3 && v > 0);
    });
    expect(drawn).toBe(true);
    await expect(page.getByTestId('overview-month-net')).toContainText('Rp');
    await shot('overview-data');
    const afterOverview = await page.evaluate(() => [...window.cspViolations]);

    // Devices: the batch held back shows as a gap, the differing re-export as a differing copy.
    await page.getByTestId('nav-devices').click();
    const gap = summary.planted.gap;
    const gapRow = page.locator(`[data-testid="device-row"][data-device="${gap?.device}"]`);
    await expect(gapRow.getByTestId('device-batch-gaps')).toHaveText(String(gap?.seq));
    const differing = summary.planted.differingReexport;
    const diffRow = page.locator(`[data-testid="device-row"][data-device="${differing?.device}"]`);
    await expect(diffRow.getByTestId('device-differences')).not.toHaveText('0');
    await shot('devices');

    // Products of November.
    await page.getByTestId('nav-products').click();
    await page.getByTestId('month-select').selectOption('2026-11');
    await expect(page.getByTestId('products-unit').first()).toBeVisible();
    await shot('products');

    // Find the sale whose copies differ; then a start of a number.
    await page.getByTestId('nav-find').click();
    await page.getByTestId('find-text').fill(differing?.receiptNo.toLowerCase() ?? '');
    await page.getByTestId('find-submit').click();
    await expect(page.getByTestId('find-document')).toHaveCount(1);
    await expect(page.getByTestId('find-device')).toHaveText(differing?.device ?? '');
    await expect(page.getByTestId('find-batch')).toContainText(`#${differing?.ofSeq},`);
    await shot('find');
    await page.getByTestId('find-text').fill('PALU1 0001');
    await page.getByTestId('find-submit').click();
    await expect(page.getByText('Tulis nomor struk atau retur')).toBeVisible();

    // English.
    await page.getByTestId('lang-switch').click();
    await page.getByTestId('find-text').fill(differing?.receiptNo ?? '');
    await page.getByTestId('find-submit').click();
    await expect(page.getByText('Found.')).toBeVisible();
    await shot('find-en');
    await page.getByTestId('nav-overview').click();
    await page.getByTestId('month-select').selectOption('2026-11');
    await expect(page.getByRole('heading', { name: 'Per unit' })).toBeVisible();
    await shot('overview-data-en');
    await page.getByTestId('nav-devices').click();
    await expect(page.getByRole('heading', { name: 'Differing copies' })).toBeVisible();
    await shot('devices-en');
    await page.getByTestId('nav-products').click();
    await page.getByTestId('month-select').selectOption('2026-11');
    await expect(page.getByTestId('products-unit').first()).toBeVisible();
    await shot('products-en');

    expect({ afterOverview, atEnd: await page.evaluate(() => window.cspViolations) }).toEqual({
      afterOverview: [],
      atEnd: [],
    });
    expect(shots.findings).toEqual([]);
  } finally {
    await stopOffice(child);
    rmSync(work, { recursive: true, force: true });
  }
});
