// The office's month for finance, in Debian's Chromium: three tills (BTH1, PLU1, PLU2) sell and
// close days in November 2026 with the till's own engine. BTH1 and PLU1 upload their batches to the
// office server as tills do (outbox, token, Idempotency-Key); PLU2's come on a USB stick that is
// missing its second batch (a gap in its batch and Z numbers), received on the "Terima batch" page.
// The roster shows the gap. Finance opens the statement of LPS-PALU for November: its net equals
// the sum of the tills' Z reports for that unit, it is issued, and the downloaded PDF and XLSX hold
// the page's figures. Screens at 1366x768 and 1024x768.
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { formatRupiah } from '../../shared/money';
import { sellAndCloseDays } from '../support/closedDays';
import { engineIn } from '../support/engine';
import { startOffice, stopOffice } from '../support/officeServer';
import { pdfFileText } from '../support/pdfTools';
import { readXlsxRows } from '../support/xlsxRows';
import { officeShots } from './officeShots';

const UNIT = 'LPS-PALU';

const TOKEN = 'token-unggah-e2e-0001';

interface Till {
  device: string;
  firstDay: string;
  days: number;
  /** Uploads to the office; otherwise its batches go on a USB stick, without batch 2. */
  uploads: boolean;
}

const TILLS: Till[] = [
  { device: 'BTH1', firstDay: '2026-11-03', days: 2, uploads: true },
  { device: 'PLU1', firstDay: '2026-11-10', days: 2, uploads: true },
  { device: 'PLU2', firstDay: '2026-11-20', days: 3, uploads: false },
];

/** The unit's net in the Z reports of a batch folder. */
function unitNetInZs(folder: string): number {
  let net = 0;
  for (const line of readFileSync(join(folder, 'z-reports.jsonl'), 'utf8').split('\n')) {
    if (!line) continue;
    const doc = JSON.parse(line) as { report: { byProducer: { code: string; amount: number }[] } };
    net += doc.report.byProducer.find((u) => u.code === UNIT)?.amount ?? 0;
  }
  return net;
}

/**
 * Each till sells and closes its days, a batch a day: uploaded to `office`, or copied to `stick`
 * (all but batch 2). Returns the unit's net in the Z reports of the batches that reach the office.
 */
async function tillsSell(root: string, office: string, stick: string): Promise<number> {
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
    if (till.uploads) {
      const admin = await t.as('admin', 'Bu Rina', { shift: false });
      await admin.ok('batches.setUploadSettings', { url: `${office}batches`, token: TOKEN });
    }
    const usb = join(dir, 'usb');
    mkdirSync(usb);
    for (const [i, day] of closed.days.entries()) {
      const { batch } = await manager.ok('batches.export', { dir: usb, days: [day] });
      if (till.uploads) {
        expect(await t.engine.uploads.runOnce()).toBe(1);
        const [sent] = await manager.ok('batches.list', {});
        expect(sent?.upload?.state, JSON.stringify(sent?.upload)).toBe('acknowledged');
        zNet += unitNetInZs(batch.folder);
      } else if (i + 1 !== 2) {
        cpSync(batch.folder, join(stick, batch.name), { recursive: true });
        zNet += unitNetInZs(batch.folder);
      }
    }
    t.engine.close();
  }
  return zNet;
}

/** Runs an office command from the signed-in page, as its screens do. */
async function officeCall(page: Page, command: string, input: unknown): Promise<unknown> {
  return page.evaluate(
    async ([c, i]) => {
      const response = await fetch('/api/call', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ command: c, input: i }),
      });
      return response.json();
    },
    [command, input] as const,
  );
}

async function signIn(page: Page, name: string, password: string): Promise<void> {
  await page.getByTestId('signin-name').fill(name);
  await page.getByTestId('signin-password').fill(password);
  await page.getByTestId('signin-submit').click();
  await expect(page.getByTestId('signed-in-user')).toHaveText(name);
}

test('two tills upload, one comes on a USB stick with a gap; finance issues LPS-PALU’s November statement equal to the tills’ Z reports, PDF and XLSX as the page', async ({
  page,
}, testInfo) => {
  test.setTimeout(600_000);
  const root = mkdtempSync(join(tmpdir(), 'karya-office-stmt-'));
  const dataDir = join(root, 'office');
  try {
    const { child, url } = await startOffice(dataDir, ['--upload-token', TOKEN]);
    try {
      const shots = await officeShots(page, testInfo);
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.goto(url);
      await page.getByTestId('signin-name').fill('Admin Kantor');
      await page.getByTestId('signin-password').fill('rahasia-kantor-1');
      await page.getByTestId('signin-confirm').fill('rahasia-kantor-1');
      await page.getByTestId('signin-submit').click();
      await expect(page.getByTestId('signed-in-user')).toHaveText('Admin Kantor');
      const made = await officeCall(page, 'users.create', {
        name: 'Siti Keuangan',
        role: 'finance',
        password: 'keuangan-kantor-1',
      });
      expect(made, JSON.stringify(made)).toMatchObject({ ok: true });
      await page.getByTestId('sign-out').click();

      const stick = join(root, 'stick');
      mkdirSync(stick);
      const zNet = await tillsSell(root, url, stick);
      expect(zNet).toBeGreaterThan(0);

      // Finance receives PLU2's stick: two batches stored, the second never came.
      await signIn(page, 'Siti Keuangan', 'keuangan-kantor-1');
      await page.getByTestId('nav-receive').click();
      await page.getByTestId('receive-path').fill(stick);
      await page.getByTestId('receive-submit').click();
      await expect(page.getByTestId('receive-summary')).toHaveText('2 disimpan, 0 sudah ada, 0 ditolak.');
      await shots.shoot('receive');

      // The roster shows PLU2's missing batch and Z.
      await page.getByTestId('nav-devices').click();
      const plu2 = page.locator('[data-testid="device-row"][data-device="PLU2"]');
      await expect(plu2.getByTestId('device-batch-gaps')).toHaveText('2');
      await expect(plu2.getByTestId('device-z-gaps')).toHaveText('2');
      await expect(
        page.locator('[data-testid="device-row"][data-device="BTH1"]').getByTestId('device-batch-gaps'),
      ).toHaveText('—');
      await shots.shoot('devices-gap');

      await page.getByTestId('nav-statements').click();
      await page.getByTestId('statement-unit').selectOption(UNIT);
      await page.getByTestId('statement-from').fill('2026-11-01');
      await page.getByTestId('statement-to').fill('2026-11-30');
      await page.getByTestId('statement-show').click();
      await expect(page.getByTestId('statement-total-net')).toHaveText(formatRupiah(zNet));
      await shots.shoot('statement-preview');

      await page.getByTestId('statement-issue').click();
      await expect(page.getByTestId('statement-number')).toHaveText('HP/LPS-PALU/2026-11/1');
      const pdfSha = (await page.getByTestId('statement-pdf-sha').textContent()) ?? '';
      await shots.shoot('statement-issued');

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

      // The same screens in English.
      await page.getByTestId('lang-switch').click();
      await expect(page.getByRole('heading', { name: 'Sales statements per unit (UPT)' })).toBeVisible();
      await expect(page.getByTestId('statement-files')).toContainText('Revision 1');
      await expect(page.getByTestId('statement-notice')).toContainText(
        'Statement HP/LPS-PALU/2026-11/1 (revision 1) issued',
      );
      await shots.shoot('statement-issued-en');
      await page.getByTestId('nav-receive').click();
      await expect(
        page.getByRole('heading', { name: 'Receive batches from a USB stick or a folder' }),
      ).toBeVisible();
      await shots.shoot('receive-en');
      expect(shots.findings).toEqual([]);
    } finally {
      await stopOffice(child);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
