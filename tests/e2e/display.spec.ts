import { qrisWithAmount } from '../../shared/qris/qris';
import vectors from '../../shared/qris/qris-vectors.json' with { type: 'json' };
import { expect, test } from './fixtures';

const STATIC_QRIS = vectors.static_to_dynamic[0]?.static ?? '';

test('the customer display follows the cart, shows the QRIS to scan and the change, in large type', async ({
  page,
  context,
  till,
}) => {
  expect(till.karya('paymentSettings.save', { qrisStatic: STATIC_QRIS }).status).toBe(0);
  await till.open(page);
  // The address the cashier opens on the second screen, from the till itself.
  await page.getByTestId('display-button').click();
  const address = await page.getByTestId('display-url').inputValue();
  expect(address).toMatch(/\/\?token=.+#\/display$/);
  await page.keyboard.press('Escape');

  const display = await context.newPage();
  await display.goto(address);
  await expect(display.getByTestId('display')).toHaveAttribute('data-state', 'idle');

  await page.locator('[data-testid="product-tile"][data-sku="BWG-100"]').click();
  await page.locator('[data-testid="product-tile"][data-sku="BWG-100"]').click();
  await page.locator('[data-testid="product-tile"][data-sku="SBR-150"]').click();
  await expect(display.getByTestId('display-line')).toHaveCount(2);
  await expect(display.getByTestId('display-total')).toHaveText('Rp 85.000');
  // Large type: the total at 3.5rem (56 px), from across the counter.
  await expect(display.getByTestId('display-total')).toHaveCSS('font-size', '56px');

  // Paying by QRIS: the buyer scans the code with the amount from the display.
  await page.keyboard.press('F9');
  await page.getByTestId('pay-method-qris').click();
  await page.getByTestId('part-amount').fill('50000');
  await expect(display.getByTestId('qr-code')).toHaveAttribute(
    'data-payload',
    qrisWithAmount(STATIC_QRIS, 50_000),
  );
  await expect(display.getByTestId('display-qris-amount')).toHaveText('Rp 50.000');
  await page.getByTestId('part-add').click();
  await page.getByTestId('cash-input').fill('50000');
  await page.getByTestId('cash-input').press('Enter');
  await expect(display.getByTestId('display')).toHaveAttribute('data-state', 'paid');
  await expect(display.getByTestId('display-change')).toHaveText('Rp 15.000');

  await page.getByTestId('new-sale').click();
  await expect(display.getByTestId('display')).toHaveAttribute('data-state', 'idle');
});
