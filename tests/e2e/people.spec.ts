// People through the real screens: the admin adds a cashier and a manager on the People screen, the
// cashier signs in from her tile and sells, and once her shift is closed the admin deactivates her:
// her tile is gone and the engine refuses her PIN. A manager adds cashiers only. A reset PIN is
// chosen anew by its owner at the sign-in screen.
import type { Page } from '@playwright/test';
import { E2E_PIN, expect, openShiftIfAsked, PEOPLE, test } from './fixtures';

const row = (page: Page, name: string) => page.locator(`[data-testid="person-row"][data-name="${name}"]`);
const tile = (page: Page, name: string) => page.locator(`[data-testid="user-tile"][data-name="${name}"]`);

async function openPeople(page: Page) {
  await page.getByTestId('nav-people').click();
  await expect(page.getByTestId('people-table')).toBeVisible();
}

async function addPerson(page: Page, name: string, role: string | null, pin: string) {
  await page.getByTestId('people-add').click();
  await page.getByTestId('person-form-name').fill(name);
  if (role) await page.getByTestId('person-form-role').selectOption(role);
  await page.getByTestId('person-form-pin').fill(pin);
  await page.getByTestId('person-form-pin2').fill(pin);
  await page.getByTestId('person-form-submit').click();
  await expect(row(page, name)).toBeVisible();
}

async function signOut(page: Page) {
  await page.getByTestId('sign-out').click();
  await expect(page.getByTestId('user-tile').first()).toBeVisible();
}

async function signInWith(page: Page, name: string, pin: string) {
  await tile(page, name).click();
  await page.getByTestId('pin-input').fill(pin);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('signed-in-user')).toHaveText(name);
}

test('the admin adds a cashier and a manager; the cashier sells; deactivated, she cannot sign in', async ({
  page,
  till,
}) => {
  test.setTimeout(120_000);
  await till.open(page, 'admin');
  await openPeople(page);
  await expect(row(page, PEOPLE.admin).getByTestId('person-role')).toHaveText('Admin');

  // The two PINs must match; the engine's refusal of a taken name shows in the dialog.
  await page.getByTestId('people-add').click();
  await page.getByTestId('person-form-name').fill(PEOPLE.cashier.toUpperCase());
  await page.getByTestId('person-form-pin').fill('1357');
  await page.getByTestId('person-form-pin2').fill('1358');
  await page.getByTestId('person-form-submit').click();
  await expect(page.getByTestId('person-form-pin2-error')).toHaveText('Kedua PIN tidak sama.');
  await page.getByTestId('person-form-pin2').fill('1357');
  await page.getByTestId('person-form-submit').click();
  await expect(page.getByRole('alert')).toHaveText(
    `Nama pengguna "${PEOPLE.cashier.toUpperCase()}" sudah dipakai.`,
  );
  await page.keyboard.press('Escape');

  await addPerson(page, 'Sri', 'cashier', '1357');
  await expect(page.getByTestId('people-notice')).toHaveText('Sri ditambahkan sebagai Kasir.');
  await addPerson(page, 'Pak Made', 'manager', '9753');
  await expect(row(page, 'Pak Made').getByTestId('person-role')).toHaveText('Manajer');
  await expect(row(page, 'Sri').getByTestId('person-last-login')).toHaveText('Belum pernah');

  // Her full name, through the edit dialog.
  await row(page, 'Sri').getByTestId('person-edit').click();
  await page.getByTestId('person-form-name').fill('Sri Rahayu');
  await page.getByTestId('person-form-submit').click();
  await expect(row(page, 'Sri Rahayu')).toBeVisible();

  // She signs in from her tile, opens her shift and sells.
  await signOut(page);
  await signInWith(page, 'Sri Rahayu', '1357');
  await openShiftIfAsked(page);
  await expect(page.getByTestId('nav-people')).toHaveCount(0);
  await page.locator('[data-testid="product-tile"][data-sku="BWG-100"]').click();
  await page.getByTestId('pay-button').click();
  await page.getByTestId('cash-input').fill('50000');
  await page.getByTestId('confirm-pay').click();
  const receiptNo = (await page.getByTestId('receipt-no').textContent())?.trim() ?? '';
  expect(receiptNo).toMatch(/^BTH1-\d{8}-0001$/);
  await page.getByTestId('new-sale').click();

  // Her drawer is still open: the admin cannot deactivate her yet.
  await signOut(page);
  await signInWith(page, PEOPLE.admin, E2E_PIN);
  await openPeople(page);
  await expect(row(page, 'Sri Rahayu').getByTestId('person-last-login')).not.toHaveText('Belum pernah');
  await row(page, 'Sri Rahayu').getByTestId('person-active').click();
  await page.getByTestId('person-form-submit').click();
  await expect(page.getByTestId('person-dialog-error')).toContainText('Sri Rahayu masih punya shift terbuka');
  await page.keyboard.press('Escape');

  // She counts her drawer (Rp 25.000) and closes her shift.
  await signOut(page);
  await signInWith(page, 'Sri Rahayu', '1357');
  await page.getByTestId('shift-button').click();
  await page.getByTestId('shift-close').click();
  await page.getByTestId('count-20000').fill('1');
  await page.getByTestId('count-5000').fill('1');
  await page.getByTestId('close-submit').click();
  await expect(page.getByTestId('shift-variance')).toHaveText('Rp 0');
  await page.getByTestId('shift-done').click();

  await signOut(page);
  await signInWith(page, PEOPLE.admin, E2E_PIN);
  await openPeople(page);
  await row(page, 'Sri Rahayu').getByTestId('person-active').click();
  await expect(page.getByRole('dialog')).toContainText('Nonaktifkan Sri Rahayu?');
  await page.getByTestId('person-form-submit').click();
  await expect(page.getByTestId('people-notice')).toHaveText('Sri Rahayu dinonaktifkan.');
  await expect(row(page, 'Sri Rahayu').getByTestId('person-status')).toHaveText('Nonaktif');

  // Her tile is gone, the engine refuses her PIN, and her sale keeps her name.
  await signOut(page);
  await expect(tile(page, 'Pak Made')).toBeVisible();
  await expect(tile(page, 'Sri Rahayu')).toHaveCount(0);
  const people = till.karya('users.list').json as { id: number; name: string; active: boolean }[];
  const sri = people.find((p) => p.name === 'Sri Rahayu');
  expect(sri?.active).toBe(false);
  expect(till.karya('auth.login', { userId: sri?.id, pin: '1357' })).toMatchObject({
    status: 1,
    json: { code: 'NOT_FOUND', message: 'Pengguna tidak ditemukan atau tidak aktif.' },
  });
  expect((till.karya('sales.get', { receiptNo }).json as { cashierName: string }).cashierName).toBe(
    'Sri Rahayu',
  );
  const audit = till.karya('audit.list', { action: 'user.active' }).json as {
    userName: string;
    subject: string;
  }[];
  expect(audit.map((a) => [a.userName, a.subject])).toEqual([[PEOPLE.admin, 'Sri Rahayu']]);
});

test('a manager sees the People screen and adds cashiers, never managers', async ({ page, till }) => {
  await till.open(page, 'manager');
  await openPeople(page);
  // Only the cashier's row offers changes; admins and managers are the admin's.
  await expect(row(page, PEOPLE.cashier).getByTestId('person-edit')).toBeVisible();
  await expect(row(page, PEOPLE.admin).locator('button')).toHaveCount(0);
  await expect(row(page, PEOPLE.manager).getByTestId('person-pin')).toHaveText('Ganti PIN saya');
  await expect(row(page, PEOPLE.manager).getByTestId('person-active')).toHaveCount(0);

  await page.getByTestId('people-add').click();
  await expect(page.getByTestId('person-form-role')).toHaveCount(0);
  await expect(page.getByTestId('person-form-role-fixed')).toContainText('Kasir');
  await page.keyboard.press('Escape');
  await addPerson(page, 'Dewi', null, '2580');
  await expect(row(page, 'Dewi').getByTestId('person-role')).toHaveText('Kasir');

  // Nothing above a cashier was made.
  expect(
    (till.karya('users.list').json as { name: string; role: string }[]).filter((p) => p.role !== 'cashier'),
  ).toHaveLength(2);
});

test('a reset PIN is chosen anew, twice, at the sign-in screen', async ({ page, till }) => {
  await till.open(page, 'admin');
  await openPeople(page);
  await row(page, PEOPLE.cashier).getByTestId('person-reset').click();
  await expect(page.getByRole('dialog')).toContainText(`Reset PIN ${PEOPLE.cashier}?`);
  await page.getByTestId('person-form-submit').click();
  await expect(row(page, PEOPLE.cashier).getByTestId('person-reset-pending')).toHaveText('Menunggu PIN baru');

  await signOut(page);
  await tile(page, PEOPLE.cashier).click();
  await expect(page.getByTestId('new-pin-form')).toContainText('Buat PIN baru');
  await expect(page.getByTestId('pin-input')).toHaveCount(0);
  await page.getByTestId('new-pin-input').fill('8642');
  await page.getByTestId('new-pin-confirm').fill('8643');
  await page.getByTestId('new-pin-submit').click();
  await expect(page.getByRole('alert')).toHaveText('Kedua PIN tidak sama.');
  await page.getByTestId('new-pin-confirm').fill('8642');
  await page.getByTestId('new-pin-submit').click();
  await expect(page.getByTestId('signed-in-user')).toHaveText(PEOPLE.cashier);
  await openShiftIfAsked(page);

  // From now on her new PIN opens the till, the old one does not.
  await signOut(page);
  await tile(page, PEOPLE.cashier).click();
  await page.getByTestId('pin-input').fill(E2E_PIN);
  await page.getByTestId('login-submit').click();
  await expect(page.getByRole('alert')).toContainText('PIN salah');
  await page.getByTestId('pin-input').fill('8642');
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('signed-in-user')).toHaveText(PEOPLE.cashier);
  const audit = till.karya('audit.list', { action: 'user.pin' }).json as {
    userName: string;
    detail: unknown;
  }[];
  expect(audit.map((a) => [a.userName, a.detail])).toEqual([
    [PEOPLE.cashier, expect.objectContaining({ change: 'chosen' })],
    [PEOPLE.admin, expect.objectContaining({ change: 'reset' })],
  ]);
});

test('screenshots: the People screen, its dialogs and the new-PIN sign-in at 1366 and 1024 wide', async ({
  page,
  till,
}, testInfo) => {
  test.setTimeout(120_000);
  const users = till.karya('users.list').json as { id: number; name: string }[];
  const cashier = users.find((u) => u.name === PEOPLE.cashier);
  expect(till.karya('users.create', { name: 'Pak Made Wirawan', role: 'manager', pin: '9753' }).status).toBe(
    0,
  );
  const gone = till.karya('users.create', { name: 'Ani (pindah ke Poso)', role: 'cashier', pin: '9753' })
    .json as { id: number };
  expect(till.karya('users.setActive', { userId: gone.id, active: false }).status).toBe(0);
  // Wrong PINs make the cashier wait (another wrong one each round keeps her waiting).
  for (let i = 0; i < 4; i++) till.karya('auth.login', { userId: cashier?.id, pin: '0000' });
  const shot = (name: string) =>
    page.screenshot({ path: testInfo.outputPath(`${name}.png`), animations: 'disabled' });

  for (const width of [1366, 1024]) {
    await page.setViewportSize({ width, height: 768 });
    till.karya('auth.login', { userId: cashier?.id, pin: '0000' });
    await till.open(page, 'admin');
    await openPeople(page);
    await expect(row(page, PEOPLE.cashier).getByTestId('person-locked')).not.toHaveText('—');
    await shot(`people-${width}`);
    await page.getByTestId('people-add').click();
    await page.getByTestId('person-form-name').fill('Wayan');
    await page.getByTestId('person-form-pin').fill('1357');
    await shot(`people-add-${width}`);
    await page.keyboard.press('Escape');
    await row(page, 'Pak Made Wirawan').getByTestId('person-edit').click();
    await shot(`people-edit-${width}`);
    await page.keyboard.press('Escape');
    await row(page, PEOPLE.manager).getByTestId('person-reset').click();
    await page.getByTestId('person-form-submit').click();
    await expect(row(page, PEOPLE.manager).getByTestId('person-reset-pending')).toBeVisible();
    await signOut(page);
    await tile(page, PEOPLE.manager).click();
    await page.getByTestId('new-pin-input').fill('97');
    await shot(`signin-new-pin-${width}`);
    await page.getByTestId('new-pin-input').fill('9753');
    await page.getByTestId('new-pin-confirm').fill('9753');
    await page.getByTestId('new-pin-submit').click();
    await expect(page.getByTestId('signed-in-user')).toHaveText(PEOPLE.manager);
    await openShiftIfAsked(page);
    await signOut(page);
  }
});
