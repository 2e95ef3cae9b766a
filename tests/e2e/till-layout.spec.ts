// The till looked at, at 1366x768 and 1024x768 in both languages: the flagship tiles in view without
// scrolling, the cart's line count apart from its title, the exact-cash button beside Bayar, and a
// park label that reads from the left. Screenshots are saved under the test output.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1024, height: 768 },
] as const;

const tile = (page: Page, sku: string) => page.locator(`[data-testid="product-tile"][data-sku="${sku}"]`);

/** Horizontal space between two elements, left to right. */
async function gapBetween(page: Page, left: string, right: string): Promise<number> {
  const a = await page.locator(left).boundingBox();
  const b = await page.locator(right).boundingBox();
  if (!a || !b) throw new Error(`not on screen: ${left} or ${right}`);
  return b.x - (a.x + a.width);
}

test.describe.configure({ timeout: 120_000 });

test('bawang goreng and sambal roa are in view when the till opens, at both sizes', async ({
  page,
  till,
}) => {
  await page.setViewportSize(SIZES[0]);
  await till.open(page);
  for (const size of SIZES) {
    await page.setViewportSize(size);
    for (const sku of ['BWG-100', 'BWG-250', 'BWG-500', 'SBR-150', 'SBR-250']) {
      await expect(tile(page, sku), `${sku} at ${size.width}`).toBeInViewport({ ratio: 1 });
    }
    // The category chips follow the same order: Makanan first.
    await expect(page.getByTestId('category-chip').nth(1)).toHaveText('Makanan');
  }
});

test('the cart head, the pay row and the park dialog, in Indonesian and English', async ({ page, till }) => {
  const shot = (name: string) => page.screenshot({ path: test.info().outputPath(`${name}.png`) });
  await page.setViewportSize(SIZES[0]);
  await till.open(page);
  await tile(page, 'BWG-100').click();
  await expect(page.getByTestId('cart-count')).toHaveText('1 baris');
  await tile(page, 'SBR-150').click();
  await expect(page.getByTestId('cart-count')).toHaveText('2 baris');
  // Not "Keranjang2 baris": the count stands apart from the title.
  expect(await gapBetween(page, '.cart-head h2', '[data-testid="cart-count"]')).toBeGreaterThanOrEqual(8);
  // Uang pas sits beside Bayar, its label whole inside its button.
  const exact = page.getByTestId('exact-cash-button');
  await expect(exact).toContainText('Uang pas');
  await expect(exact).toContainText('F10');
  for (const size of SIZES) {
    await page.setViewportSize(size);
    expect(
      await gapBetween(page, '[data-testid="pay-button"]', '[data-testid="exact-cash-button"]'),
    ).toBeGreaterThan(0);
    const fits = await exact.evaluate(
      (button) => button.scrollWidth <= button.clientWidth && button.scrollHeight <= button.clientHeight,
    );
    expect(fits, `Uang pas fits its button at ${size.width}`).toBe(true);
    await shot(`till-cart-id-${size.width}`);
  }

  // The park label is words, written from the left.
  await page.keyboard.press('F8');
  const label = page.getByTestId('park-label');
  await expect(label).toHaveCSS('text-align', /^(start|left)$/);
  await label.fill('Ibu baju merah');
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await shot(`park-id-${size.width}`);
  }
  await page.getByTestId('park-save').click();

  await tile(page, 'KPI-200').click();
  await page.getByTestId('lang-switch').click();
  await expect(page.getByTestId('cart-count')).toHaveText('1 line');
  await expect(exact).toContainText('Exact cash');
  await tile(page, 'BWG-250').click();
  await expect(page.getByTestId('cart-count')).toHaveText('2 lines');
  for (const size of SIZES) {
    await page.setViewportSize(size);
    const fits = await exact.evaluate((button) => button.scrollWidth <= button.clientWidth);
    expect(fits, `Exact cash fits its button at ${size.width}`).toBe(true);
    await shot(`till-cart-en-${size.width}`);
  }
  await page.keyboard.press('F8');
  await expect(page.getByTestId('parked-cart')).toHaveCount(1);
  // A parked cart in the list reads from the left too.
  const resume = page.getByTestId('park-resume');
  await expect(resume).toHaveCSS('align-items', 'flex-start');
  await expect(resume).toHaveCSS('text-align', /^(start|left)$/);
  await shot('park-en-1024');
});
