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
  // Browser mode has no window to open by itself: the till gives the address (with the door's
  // token) and opens it as a window of its own, to drag onto the second monitor.
  await page.getByTestId('display-button').click();
  await expect(page.getByTestId('display-url')).toHaveValue(/\/\?token=.+#\/display$/);
  const [display] = await Promise.all([
    context.waitForEvent('page'),
    page.getByTestId('display-open-window').click(),
  ]);
  await expect(page.getByTestId('display-url')).toHaveCount(0);
  // Nobody signs in on the display: the welcome, with the booth's name from the receipt header.
  await expect(display.getByTestId('display')).toHaveAttribute('data-state', 'idle');
  await expect(display.getByText('Karya WBP', { exact: true })).toBeVisible();

  const tile = (sku: string) => page.locator(`[data-testid="product-tile"][data-sku="${sku}"]`);
  await tile('BWG-100').click();
  await tile('BWG-100').click();
  await tile('SBR-150').click();
  await expect(page.getByTestId('cart-line')).toHaveCount(2);
  await expect(display.getByTestId('display-line')).toHaveCount(2);
  await expect(display.getByTestId('display-line').first()).toContainText('2 pcs');
  await expect(display.getByTestId('display-total')).toHaveText('Rp 85.000');
  // Large type: the total at 3.5rem (56 px), from across the counter.
  await expect(display.getByTestId('display-total')).toHaveCSS('font-size', '56px');

  // Paying: what is due, then the QRIS with the amount for the buyer to scan.
  await page.keyboard.press('F9');
  await expect(display.getByTestId('display')).toHaveAttribute('data-state', 'paying');
  await expect(display.getByTestId('display-due')).toHaveText('Rp 85.000');
  await page.getByTestId('pay-method-qris').click();
  await page.getByTestId('part-amount').fill('50000');
  await expect(display.getByTestId('qr-code')).toHaveAttribute(
    'data-payload',
    qrisWithAmount(STATIC_QRIS, 50_000),
  );
  await expect(display.getByTestId('display-qris-amount')).toHaveText('Rp 50.000');
  await page.getByTestId('part-add').click();
  await expect(display.getByTestId('qr-code')).toHaveCount(0);
  await expect(display.getByTestId('display-due')).toHaveText('Rp 35.000');
  await page.getByTestId('cash-input').fill('50000');
  await page.getByTestId('cash-input').press('Enter');
  await expect(display.getByTestId('display')).toHaveAttribute('data-state', 'paid');
  await expect(display.getByTestId('display-change')).toHaveText('Rp 15.000');
  await expect(display.getByTestId('display-change')).toHaveCSS('font-size', '56px');

  await page.getByTestId('new-sale').click();
  await expect(display.getByTestId('display')).toHaveAttribute('data-state', 'idle');
});

test('the display needs the door token even with nobody signed in', async ({ browser, till }) => {
  const stranger = await browser.newContext();
  const page = await stranger.newPage();
  await page.goto(`${new URL(till.url).origin}/#/display`);
  await expect(page.getByTestId('display')).toHaveAttribute('data-state', 'idle');
  await expect(page.getByTestId('display-offline')).toBeVisible();
  await stranger.close();
});
