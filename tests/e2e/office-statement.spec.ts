// The office's month for finance, in Debian's Chromium: three tills (BTH1, PLU1, PLU2) sell and
// close days in November 2026 with the till's own engine and export their batches; PLU2's second
// day never reaches the office (a gap). Finance opens the statement of LPS-PALU for November: its
// net equals the sum of the tills' Z reports for that unit, it is issued, and the downloaded PDF
// and XLSX hold the page's figures. Screens at 1366x768 and 1024x768.

import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { ingestFolder } from '../../office/core/ingest/store';
import { openDb } from '../../office/db/connect';
import { migrate } from '../../office/db/migrate';
import { formatRupiah } from '../../shared/money';
import { sellAndCloseDays } from '../support/closedDays';
import { engineIn } from '../support/engine';
import { startOffice, stopOffice } from '../support/officeServer';
import { pdfFileText } from '../support/pdfTools';
import { readXlsxRows } from '../support/xlsxRows';

const UNIT = 'LPS-PALU';

interface Till {
  device: string;
  firstDay: string;
  days: number;
  /** Batch numbers (1-based) that reach the office. */
  delivered: (seq: number) => boolean;
}

const TILLS: Till[] = [
  { device: 'BTH1', firstDay: '2026-11-03', days: 2, delivered: () => true },
  { device: 'PLU1', firstDay: '2026-11-10', days: 2, delivered: () => true },
  { device: 'PLU2', firstDay: '2026-11-20', days: 3, delivered: (seq) => seq !== 2 },
];

/** Sells and closes each till's days, one batch a day; returns the folders that reach the office and the unit's Z net. */
async function tillsSell(root: string): Promise<{ folders: string[]; zNet: number }> {
  const folders: string[] = [];
  let zNet = 0;
  for (const till of TILLS) {
    const dir = join(root, till.device);
    mkdirSync(dir);
    const t = engineIn(dir, { deviceCode: till.device });
    const closed = await sellAndCloseDays(t, {
      days: till.days,
      salesPerDay: 3,
      firstDay: till.firstDay,
      taxAndRounding: true,
    });
    const manager = await t.as('manager', 'Pak Andi', { shift: false });
    const usb = join(dir, 'usb');
    mkdirSync(usb);
    for (const [i, day] of closed.days.entries()) {
      const { batch } = await manager.ok('batches.export', { dir: usb, days: [day] });
      // Every Z of every till counts in the sum, delivered or not: the office must show the gap,
      // and the statement covers only what arrived.
      if (till.delivered(i + 1)) {
        folders.push(batch.folder);
        for (const line of readFileSync(join(batch.folder, 'z-reports.jsonl'), 'utf8').split('\n')) {
          if (!line) continue;
          const doc = JSON.parse(line) as { report: { byProducer: { code: string; amount: number }[] } };
          zNet += doc.report.byProducer.find((u) => u.code === UNIT)?.amount ?? 0;
        }
      }
    }
    t.engine.close();
  }
  return { folders, zNet };
}

async function shoot(page: Page, name: string, path: (file: string) => string): Promise<void> {
  for (const [width, height] of [
    [1366, 768],
    [1024, 768],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: path(`office-${name}-${width}x${height}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1366, height: 768 });
}

test('finance issues LPS-PALU’s November statement: it equals the tills’ Z reports, PDF and XLSX match the page', async ({
  page,
}, testInfo) => {
  test.setTimeout(600_000);
  const root = mkdtempSync(join(tmpdir(), 'karya-office-stmt-'));
  const dataDir = join(root, 'office');
  try {
    const { folders, zNet } = await tillsSell(root);
    expect(zNet).toBeGreaterThan(0);

    // The batches arrive before the server starts (taken from the USB folders).
    const db = await openDb({ dataDir });
    await migrate(db);
    for (const folder of folders) {
      const answer = await ingestFolder(db, { folder, source: 'folder' });
      expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(300);
    }
    await db.close();

    const { child, url } = await startOffice(dataDir);
    try {
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.goto(url);
      await page.getByTestId('signin-name').fill('Admin Kantor');
      await page.getByTestId('signin-password').fill('rahasia-kantor-1');
      await page.getByTestId('signin-confirm').fill('rahasia-kantor-1');
      await page.getByTestId('signin-submit').click();
      await expect(page.getByTestId('signed-in-user')).toHaveText('Admin Kantor');

      await page.getByTestId('nav-statements').click();
      await page.getByTestId('statement-unit').selectOption(UNIT);
      await page.getByTestId('statement-from').fill('2026-11-01');
      await page.getByTestId('statement-to').fill('2026-11-30');
      await page.getByTestId('statement-show').click();
      await expect(page.getByTestId('statement-total-net')).toHaveText(formatRupiah(zNet));
      await shoot(page, 'statement-preview', (f) => testInfo.outputPath(f));

      await page.getByTestId('statement-issue').click();
      await expect(page.getByTestId('statement-number')).toHaveText('HP/LPS-PALU/2026-11/1');
      const pdfSha = (await page.getByTestId('statement-pdf-sha').textContent()) ?? '';
      await shoot(page, 'statement-issued', (f) => testInfo.outputPath(f));

      const [pdfDownload] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('statement-pdf').click(),
      ]);
      const pdfPath = testInfo.outputPath('statement.pdf');
      await pdfDownload.saveAs(pdfPath);
      expect(createHash('sha256').update(readFileSync(pdfPath)).digest('hex')).toBe(pdfSha);
      const text = pdfFileText(pdfPath, '-layout');
      expect(text).toContain('HP/LPS-PALU/2026-11/1');
      const net =
        (await page.getByTestId('statement-total-net').textContent())?.replace('Rp', '').trim() ?? '';
      expect(text).toContain(net);

      const [xlsxDownload] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('statement-xlsx').click(),
      ]);
      const xlsxPath = testInfo.outputPath('statement.xlsx');
      await xlsxDownload.saveAs(xlsxPath);
      const summary = readXlsxRows(readFileSync(xlsxPath), 'Ringkasan').map((r) => r.cells);
      expect(summary).toContainEqual(['Bersih', String(zNet)]);
    } finally {
      await stopOffice(child);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
