import { expect, PEOPLE, signIn, test } from './fixtures';

test('a wrong PIN is refused with the attempts left; a cashier sees only the till and her sales', async ({
  page,
  till,
}) => {
  await page.goto(till.url);
  await page.locator(`[data-testid="user-tile"][data-name="${PEOPLE.cashier}"]`).click();
  await page.getByTestId('pin-input').fill('0000');
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('error-message')).toHaveText('PIN salah. Sisa percobaan: 4.');
  await page.getByTestId('pin-input').fill('2468');
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('signed-in-user')).toHaveText(PEOPLE.cashier);
  // A cashier has the till and the day's sales list; nothing a manager runs.
  const screens = page.locator('[data-testid^="nav-"]');
  await expect(screens).toHaveCount(2);
  expect(await screens.evaluateAll((els) => els.map((el) => el.getAttribute('data-testid')))).toEqual([
    'nav-sale',
    'nav-sales',
  ]);

  await page.getByTestId('sign-out').click();
  await signIn(page, 'manager');
  await expect(page.getByTestId('signed-in-user')).toHaveText(PEOPLE.manager);
});
