import { expect, test } from './fixtures';

test('sells 2 bawang goreng and 1 sambal roa for cash, stored for good', async ({ page, till }) => {
  await till.open(page);
  // The token leaves the address bar once the page has it.
  await expect(page).not.toHaveURL(/token=/);

  const bawang = page.locator('[data-testid="product-tile"][data-sku="BWG-100"]');
  const sambal = page.locator('[data-testid="product-tile"][data-sku="SBR-150"]');
  await bawang.click();
  await bawang.click();
  await sambal.click();

  await expect(page.locator('[data-testid="cart-line"][data-sku="BWG-100"]')).toContainText('Rp 50.000');
  await expect(page.getByTestId('cart-total')).toHaveText('Rp 85.000');

  await page.getByTestId('pay-button').click();
  await page.getByTestId('cash-input').fill('100000');
  await expect(page.getByTestId('change-amount')).toHaveText('Rp 15.000');
  await page.getByTestId('confirm-pay').click();

  const receiptNo = (await page.getByTestId('receipt-no').textContent())?.trim() ?? '';
  expect(receiptNo).toMatch(/^BTH1-\d{8}-0001$/);

  // Read the sale back through the command-line door, from the same SQLite file.
  const { status, json } = till.karya('sales.get', { receiptNo });
  expect(status).toBe(0);
  const sale = json as {
    total: number;
    paid: number;
    change: number;
    lines: { sku: string; qtyMilli: number; unitPrice: number; lineTotal: number; producerCode: string }[];
    payments: { method: string; amount: number }[];
  };
  expect(sale.lines.map((l) => [l.sku, l.qtyMilli, l.unitPrice, l.lineTotal, l.producerCode])).toEqual([
    ['BWG-100', 2000, 25_000, 50_000, 'LPS-PALU'],
    ['SBR-150', 1000, 35_000, 35_000, 'RTN-PALU'],
  ]);
  expect([sale.total, sale.paid, sale.change]).toEqual([85_000, 100_000, 15_000]);
  expect(sale.payments).toEqual([expect.objectContaining({ method: 'cash', amount: 85_000 })]);

  // The next buyer starts from an empty cart.
  await page.getByTestId('new-sale').click();
  await expect(page.getByTestId('pay-button')).toBeDisabled();
});

test('refuses a sale when the cash is short, and keeps the cart', async ({ page, till }) => {
  await till.open(page);
  await page.locator('[data-testid="product-tile"][data-sku="KLG-UKR"]').click();
  await page.getByTestId('pay-button').click();
  await page.getByTestId('cash-input').fill('500000');
  await expect(page.getByTestId('confirm-pay')).toBeDisabled();
  // Nothing was sold: the day's first receipt number does not exist (the business day, not a date
  // written here, which would stop checking anything once the calendar passed it).
  const { businessDay } = till.karya('app.info').json as { businessDay: string };
  const first = `BTH1-${businessDay.replaceAll('-', '')}-0001`;
  expect(till.karya('sales.get', { receiptNo: first }).status).toBe(1);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('cart-total')).toHaveText('Rp 750.000');
});

test('finds by typing and adds the top hit with Enter; weighs fish; switches to English', async ({
  page,
  till,
}) => {
  await till.open(page);
  await page.getByTestId('search').fill('sambal roa 250');
  await expect(page.getByTestId('product-tile')).toHaveCount(1);
  await page.getByTestId('search').press('Enter');
  await expect(page.locator('[data-testid="cart-line"][data-sku="SBR-250"]')).toBeVisible();

  await page.getByTestId('search').fill('lele');
  await page.locator('[data-testid="product-tile"][data-sku="LLE-KG"]').click();
  await page.getByTestId('weight-input').fill('1,255');
  await page.getByTestId('weight-confirm').click();
  await expect(page.locator('[data-testid="cart-line"][data-sku="LLE-KG"]')).toContainText('Rp 37.650');
  await expect(page.getByTestId('cart-total')).toHaveText('Rp 87.650');

  await page.getByTestId('lang-switch').click();
  await expect(page.getByTestId('pay-button')).toHaveText(/Pay/);
  await page.getByTestId('lang-switch').click();
  await expect(page.getByTestId('pay-button')).toHaveText(/Bayar/);
});
