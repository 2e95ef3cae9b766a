import { expect, PEOPLE, test } from './fixtures';

test('the till locks after five idle minutes; the same PIN opens it with the cart as it was', async ({
  page,
  till,
}) => {
  // The page's clock is Playwright's, so five minutes pass in a moment.
  await page.clock.install();
  await till.open(page);
  await page.locator('[data-testid="product-tile"][data-sku="BWG-100"]').click();
  await expect(page.getByTestId('cart-total')).toHaveText('Rp 25.000');

  await page.clock.fastForward('04:00');
  await expect(page.getByTestId('lock-screen')).toHaveCount(0);
  await page.clock.fastForward('01:01');
  await expect(page.getByTestId('lock-screen')).toBeVisible();
  await expect(page.getByTestId('lock-user')).toHaveText(PEOPLE.cashier);

  await page.getByTestId('lock-pin').fill('1111');
  await page.getByTestId('lock-unlock').click();
  await expect(page.getByTestId('lock-error')).toContainText('PIN salah');
  await page.getByTestId('lock-pin').fill('2468');
  await page.getByTestId('lock-unlock').click();
  await expect(page.getByTestId('lock-screen')).toHaveCount(0);
  await expect(page.getByTestId('cart-total')).toHaveText('Rp 25.000');

  // Locking at once with the button, then another person takes over.
  await page.getByTestId('lock-button').click();
  await page.getByTestId('lock-switch').click();
  await expect(page.locator('[data-testid="user-tile"]').first()).toBeVisible();
});

test('a cashier moves cash out and closes her shift with a blind count; the variance is shown after', async ({
  page,
  till,
}) => {
  await till.open(page);
  await page.locator('[data-testid="product-tile"][data-sku="SBR-150"]').click();
  await page.keyboard.press('F10');
  await page.getByTestId('new-sale').click();

  await page.keyboard.press('F12');
  await expect(page.getByTestId('shift-sales')).toHaveText('Rp 35.000');
  await page.getByTestId('shift-move').click();
  await page.getByTestId('move-out').click();
  await page.getByTestId('move-amount').fill('10000');
  await page.getByTestId('move-reason').fill('beli kantong plastik');
  await page.getByTestId('move-save').click();
  await page.getByTestId('shift-close').click();
  // Blind: nothing on screen says what the drawer should hold.
  await expect(page.getByText('Seharusnya di laci')).toHaveCount(0);
  await page.getByTestId('count-20000').fill('1');
  await page.getByTestId('count-2000').fill('2');
  await expect(page.getByTestId('count-total')).toHaveText('Rp 24.000');
  await page.getByTestId('close-submit').click();
  // Float 0 + 35.000 cash - 10.000 out = 25.000 expected; 24.000 counted.
  await expect(page.getByTestId('shift-expected')).toHaveText('Rp 25.000');
  await expect(page.getByTestId('shift-variance')).toHaveText('-Rp 1.000');
  await page.getByTestId('shift-done').click();
  await expect(page.getByTestId('open-shift')).toBeVisible();

  const shifts = till.karya('shifts.list', {}).json as {
    variance: number;
    countDetail: Record<string, number>;
  }[];
  expect(shifts[0]).toMatchObject({ variance: -1_000, countDetail: { '20000': 1, '2000': 2 } });
});
