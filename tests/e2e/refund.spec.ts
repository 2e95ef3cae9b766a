// After the sale: the sales list, a refund of one line with a manager's PIN, a void, and a reprint
// of the voided sale that says BATAL on the (virtual) printer's paper.
import { startVirtualPrinter, type VirtualPrinter } from '../../scripts/virtualPrinter/virtualPrinter';
import { expect, test } from './fixtures';

let printer: VirtualPrinter;

test.beforeEach(async () => {
  printer = await startVirtualPrinter({ port: 0 });
});

test.afterEach(async () => {
  await printer.close();
});

async function sell(page: import('@playwright/test').Page, skus: string[]): Promise<string> {
  for (const sku of skus) await page.locator(`[data-testid="product-tile"][data-sku="${sku}"]`).click();
  await page.keyboard.press('F10');
  const receiptNo = (await page.getByTestId('receipt-no').textContent())?.trim() ?? '';
  await page.getByTestId('new-sale').click();
  return receiptNo;
}

test('a cashier refunds one line with a manager PIN, voids a sale, and reprints it marked BATAL', async ({
  page,
  till,
}) => {
  const saved = till.karya('printers.save', {
    name: 'Virtual',
    transport: 'tcp',
    target: `127.0.0.1:${printer.port}`,
    columns: 32,
    isDefault: true,
    statusCheck: false,
  });
  expect(saved.status).toBe(0);
  await till.open(page);
  const first = await sell(page, ['BWG-100', 'BWG-100', 'SBR-150']);
  const second = await sell(page, ['KPI-200']);
  await printer.waitForJobs(2);

  await page.getByTestId('nav-sales').click();
  await expect(page.getByTestId('sales-row')).toHaveCount(2);
  // Search by amount finds the coffee sale only.
  await page.getByTestId('sales-search').fill('25.000');
  await page.getByTestId('sales-search').press('Enter');
  await expect(page.getByTestId('sales-row')).toHaveCount(1);
  await page.getByTestId('sales-search').fill('');
  await page.getByTestId('sales-search').press('Enter');

  const bawangStock = () => {
    const levels = till.karya('stock.levels', { query: 'BWG-100' }).json as { rows: { qtyMilli: number }[] };
    return levels.rows[0]?.qtyMilli ?? Number.NaN;
  };
  const stockAfterSale = bawangStock();

  // Three is more than the two sold: said under the field as it is typed, and refused before any
  // PIN is asked for, nothing written.
  await page.locator(`[data-testid="sales-row"][data-receipt="${first}"]`).click();
  await page.getByTestId('sale-refund').click();
  const bawang = page.locator('[data-testid="refund-line"][data-sku="BWG-100"]');
  const bawangQty = bawang.getByTestId('refund-qty');
  await bawangQty.fill('3');
  await expect(bawang.getByTestId('refund-qty-error')).toHaveText('Paling banyak 2 pcs bisa diretur');
  await page.getByTestId('refund-reason').fill('kemasan bocor');
  await page.getByTestId('refund-submit').click();
  await expect(page.getByTestId('refund-error')).toHaveText(
    'Jumlah retur Bawang Goreng Palu 100 g tidak valid.',
  );
  await expect(page.getByTestId('approval-pin')).toHaveCount(0);
  // One bawang: a wrong PIN is refused and nothing is written; the right one stores the refund.
  await bawangQty.fill('1');
  await expect(page.getByTestId('refund-amount')).toHaveText('Rp 25.000');
  await page.getByTestId('refund-submit').click();
  // Two people may approve: nobody is preselected, so a PIN never goes against the wrong name.
  await expect(page.getByTestId('approval-manager')).toHaveValue('');
  await page.getByTestId('approval-pin').fill('2468');
  await expect(page.getByTestId('approval-submit')).toBeDisabled();
  await page.getByTestId('approval-manager').selectOption({ label: 'Manajer Uji' });
  await page.getByTestId('approval-pin').fill('1111');
  await page.getByTestId('approval-submit').click();
  await expect(page.getByTestId('approval-error')).toContainText('PIN salah');
  expect((till.karya('sales.detail', { receiptNo: first }).json as { refunds: unknown[] }).refunds).toEqual(
    [],
  );
  await page.getByTestId('approval-pin').fill('2468');
  await page.getByTestId('approval-submit').click();
  await expect(page.getByTestId('sales-notice')).toContainText(/Retur R-BTH1-\d{8}-0001 tersimpan/);
  await expect(
    page.locator(`[data-testid="sales-row"][data-receipt="${first}"] [data-testid="sale-status"]`),
  ).toHaveAttribute('data-status', 'partlyRefunded');
  const detail = till.karya('sales.detail', { receiptNo: first }).json as {
    refunds: { amount: number; approvedBy: string }[];
  };
  expect(detail.refunds).toEqual([expect.objectContaining({ amount: 25_000, approvedBy: 'Manajer Uji' })]);
  // The bawang is back on the shelf, and the detail says what came back.
  expect(bawangStock()).toBe(stockAfterSale + 1000);
  await expect(page.getByTestId('detail-refund')).toContainText('Bawang Goreng Palu 100 g 1 pcs');
  await expect(page.locator('[data-testid="detail-line"][data-sku="BWG-100"]')).toContainText(
    'diretur 1 pcs',
  );

  // Void the coffee sale, then reprint it: the paper says BATAL.
  await page.locator(`[data-testid="sales-row"][data-receipt="${second}"]`).click();
  await page.getByTestId('sale-void').click();
  await page.getByTestId('void-reason').fill('salah input');
  await page.getByTestId('void-submit').click();
  // The manager who approved last is chosen again.
  await expect(page.getByTestId('approval-manager').locator('option:checked')).toHaveText('Manajer Uji');
  await page.getByTestId('approval-pin').fill('2468');
  await page.getByTestId('approval-submit').click();
  await expect(page.getByTestId('sales-notice')).toContainText('dibatalkan');
  await expect(page.getByTestId('sale-void')).toBeDisabled();
  await page.getByTestId('sale-reprint').click();
  const jobs = await printer.waitForJobs(3);
  const text = (jobs[2]?.decoded.lines ?? []).join('\n');
  expect(text).toContain('*** BATAL ***');
  expect(text).toContain('*** SALINAN ***');
  expect(text).toContain('Alasan: salah input');
  const voided = till.karya('sales.detail', { receiptNo: second }).json as { status: string };
  expect(voided.status).toBe('voided');
});
