// How many inputs a cashier needs, counted in the page itself: every pointer press (mouse, pen or
// finger: one pointerdown each) and every key the cashier presses (a scanner's keystrokes are the
// scanner's, not hers, and are counted apart).
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// A sign-in, a float and a sale each: slow on a busy test machine, whatever the inputs count.
test.describe.configure({ timeout: 120_000 });

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

/** Three tiles and the till's own "Uang pas": the sale is stored, Rp 85.000 in cash. */
async function exactCashSale(page: Page, press: (target: ReturnType<Page['locator']>) => Promise<void>) {
  for (const sku of ['BWG-100', 'SBR-150', 'KPI-200']) {
    await press(page.locator(`[data-testid="product-tile"][data-sku="${sku}"]`));
  }
  // "Uang pas" beside "Bayar" on the till: the money in the buyer's hand is the total; it sells.
  await press(page.getByTestId('exact-cash-button'));
  await expect(page.getByTestId('receipt-no')).toBeVisible();
  await expect(page.getByTestId('sale-total')).toHaveText('Rp 85.000');
}

test('a 3-item cash sale with exact money takes 4 inputs with the mouse', async ({ page, till }) => {
  await till.open(page);
  const inputs = await countInputs(page);
  await exactCashSale(page, (target) => target.click());
  expect(await inputs()).toEqual({ pointer: 4, keys: 0 });
});

test('the same sale takes 4 inputs with the keyboard shortcut: three tiles and F10', async ({
  page,
  till,
}) => {
  await till.open(page);
  const inputs = await countInputs(page);
  for (const sku of ['BWG-100', 'SBR-150', 'KPI-200']) {
    await page.locator(`[data-testid="product-tile"][data-sku="${sku}"]`).click();
  }
  await page.keyboard.press('F10');
  await expect(page.getByTestId('sale-total')).toHaveText('Rp 85.000');
  expect(await inputs()).toEqual({ pointer: 3, keys: 1 });
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, viewport: { width: 1024, height: 768 } });

  test('the same sale takes 4 taps', async ({ page, till }) => {
    await till.open(page);
    const inputs = await countInputs(page);
    await exactCashSale(page, (target) => target.tap());
    expect(await inputs()).toEqual({ pointer: 4, keys: 0 });
  });
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
