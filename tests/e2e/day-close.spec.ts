// A whole business day through the real screens: a cashier opens her shift with a counted float,
// sells, takes cash out, closes with a blind count that comes up short; a manager finds the day
// cannot be closed while his own shift is open, closes it, closes the day (Z), reads the Z report,
// prints it on a virtual ESC/POS printer, exports it as XLSX and PDF (with the day's sales line by
// line), and finds it in the history and the audit log.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { startVirtualPrinter, type VirtualPrinter } from '../../scripts/virtualPrinter/virtualPrinter';
import { readXlsxRows } from '../../tests/support/xlsxRows';
import { pdfText } from '../support/pdfTools';
import { E2E_PIN, expect, PEOPLE, signIn, test } from './fixtures';

let printer: VirtualPrinter;

test.beforeEach(async () => {
  printer = await startVirtualPrinter({ port: 0 });
});

test.afterEach(async () => {
  await printer.close();
});

/** `label` on the left and `value` ending in the 32nd column, as the thermal layout prints it. */
const paperRow = (label: string, value: string) =>
  label + ' '.repeat(32 - label.length - value.length) + value;

async function closeShift(page: Page, count: Record<string, string>) {
  await page.getByTestId('shift-button').click();
  await page.getByTestId('shift-close').click();
  for (const [note, pieces] of Object.entries(count)) await page.getByTestId(`count-${note}`).fill(pieces);
  await page.getByTestId('close-submit').click();
}

test('a day from the float to the Z report, printed and exported', async ({ page, till }) => {
  // A whole day through the screens, with five files made and read back: more than the default minute.
  test.setTimeout(150_000);
  const saved = till.karya('printers.save', {
    name: 'Virtual',
    transport: 'tcp',
    target: `127.0.0.1:${printer.port}`,
    columns: 32,
    isDefault: true,
    statusCheck: false,
  });
  expect(saved.status).toBe(0);

  // The cashier signs in and counts her float: 2 x Rp 50.000.
  await page.goto(till.url);
  await page.locator(`[data-testid="user-tile"][data-name="${PEOPLE.cashier}"]`).click();
  await page.getByTestId('pin-input').fill(E2E_PIN);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('count-50000').fill('2');
  await expect(page.getByTestId('count-total')).toHaveText('Rp 100.000');
  await page.getByTestId('open-shift-submit').click();
  // Reports are for managers: the cashier's top bar has no Laporan.
  await expect(page.getByTestId('nav-reports')).toHaveCount(0);

  // Two bawang and a sambal: Rp 85.000 in cash.
  const bawang = page.locator('[data-testid="product-tile"][data-sku="BWG-100"]');
  await bawang.click();
  await bawang.click();
  await page.locator('[data-testid="product-tile"][data-sku="SBR-150"]').click();
  await page.getByTestId('pay-button').click();
  await page.getByTestId('cash-input').fill('100000');
  await page.getByTestId('confirm-pay').click();
  await expect(page.getByTestId('receipt-no')).toHaveText(/^BTH1-\d{8}-0001$/);
  await page.getByTestId('new-sale').click();

  // Rp 10.000 out of the drawer for plastic bags.
  await page.getByTestId('shift-button').click();
  await page.getByTestId('shift-move').click();
  await page.getByTestId('move-out').click();
  await page.getByTestId('move-amount').fill('10000');
  await page.getByTestId('move-reason').fill('beli kantong plastik');
  await page.getByTestId('move-save').click();
  await expect(page.getByTestId('shift-sales')).toHaveText('Rp 85.000');
  await page.keyboard.press('Escape');

  // Blind count: 3 x 50.000 + 2 x 10.000 + 2 x 2.000 = 174.000; the drawer should hold
  // 100.000 + 85.000 - 10.000 = 175.000.
  await closeShift(page, { '50000': '3', '10000': '2', '2000': '2' });
  await expect(page.getByTestId('shift-expected')).toHaveText('Rp 175.000');
  await expect(page.getByTestId('shift-counted')).toHaveText('Rp 174.000');
  await expect(page.getByTestId('shift-variance')).toHaveText('-Rp 1.000');
  await page.getByTestId('shift-done').click();
  await page.getByTestId('sign-out').click();

  // The manager signs in (the till opens a shift for him too) and reads today's X report.
  await signIn(page, 'manager');
  await page.getByTestId('nav-reports').click();
  await expect(page.getByTestId('reports-tab-day')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('report-net')).toHaveText('Rp 85.000');
  await expect(page.getByTestId('report-cash-expected')).toHaveText('175.000');
  await expect(page.getByTestId('report-hour-bar').filter({ has: page.locator('rect') })).toHaveCount(1);
  await expect(page.locator('[data-testid="report-unit-bar"]')).toHaveCount(2);

  // His own shift is still open: the engine refuses the Z and says whose shift it is.
  await page.getByTestId('reports-tab-close').click();
  await expect(page.locator(`[data-testid="z-shift"][data-name="${PEOPLE.manager}"]`)).toHaveAttribute(
    'data-open',
    'true',
  );
  await expect(page.getByTestId('z-open-note')).toContainText(PEOPLE.manager);
  await page.getByTestId('z-close').click();
  await page.getByTestId('z-confirm-yes').click();
  await expect(page.getByTestId('z-error')).toHaveText(
    `Masih ada shift terbuka (${PEOPLE.manager}): tutup semua shift dulu sebelum laporan Z.`,
  );

  // He closes his empty shift at the till and comes back.
  await page.getByTestId('nav-sale').click();
  await closeShift(page, {});
  await expect(page.getByTestId('shift-variance')).toHaveText('Rp 0');
  await page.getByTestId('shift-done').click();
  await page.getByTestId('nav-reports').click();
  await page.getByTestId('reports-tab-close').click();
  await expect(page.getByTestId('z-open-note')).toHaveText('Semua shift sudah ditutup.');
  await expect(page.getByTestId('z-x-net')).toHaveText('Rp 85.000');

  // A second thought is allowed: cancelling closes nothing.
  await page.getByTestId('z-close').click();
  await page.getByTestId('z-confirm-no').click();
  await expect(page.getByTestId('z-done')).toHaveCount(0);

  await page.getByTestId('z-close').click();
  await page.getByTestId('z-confirm-yes').click();
  await expect(page.getByTestId('z-done')).toContainText(`Z 1`);
  await expect(page.getByTestId('z-done')).toContainText(PEOPLE.manager);
  await expect(page.getByTestId('report-view')).toHaveAttribute('data-zno', '1');
  await expect(page.getByTestId('report-net')).toHaveText('Rp 85.000');
  await expect(page.getByTestId('report-sales-total')).toHaveText('Rp 85.000');
  await expect(page.getByTestId('report-cash-float')).toHaveText('100.000');
  await expect(page.getByTestId('report-cash-out')).toHaveText('-10.000');
  await expect(page.getByTestId('report-cash-counted')).toHaveText('174.000');
  await expect(page.getByTestId('report-cash-variance')).toHaveText('-1.000');
  await expect(page.getByTestId('report-units-total')).toHaveText('85.000');
  await expect(page.getByTestId('report-shift-row')).toHaveCount(2);

  // The Z went to the printer at once (after the sale's receipt).
  await expect(page.getByTestId('report-print-status')).toHaveAttribute('data-status', 'sent');
  const [, zPaper] = await printer.waitForJobs(2);
  const lines = zPaper?.decoded.lines ?? [];
  expect(lines.map((l) => l.trim())).toContain('LAPORAN Z');
  expect(lines).toContain(paperRow('No. Z', '1'));
  expect(lines).toContain(paperRow('Bersih', '85.000'));
  expect(lines).toContain(paperRow('Selisih', '-1.000'));
  expect(lines.join('\n')).toContain(PEOPLE.cashier);

  // Exports are made by the engine and downloaded by the window.
  const xlsxDownload = page.waitForEvent('download');
  await page.getByTestId('report-xlsx').click();
  const xlsx = await xlsxDownload;
  expect(xlsx.suggestedFilename()).toMatch(/^laporan-z1-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const summary = readXlsxRows(new Uint8Array(readFileSync((await xlsx.path()) ?? ''))).map((r) => r.cells);
  expect(summary).toContainEqual(['Bersih', '', '85000']);
  expect(summary).toContainEqual(['Selisih', '', '-1000']);
  // The day's sales, line by line: the sale's own fields on each of its lines, its total once.
  const journal = readXlsxRows(new Uint8Array(readFileSync((await xlsx.path()) ?? '')), 'Penjualan').map(
    (r) => r.cells,
  );
  expect(journal[0]?.slice(2, 5)).toEqual(['No. struk', 'Jenis', 'Kasir']);
  expect(journal[0]?.slice(18, 21)).toEqual(['Total nota', 'Masuk bersih', 'Pembayaran']);
  expect(journal.slice(1).map((r) => [r[3], r[4], r[6], r[9], r[11], r[16], r[18], r[19], r[20]])).toEqual([
    ['Penjualan', PEOPLE.cashier, 'BWG-100', '2', '25000', '50000', '85000', '50000', 'Tunai 85.000'],
    ['Penjualan', PEOPLE.cashier, 'SBR-150', '1', '35000', '35000', '', '35000', 'Tunai 85.000'],
  ]);
  expect(journal[1]?.[2]).toMatch(/^BTH1-\d{8}-0001$/);
  const pdfDownload = page.waitForEvent('download');
  await page.getByTestId('report-pdf').click();
  const pdf = readFileSync((await (await pdfDownload).path()) ?? '');
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdf.subarray(-8).toString('latin1')).toContain('%%EOF');
  expect(pdfText(new Uint8Array(pdf))).toMatch(/^LAPORAN Z 1 \u00b7 BTH1$/m);
  expect(pdfText(new Uint8Array(pdf))).toMatch(/^Penjualan \(per struk\)$/m);

  // The history holds the Z exactly as stored; it can be printed again.
  await page.getByTestId('reports-tab-history').click();
  await page.locator('[data-testid="z-row"][data-zno="1"]').click();
  await expect(page.getByTestId('z-title')).toHaveText('Laporan Z 1');
  await expect(page.getByTestId('report-net')).toHaveText('Rp 85.000');
  await page.getByTestId('report-print').click();
  await expect(page.getByTestId('report-print-status')).toHaveAttribute('data-status', 'sent');
  const [, , reprint] = await printer.waitForJobs(3);
  expect(reprint?.decoded.lines).toContain(paperRow('No. Z', '1'));

  // The Penjualan export of a range of days: dates checked in place, then the file from the engine.
  await page.getByTestId('reports-tab-journal').click();
  await page.getByTestId('journal-to').fill('2000-01-01');
  await page.getByTestId('journal-xlsx').click();
  await expect(page.getByTestId('journal-to-error')).toHaveText(
    'Tanggal awal tidak boleh sesudah tanggal akhir.',
  );
  await page.getByTestId('journal-today').click();
  const journalDownload = page.waitForEvent('download');
  await page.getByTestId('journal-xlsx').click();
  const journalFile = await journalDownload;
  expect(journalFile.suggestedFilename()).toMatch(/^penjualan-\d{4}-\d{2}-\d{2}\.xlsx$/);
  await expect(page.getByTestId('journal-done')).toContainText('1 transaksi, 2 baris');
  const exported = readXlsxRows(new Uint8Array(readFileSync((await journalFile.path()) ?? ''))).map(
    (r) => r.cells,
  );
  expect(exported).toEqual(journal);

  // The audit log: the cash out and the day close, filtered by action.
  await page.getByTestId('reports-tab-audit').click();
  await expect(page.locator('[data-testid="audit-row"][data-action="cash.out"]')).toHaveCount(1);
  await page.getByTestId('audit-action').selectOption('day.close');
  await expect(page.getByTestId('audit-row')).toHaveCount(1);
  await expect(page.getByTestId('audit-row')).toContainText('Z 1');
});
