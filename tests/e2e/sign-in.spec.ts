import { expect, PEOPLE, signIn, test } from './fixtures';

test.describe('first run', () => {
  test.use({ people: false });

  test('asks for the admin PIN instead of shipping a default, then signs the admin in', async ({
    page,
    till,
  }) => {
    await page.goto(till.url);
    await expect(page.getByTestId('user-tile')).toHaveCount(0);
    await page.getByTestId('setup-name').fill('Bu Ratna');
    await page.getByTestId('setup-pin').fill('1357');
    await page.getByTestId('setup-pin-confirm').fill('1358');
    await page.getByTestId('setup-submit').click();
    await expect(page.getByTestId('error-message')).toHaveText('Kedua PIN tidak sama.');
    await page.getByTestId('setup-pin-confirm').fill('1357');
    await page.getByTestId('setup-submit').click();
    await expect(page.getByTestId('signed-in-user')).toHaveText('Bu Ratna');

    // The PIN is stored only as a slow hash.
    const status = till.karya('auth.status', {}).json as {
      needsSetup: boolean;
      users: { name: string; role: string }[];
    };
    expect(status).toEqual({
      needsSetup: false,
      users: [expect.objectContaining({ name: 'Bu Ratna', role: 'admin' })],
    });
  });
});

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
