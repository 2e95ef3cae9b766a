// Receipts on a (virtual) thermal printer over raw TCP: the real screens, the real engine and its
// print queue in the browser-mode process, and a virtual ESC/POS printer this test starts.
import { startVirtualPrinter, type VirtualPrinter } from '../../scripts/virtualPrinter/virtualPrinter';
import { expect, signIn, test } from './fixtures';

let printer: VirtualPrinter;

test.beforeEach(async () => {
  printer = await startVirtualPrinter({ port: 0 });
});

test.afterEach(async () => {
  await printer.close();
});

async function sellBawangAndSambal(page: import('@playwright/test').Page): Promise<string> {
  const bawang = page.locator('[data-testid="product-tile"][data-sku="BWG-100"]');
  await bawang.click();
  await bawang.click();
  await page.locator('[data-testid="product-tile"][data-sku="SBR-150"]').click();
  await page.getByTestId('pay-button').click();
  await page.getByTestId('cash-input').fill('100000');
  await page.getByTestId('confirm-pay').click();
  const receiptNo = (await page.getByTestId('receipt-no').textContent())?.trim() ?? '';
  expect(receiptNo).toMatch(/^BTH1-\d{8}-\d{4}$/);
  return receiptNo;
}

test('a manager sets up a network printer; a cashier sale prints on it over TCP', async ({ page, till }) => {
  await till.open(page, 'manager');
  await page.getByTestId('nav-printers').click();
  await page.getByTestId('printer-add').click();
  await page.getByTestId('printer-name').fill('Printer Kasir');
  await page.getByTestId('printer-transport').selectOption('tcp');
  await page.getByTestId('printer-target').fill('printer di meja');
  await page.getByTestId('printer-save').click();
  // The engine's own Indonesian refusal, shown on the form.
  await expect(page.getByTestId('printer-error')).toContainText('harus berbentuk host:port');
  await page.getByTestId('printer-target').fill(`127.0.0.1:${printer.port}`);
  await page.getByTestId('printer-save').click();
  await expect(page.locator('[data-testid="printer-row"][data-name="Printer Kasir"]')).toContainText(
    'Bawaan',
  );

  // A test page goes through the same queue.
  await page
    .locator('[data-testid="printer-row"][data-name="Printer Kasir"] [data-testid="printer-test"]')
    .click();
  const [testPage] = await printer.waitForJobs(1);
  expect(testPage?.decoded.lines.map((l) => l.trim())).toContain('UJI CETAK');

  await page.getByTestId('sign-out').click();
  await signIn(page, 'cashier');
  const receiptNo = await sellBawangAndSambal(page);

  await expect(page.getByTestId('print-status')).toHaveAttribute('data-status', 'sent');
  await expect(page.getByTestId('print-status')).toHaveText('Struk tercetak.');
  const [, receipt] = await printer.waitForJobs(2);
  const lines = receipt?.decoded.lines ?? [];
  const text = lines.join('\n');
  expect(text).toContain(receiptNo);
  expect(text).toContain('Bawang Goreng Palu 100 g');
  expect(lines).toContain(`  2 x 25.000${' '.repeat(14)}50.000`);
  expect(text).toContain('Sambal Roa 150 ml');
  expect(lines).toContain(`  1 x 35.000${' '.repeat(14)}35.000`);
  expect(lines).toContain(`TOTAL${' '.repeat(18)}Rp 85.000`);
  expect(text).toContain('Kasir Uji');
  expect(receipt?.bytes.includes(0xa0)).toBe(false);

  // The preview shows the same lines as the paper.
  await page.getByTestId('print-preview-toggle').click();
  await expect(page.getByTestId('receipt-preview')).toContainText(receiptNo);
  await expect(page.getByTestId('receipt-preview')).toContainText('Rp 85.000');

  // A reprint says SALINAN.
  await page.getByTestId('print-reprint').click();
  const [, , copy] = await printer.waitForJobs(3);
  expect(copy?.decoded.lines.filter((l) => l.includes('*** SALINAN ***'))).toHaveLength(2);
  expect(copy?.decoded.lines.join('\n')).toContain(receiptNo);
});

test('paper out: the cashier sees why, and the queued retry prints once the paper is back', async ({
  page,
  till,
}) => {
  const saved = till.karya('printers.save', {
    name: 'Kasir 58',
    transport: 'tcp',
    target: `127.0.0.1:${printer.port}`,
  });
  expect(saved.status).toBe(0);
  printer.setPaperOut(true);

  await till.open(page);
  const receiptNo = await sellBawangAndSambal(page);
  // The sale is stored whatever the printer does.
  expect(till.karya('sales.get', { receiptNo }).status).toBe(0);
  await expect(page.getByTestId('print-status')).toContainText(
    'Struk belum tercetak: Kertas printer habis. Pasang gulungan kertas baru, lalu coba lagi.',
  );
  expect(printer.jobs).toHaveLength(0);

  printer.setPaperOut(false);
  await page.getByTestId('print-retry').click();
  await expect(page.getByTestId('print-status')).toHaveText('Struk tercetak.');
  const [receipt] = await printer.waitForJobs(1);
  expect(receipt?.decoded.lines.join('\n')).toContain(receiptNo);
  expect(receipt?.decoded.lines).toContain(`TOTAL${' '.repeat(18)}Rp 85.000`);

  // The queue badge on the till: gone once nothing waits.
  await page.getByTestId('new-sale').click();
  await expect(page.getByTestId('print-indicator')).toHaveCount(0);
});
