// Voids from the sales list: a manager voids by keyboard alone with a reason and no PIN, the goods
// go back, and the reprint says BATAL on the (virtual) printer's paper. A refunded sale cannot be
// voided and the screen says why; the day picker shows other days.

import type { Locator, Page } from '@playwright/test';
import { startVirtualPrinter, type VirtualPrinter } from '../../scripts/virtualPrinter/virtualPrinter';
import { expect, type Till, test } from './fixtures';

let printer: VirtualPrinter;

test.beforeEach(async () => {
  printer = await startVirtualPrinter({ port: 0 });
});

test.afterEach(async () => {
  await printer.close();
});

/** Presses Tab until `target` has the focus (at most `max` times), as a keyboard user would. */
async function tabTo(page: Page, target: Locator, max: number): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === el.ownerDocument.activeElement)) return;
    await page.keyboard.press('Tab');
  }
}

function stockOf(till: Till, sku: string): number {
  const levels = till.karya('stock.levels', { query: sku }).json as { rows: { qtyMilli: number }[] };
  return levels.rows[0]?.qtyMilli ?? Number.NaN;
}

function productId(till: Till, sku: string): number {
  const found = till.karya('products.list', { query: sku }).json as { id: number }[];
  return found[0]?.id ?? 0;
}

/** A sale entered from the command line, on the till's business day. */
function sellFromCommandLine(till: Till, sku: string, qty: number, amount: number): string {
  const made = till.karya('sales.commit', {
    lines: [{ productId: productId(till, sku), qty }],
    payments: [{ method: 'cash', amount }],
  });
  expect(made.status).toBe(0);
  return (made.json as { receiptNo: string }).receiptNo;
}

test('a manager voids a sale by keyboard with a reason and no PIN; stock comes back; the reprint says BATAL', async ({
  page,
  till,
}) => {
  expect(
    till.karya('printers.save', {
      name: 'Virtual',
      transport: 'tcp',
      target: `127.0.0.1:${printer.port}`,
      columns: 32,
      isDefault: true,
      statusCheck: false,
    }).status,
  ).toBe(0);
  await till.open(page, 'manager');
  const before = stockOf(till, 'TAS-ANY');
  const receiptNo = sellFromCommandLine(till, 'TAS-ANY', 2, 170_000);
  sellFromCommandLine(till, 'KPI-200', 1, 25_000);
  expect(stockOf(till, 'TAS-ANY')).toBe(before - 2000);

  await page.getByTestId('nav-sales').click();
  await expect(page.getByTestId('sales-row')).toHaveCount(2);
  // The search box has the focus: type, Enter, then Tab into the list and open the sale with Enter.
  await expect(page.getByTestId('sales-search')).toBeFocused();
  await page.keyboard.type('tas anyaman');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('sales-row')).toHaveCount(1);
  const row = page.locator(`[data-testid="sales-row"][data-receipt="${receiptNo}"]`);
  await tabTo(page, row, 8);
  await expect(row).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('sale-detail')).toContainText('Tas Anyaman Pandan');

  const voidButton = page.getByTestId('sale-void');
  await tabTo(page, voidButton, 6);
  await expect(voidButton).toBeFocused();
  await page.keyboard.press('Enter');
  // Too short a reason: the engine's Indonesian message, nothing written.
  await expect(page.getByTestId('void-reason')).toBeFocused();
  await page.keyboard.type('ok');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('void-error')).toContainText('paling sedikit 3 huruf');
  await page.keyboard.type(' pembeli batal beli');
  await page.keyboard.press('Enter');
  // A manager signed in approves her own void: no PIN dialog.
  await expect(page.getByTestId('sales-notice')).toContainText('dibatalkan');
  await expect(page.getByTestId('approval-pin')).toHaveCount(0);
  await expect(row.getByTestId('sale-status')).toHaveText('Batal');
  await expect(voidButton).toBeDisabled();
  await expect(page.getByTestId('sale-refund')).toBeDisabled();
  await expect(page.getByTestId('sale-blocked')).toContainText('sudah dibatalkan');
  await expect(page.getByTestId('detail-void')).toContainText('ok pembeli batal beli');
  expect(stockOf(till, 'TAS-ANY')).toBe(before);
  const stored = till.karya('sales.detail', { receiptNo }).json as {
    status: string;
    void: { reason: string; approvedBy: string; amount: number };
  };
  expect(stored.status).toBe('voided');
  expect(stored.void).toMatchObject({
    reason: 'ok pembeli batal beli',
    approvedBy: 'Manajer Uji',
    amount: 170_000,
  });

  await page.getByTestId('sale-reprint').click();
  await expect(page.getByTestId('sales-notice')).toContainText('Salinan struk');
  const [job] = await printer.waitForJobs(1);
  const paper = (job?.decoded.lines ?? []).join('\n');
  expect(paper).toContain('*** SALINAN ***');
  expect(paper).toContain('*** BATAL ***');
  expect(paper).toContain(receiptNo);
  expect(paper).toContain('Alasan: ok pembeli batal beli');
});

test('a refunded sale cannot be voided and the screen says why; the day picker shows another day', async ({
  page,
  till,
}) => {
  await till.open(page);
  const receiptNo = sellFromCommandLine(till, 'GTK-KNC', 3, 30_000);
  const users = (till.karya('auth.status', {}).json as { users: { id: number; name: string }[] }).users;
  const manager = users.find((u) => u.name === 'Manajer Uji');
  const refunded = till.karya('sales.refund', {
    receiptNo,
    lines: [{ lineNo: 1, qty: 1 }],
    reason: 'patah',
    method: 'transfer',
    approval: { userId: manager?.id, pin: '2468' },
  });
  expect(refunded.status).toBe(0);

  await page.getByTestId('nav-sales').click();
  const row = page.locator(`[data-testid="sales-row"][data-receipt="${receiptNo}"]`);
  await expect(row.getByTestId('sale-status')).toHaveText('Retur sebagian');
  await row.click();
  await expect(page.getByTestId('sale-void')).toBeDisabled();
  await expect(page.getByTestId('sale-blocked')).toContainText(
    'Transaksi ini sudah diretur sebagian; kembalikan sisanya dengan retur, bukan pembatalan.',
  );
  await expect(page.getByTestId('detail-refund')).toContainText('lewat Transfer');
  await expect(page.getByTestId('sale-refund')).toBeEnabled();

  // Another day has no sales; today's come back.
  const today = await page.getByTestId('sales-day').inputValue();
  await page.getByTestId('sales-day').fill('2020-01-02');
  await expect(page.getByTestId('sales-none')).toBeVisible();
  await expect(page.getByTestId('sales-row')).toHaveCount(0);
  // A full receipt number finds its sale whatever day is picked.
  await page.getByTestId('sales-search').fill(receiptNo);
  await page.getByTestId('sales-search').press('Enter');
  await expect(page.getByTestId('sales-row')).toHaveCount(1);
  await page.getByTestId('sales-search').fill('');
  await page.getByTestId('sales-day').fill(today);
  await expect(row).toBeVisible();
});
