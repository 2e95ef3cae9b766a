// A cashier goes home without closing her shift: the manager counts her drawer and closes it from
// the day-close screen, with a note, so the day's Z can go ahead and she can be deactivated.
import { E2E_PIN, expect, PEOPLE, signIn, test } from './fixtures';

test('a manager counts and closes the shift of a cashier who left, then closes the day', async ({
  page,
  till,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(till.url);
  await page.locator(`[data-testid="user-tile"][data-name="${PEOPLE.cashier}"]`).click();
  await page.getByTestId('pin-input').fill(E2E_PIN);
  await page.getByTestId('login-submit').click();
  // The float count at the start of her shift: the same count fields as the close.
  await page.getByTestId('count-50000').fill('1');
  await page.screenshot({ path: test.info().outputPath('open-shift-1024.png') });
  await page.getByTestId('count-50000').fill('');
  await page.getByTestId('open-shift-submit').click();
  await page.locator('[data-testid="product-tile"][data-sku="BWG-100"]').click();
  await page.getByTestId('pay-button').click();
  await page.getByTestId('cash-input').fill('50000');
  await page.getByTestId('confirm-pay').click();
  await page.getByTestId('new-sale').click();
  // She signs out (or the till locks) and goes home, her drawer uncounted.
  await page.getByTestId('sign-out').click();

  await signIn(page, 'manager');
  await page.getByTestId('nav-reports').click();
  await page.getByTestId('reports-tab-close').click();
  const hers = page.locator(`[data-testid="z-shift"][data-name="${PEOPLE.cashier}"]`);
  await expect(hers).toHaveAttribute('data-open', 'true');
  await hers.getByTestId('z-close-for').click();
  await page.getByTestId('count-20000').fill('1');
  await page.getByTestId('count-5000').fill('1');
  await expect(page.getByTestId('count-total')).toHaveText('Rp 25.000');
  await page.getByTestId('close-for-submit').click();
  await expect(page.getByTestId('close-for-error')).toContainText(
    `Tulis catatan kenapa shift ${PEOPLE.cashier}`,
  );
  await page.getByTestId('close-for-note').fill('pulang tanpa menutup shift');
  await expect(page.getByTestId('close-for-error')).toHaveCount(0);
  // A box the count cannot read is said under it, and her drawer is not closed with it as 0.
  await page.getByTestId('count-2000').fill('dua');
  await page.getByTestId('close-for-submit').click();
  await expect(page.getByTestId('count-2000-error')).toBeVisible();
  await expect(page.getByTestId('count-2000')).toBeFocused();
  await expect(hers).toHaveAttribute('data-open', 'true');
  await page.getByTestId('count-2000').fill('');
  await page.screenshot({ path: test.info().outputPath('close-for-1024.png') });
  await page.getByTestId('close-for-submit').click();
  await expect(hers).toHaveAttribute('data-open', 'false');
  await expect(hers).toContainText(`ditutup oleh ${PEOPLE.manager}`);
  // Her variance says which way in a word (and a colour), as at a cashier's own close.
  await expect(hers.getByTestId('z-shift-variance')).toHaveAttribute('data-tone', 'even');
  await expect(hers.getByTestId('z-shift-variance')).toHaveText('Rp 0 (Pas)');

  // The manager's own shift too, then the Z.
  const mine = page.locator(`[data-testid="z-shift"][data-name="${PEOPLE.manager}"]`);
  await mine.getByTestId('z-close-for').click();
  await page.getByTestId('close-for-submit').click();
  await expect(mine).toHaveAttribute('data-open', 'false');
  await page.getByTestId('z-close').click();
  await page.getByTestId('z-confirm-yes').click();
  await expect(page.getByTestId('z-done')).toBeVisible();

  const audit = till.karya('audit.list', { action: 'shift.close' }).json as {
    userName: string;
    detail: { closedFor?: string; variance: number };
  }[];
  expect(audit.find((e) => e.detail.closedFor === PEOPLE.cashier)).toMatchObject({
    userName: PEOPLE.manager,
    detail: { variance: 0 },
  });
});
