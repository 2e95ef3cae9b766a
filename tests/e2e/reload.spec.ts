// A reload (F5 in browser mode; the desktop window reloads itself after a crash of its page) keeps
// the cashier signed in and gives her cart back; a sold cart never comes back. Sign-out and the lock
// still end the session, and a cart left at sign-out waits for the same person.

import type { Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { E2E_PIN, expect, PEOPLE, test } from './fixtures';

/** The cart the engine holds for the person, as stored (waits for the till's autosave). */
function storedCart(dbPath: string): { lines: { productId: number; qtyMilli: number }[] } | null {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const row = db
      .prepare('SELECT cart, cart_id AS cartId, sold_cart_id AS soldCartId FROM current_carts')
      .get() as { cart: string; cartId: string; soldCartId: string | null } | undefined;
    if (!row || row.cartId === row.soldCartId) return null;
    return JSON.parse(row.cart);
  } finally {
    db.close();
  }
}

const tile = (page: Page, sku: string) => page.locator(`[data-testid="product-tile"][data-sku="${sku}"]`);

async function cartLines(page: Page): Promise<string[]> {
  return page
    .getByTestId('cart-line')
    .evaluateAll((rows) =>
      rows.map(
        (row) =>
          `${row.getAttribute('data-sku')} ${row.querySelector('[data-testid="line-qty"]')?.textContent?.trim()}`,
      ),
    );
}

test('a reload keeps the cashier signed in with the same cart; a sold cart does not come back', async ({
  page,
  till,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await till.open(page);
  await tile(page, 'BWG-100').click();
  await tile(page, 'BWG-100').click();
  await tile(page, 'SBR-150').click();
  await expect(page.getByTestId('cart-total')).toHaveText('Rp 85.000');
  const before = await cartLines(page);
  expect(before).toEqual(['BWG-100 2 pcs', 'SBR-150 1 botol']);
  await expect.poll(() => storedCart(till.dbPath)?.lines.length ?? 0).toBe(2);

  await page.reload();
  await expect(page.getByTestId('signed-in-user')).toHaveText(PEOPLE.cashier);
  await expect(page.getByTestId('cart-total')).toHaveText('Rp 85.000');
  expect(await cartLines(page)).toEqual(before);
  // The restored cart sells as any other.
  await page.keyboard.press('F10');
  await expect(page.getByTestId('receipt-no')).toBeVisible();
  const receiptNo = (await page.getByTestId('receipt-no').textContent())?.trim() ?? '';
  expect((till.karya('sales.get', { receiptNo }).json as { total: number }).total).toBe(85_000);

  await page.reload();
  await expect(page.getByTestId('signed-in-user')).toHaveText(PEOPLE.cashier);
  await expect(page.getByTestId('pay-button')).toBeVisible();
  await expect(page.getByTestId('cart-line')).toHaveCount(0);
  await expect(page.getByTestId('cart-total')).toHaveText('Rp 0');
});

test('sign-out and the lock still end the session; the cart waits for the same person', async ({
  page,
  till,
}) => {
  test.setTimeout(90_000);
  await till.open(page);
  await tile(page, 'KPI-200').click();
  await expect.poll(() => storedCart(till.dbPath)?.lines.length ?? 0).toBe(1);

  // Signed out: a reload shows the sign-in screen, not the till.
  await page.getByTestId('sign-out').click();
  await page.reload();
  await expect(page.locator('[data-testid="user-tile"]').first()).toBeVisible();
  await expect(page.getByTestId('signed-in-user')).toHaveCount(0);

  // The manager signs in at the same till: not the cashier's cart.
  await page.locator(`[data-testid="user-tile"][data-name="${PEOPLE.manager}"]`).click();
  await page.getByTestId('pin-input').fill(E2E_PIN);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('signed-in-user')).toHaveText(PEOPLE.manager);
  await expect(page.getByTestId('cart-line')).toHaveCount(0);
  await page.getByTestId('sign-out').click();

  // The cashier again: her cart is back.
  await page.locator(`[data-testid="user-tile"][data-name="${PEOPLE.cashier}"]`).click();
  await page.getByTestId('pin-input').fill(E2E_PIN);
  await page.getByTestId('login-submit').click();
  await expect(page.locator('[data-testid="cart-line"][data-sku="KPI-200"]')).toBeVisible();

  // Locked: the lock ended the session, so a reload asks for a sign-in; the cart is still kept.
  await page.getByTestId('lock-button').click();
  await expect(page.getByTestId('lock-screen')).toBeVisible();
  await page.reload();
  await expect(page.locator('[data-testid="user-tile"]').first()).toBeVisible();
  await expect(page.getByTestId('lock-screen')).toHaveCount(0);
  expect(storedCart(till.dbPath)?.lines).toHaveLength(1);
});
