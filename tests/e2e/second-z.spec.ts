// Selling after a day's Z: the till stays on the same business day (the top bar says so, the
// receipt numbers go on), and the next Z of that day closes only what came after the first.
import { expect, test } from './fixtures';

test('after the Z the till stays on today, and a second Z closes what was sold since', async ({
  page,
  till,
}) => {
  const today = till.sellAndCloseDay([[1, 1]]);
  await till.open(page, 'manager');
  // The top bar shows where the next sale goes: still today, with nothing waiting for a Z.
  const bar = page.getByTestId('business-day');
  await expect(bar).toHaveAttribute('data-day', today);
  await expect(bar).toHaveAttribute('data-unclosed', '');

  // The manager sells in his own shift after the Z: the receipt number continues the day's.
  await page.locator('[data-testid="product-tile"][data-sku="BWG-100"]').click();
  await page.getByTestId('pay-button').click();
  await page.getByTestId('cash-input').fill('25000');
  await page.getByTestId('confirm-pay').click();
  await expect(page.getByTestId('receipt-no')).toHaveText(`BTH1-${today.replaceAll('-', '')}-0002`);
  await page.getByTestId('new-sale').click();

  // The shift is closed, then the close tab shows only the new sale and makes Z 2 of the same day.
  await page.getByTestId('shift-button').click();
  await page.getByTestId('shift-close').click();
  await page.getByTestId('count-20000').fill('1');
  await page.getByTestId('count-5000').fill('1');
  await page.getByTestId('close-submit').click();
  await page.getByTestId('shift-done').click();
  await page.getByTestId('nav-reports').click();
  await page.getByTestId('reports-tab-close').click();
  await expect(page.getByTestId('z-day')).toHaveAttribute('data-day', today);
  await expect(page.getByTestId('z-x-net')).toHaveText('Rp 25.000');
  await page.getByTestId('z-close').click();
  await page.getByTestId('z-confirm-yes').click();
  await expect(page.getByTestId('z-done')).toContainText('Z 2');
  await expect(page.getByTestId('report-net')).toHaveText('Rp 25.000');
  await expect(bar).toHaveAttribute('data-day', today);

  await page.getByTestId('reports-tab-history').click();
  await expect(page.getByTestId('z-row')).toHaveCount(2);
  await expect(page.locator('[data-testid="z-row"][data-zno="2"]')).toContainText(/\d/);
});
