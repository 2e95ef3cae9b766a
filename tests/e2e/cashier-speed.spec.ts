// How many inputs a cashier needs, counted in the page itself: every pointer press and every key
// the cashier presses (a scanner's keystrokes are the scanner's, not hers, and are counted apart).
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

interface Inputs {
  pointer: number;
  keys: number;
}

/** Starts counting presses in the page; the page's CSP allows this (it is not a string eval). */
async function countInputs(page: Page): Promise<() => Promise<Inputs>> {
  await page.evaluate(`(() => {
    const count = { pointer: 0, keys: 0 };
    window.__inputs = count;
    document.addEventListener('pointerdown', () => { count.pointer += 1; }, true);
    document.addEventListener('keydown', () => { count.keys += 1; }, true);
  })()`);
  return async () => (await page.evaluate('window.__inputs')) as Inputs;
}

/** A wedge scanner: 13 digits a few milliseconds apart, then Enter. */
async function scan(page: Page, code: string) {
  await page.keyboard.type(code, { delay: 5 });
  await page.keyboard.press('Enter');
}

test('a 3-item cash sale with exact money takes 5 inputs', async ({ page, till }) => {
  await till.open(page);
  const inputs = await countInputs(page);

  await page.locator('[data-testid="product-tile"][data-sku="BWG-100"]').click();
  await page.locator('[data-testid="product-tile"][data-sku="SBR-150"]').click();
  await page.locator('[data-testid="product-tile"][data-sku="KPI-200"]').click();
  await page.getByTestId('pay-button').click();
  // "Uang pas" is the money in the cashier's hand: it completes the sale.
  await page.locator('[data-testid="quick-cash"]').first().click();

  await expect(page.getByTestId('receipt-no')).toBeVisible();
  await expect(page.getByTestId('sale-total')).toHaveText('Rp 85.000');
  const used = await inputs();
  expect(used.pointer + used.keys).toBeLessThanOrEqual(5);
  expect(used).toEqual({ pointer: 5, keys: 0 });
});

test('a scanner-only sale of 5 items is paid with one quick-cash key, no mouse at all', async ({
  page,
  till,
}) => {
  await till.open(page);
  const inputs = await countInputs(page);
  const codes = ['2990000000019', '2990000000019', '2990000000040', '2990000000071', '2990000000026'];
  for (const code of codes) await scan(page, code);
  await expect(page.getByTestId('cart-line')).toHaveCount(4);
  await expect(page.getByTestId('cart-total')).toHaveText('Rp 165.000');
  const scannerKeys = codes.reduce((sum, code) => sum + code.length + 1, 0);

  // F10: exact cash, the quick-cash button's own key; the sale completes.
  await page.keyboard.press('F10');
  await expect(page.getByTestId('receipt-no')).toBeVisible();
  const receiptNo = (await page.getByTestId('receipt-no').textContent())?.trim() ?? '';
  // Enter on the focused "Transaksi baru" starts the next sale.
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('cart-line')).toHaveCount(0);
  await expect(page.getByTestId('search')).toBeFocused();

  const used = await inputs();
  expect(used.pointer).toBe(0);
  expect(used.keys - scannerKeys).toBe(2);
  const sale = till.karya('sales.get', { receiptNo }).json as {
    total: number;
    payments: { method: string }[];
  };
  expect(sale.total).toBe(165_000);
  expect(sale.payments.map((p) => p.method)).toEqual(['cash']);
});
