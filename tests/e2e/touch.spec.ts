// The till on a 10-inch touch screen (1024x768, touch only): every target a finger can hit is at
// least 44x44 pixels, on the till and in its dialogs, and a sale is tapped through without a key.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.use({ hasTouch: true, viewport: { width: 1024, height: 768 } });

const MIN_TARGET = 44;

/**
 * Every visible button, input, select and link (inside `scope`, a CSS selector) smaller than
 * MIN_TARGET in either direction, described so a failure says which. Hidden inputs, and elements
 * scrolled out of their list (they are the same size when scrolled in), are measured too.
 */
async function smallTargets(page: Page, scope = 'body'): Promise<string[]> {
  return (await page.evaluate(`(() => {
    const min = ${MIN_TARGET};
    const root = document.querySelector(${JSON.stringify(scope)});
    if (!root) return ['no ' + ${JSON.stringify(scope)}];
    const small = [];
    for (const el of root.querySelectorAll('button, input, select, textarea, a[href], [role="button"], [role="tab"]')) {
      if (el.type === 'hidden' || el.closest('[inert]')) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.width < min - 0.5 || box.height < min - 0.5) {
        const name = el.getAttribute('data-testid') || el.getAttribute('aria-label') || el.textContent.trim().slice(0, 30);
        small.push(el.tagName.toLowerCase() + ' ' + name + ' ' + Math.round(box.width) + 'x' + Math.round(box.height));
      }
    }
    return small;
  })()`)) as string[];
}

/** Counts key presses in the page, to show a sale needed none. */
async function countKeys(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(`(() => {
    window.__keys = 0;
    document.addEventListener('keydown', () => { window.__keys += 1; }, true);
  })()`);
  return async () => (await page.evaluate('window.__keys')) as number;
}

const tile = (page: Page, sku: string) => page.locator(`[data-testid="product-tile"][data-sku="${sku}"]`);

test('every target on the till and its dialogs is at least 44x44 at 1024x768', async ({ page, till }) => {
  test.setTimeout(120_000);
  await till.open(page);
  await tile(page, 'BWG-100').tap();
  await tile(page, 'LLE-KG').tap();
  // Weighed goods ask for the weight.
  await page.getByTestId('weight-input').fill('1,5');
  await page.getByTestId('weight-confirm').tap();
  await tile(page, 'SBR-150').tap();
  await expect(page.getByTestId('cart-line')).toHaveCount(3);
  expect(await smallTargets(page)).toEqual([]);

  // The clear-cart confirmation.
  await page.getByTestId('clear-cart').tap();
  expect(await smallTargets(page, '.cart')).toEqual([]);
  await page.getByTestId('clear-cancel').tap();

  // The dialogs of the till this part owns: park (with a parked cart listed), buyer, order discount.
  await page.getByTestId('park-button').tap();
  await page.getByTestId('park-label').fill('Ibu baju merah');
  await page.getByTestId('park-save').tap();
  await expect(page.getByTestId('cart-line')).toHaveCount(0);
  await tile(page, 'KPI-200').tap();
  await page.getByTestId('park-button').tap();
  await expect(page.getByTestId('parked-cart')).toHaveCount(1);
  expect(await smallTargets(page, 'dialog[open]')).toEqual([]);
  await page.keyboard.press('Escape');

  await page.getByTestId('buyer-button').tap();
  await expect(page.locator('dialog[open]')).toBeVisible();
  expect(await smallTargets(page, 'dialog[open]')).toEqual([]);
  await page.keyboard.press('Escape');

  await page.getByTestId('order-discount').tap();
  await expect(page.locator('dialog[open]')).toBeVisible();
  expect(await smallTargets(page, 'dialog[open]')).toEqual([]);
  await page.keyboard.press('Escape');
  await page.screenshot({ path: test.info().outputPath('till-touch-1024.png') });
});

test('a sale is tapped through with no key: tiles, Bayar, a quick-cash note, then Uang pas on the till', async ({
  page,
  till,
}) => {
  test.setTimeout(120_000);
  await till.open(page);
  const keys = await countKeys(page);

  // Through the pay dialog: tiles, Bayar, the Rp 50.000 note the buyer hands over.
  await tile(page, 'BWG-100').tap();
  await tile(page, 'BWG-100').tap();
  await expect(page.getByTestId('cart-total')).toHaveText('Rp 50.000');
  await page.getByTestId('pay-button').tap();
  await page.locator('[data-testid="quick-cash"][data-amount="50000"]').tap();
  await expect(page.getByTestId('receipt-no')).toBeVisible();
  await page.getByTestId('new-sale').tap();
  await expect(page.getByTestId('cart-line')).toHaveCount(0);

  // Exact cash from the till itself: tiles, then Uang pas.
  await tile(page, 'SBR-150').tap();
  await tile(page, 'KPI-200').tap();
  await page.getByTestId('exact-cash-button').tap();
  await expect(page.getByTestId('receipt-no')).toBeVisible();
  const receiptNo = (await page.getByTestId('receipt-no').textContent())?.trim() ?? '';
  await page.getByTestId('new-sale').tap();

  expect(await keys()).toBe(0);
  const sale = till.karya('sales.get', { receiptNo }).json as { total: number; lines: { sku: string }[] };
  expect(sale.lines.map((l) => l.sku)).toEqual(['SBR-150', 'KPI-200']);
  const sales = till.karya('sales.search', {}).json as { sales: unknown[] };
  expect(sales.sales).toHaveLength(2);
});
