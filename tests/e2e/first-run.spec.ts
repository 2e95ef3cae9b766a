// From an empty data folder to a working till, as the owner does it: no terminal, no default PIN.
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { openShiftIfAsked, test } from './fixtures';

test.use({ people: false });

async function fillTill(page: Page, device: string) {
  await page.getByTestId('setup-device').fill(device);
  await page.getByTestId('setup-store-name').fill('Karya Lapas Palu');
  await page.getByTestId('setup-address').fill('Jl. Dewi Sartika No. 1\nPalu, Sulawesi Tengah');
}

test('setup checks each step, writes nothing before the last, then signs the admin in', async ({
  page,
  till,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(till.url);
  await expect(page.getByTestId('user-tile')).toHaveCount(0);
  await expect(page.getByTestId('setup-step-1')).toBeVisible();
  // The device code field starts empty: every install calling itself BTH1 is what this prevents.
  await expect(page.getByTestId('setup-device')).toHaveValue('');
  await page.getByTestId('setup-next').click();
  // Each refusal under its own field; the first of them takes the focus.
  await expect(page.getByTestId('setup-device-error')).toHaveText(
    'Kode perangkat harus 2 sampai 8 huruf atau angka, tanpa spasi atau tanda baca.',
  );
  await expect(page.getByTestId('setup-store-name-error')).toHaveText('Isi nama stan atau outlet.');
  await expect(page.getByTestId('setup-device')).toBeFocused();
  await page.getByTestId('setup-device').fill('p-1');
  await page.getByTestId('setup-next').click();
  await expect(page.getByTestId('setup-device-error')).toContainText('Kode perangkat harus 2 sampai 8');
  await fillTill(page, 'plu2');
  // Typed in small letters, shown as the receipts will print it.
  await expect(page.getByTestId('setup-device')).toHaveValue('PLU2');
  await expect(page.getByTestId('setup-receipt-no')).toHaveText(/^PLU2-\d{8}-0001$/);
  await expect(page.getByTestId('setup-receipt-preview')).toContainText('Karya Lapas Palu');
  await expect(page.getByTestId('setup-zone')).toHaveValue('Asia/Makassar');
  await page.screenshot({ path: test.info().outputPath('setup-step1-1024.png') });
  await page.getByTestId('setup-next').click();

  await expect(page.getByTestId('setup-step-2')).toBeVisible();
  await page.getByTestId('setup-name').fill('Bu Ratna');
  await page.getByTestId('setup-pin').fill('1357');
  await page.getByTestId('setup-pin-confirm').fill('1358');
  await page.getByTestId('setup-submit').click();
  await expect(page.getByTestId('setup-pin-confirm-error')).toHaveText('Kedua PIN tidak sama.');
  await page.screenshot({ path: test.info().outputPath('setup-step2-1024.png') });

  // Walked away half-way: a reload starts setup again, and nothing was stored.
  await page.reload();
  await expect(page.getByTestId('setup-step-1')).toBeVisible();
  expect(till.karya('auth.status', {}).json).toEqual({ needsSetup: true, users: [] });
  expect((till.karya('app.info', {}).json as { device: string }).device).toBe('BTH1');

  await fillTill(page, 'PLU2');
  await page.getByTestId('setup-next').click();
  await page.getByTestId('setup-name').fill('Bu Ratna');
  await page.getByTestId('setup-pin').fill('1357');
  await page.getByTestId('setup-pin-confirm').fill('1357');
  await page.getByTestId('setup-submit').click();
  await expect(page.getByTestId('signed-in-user')).toHaveText('Bu Ratna');
  await expect(page.getByTestId('device-code')).toHaveText('PLU2');

  const status = till.karya('auth.status', {}).json as { needsSetup: boolean; users: { name: string }[] };
  expect(status.needsSetup).toBe(false);
  expect(status.users.map((u) => u.name)).toEqual(['Bu Ratna']);
  const receipt = till.karya('printing.settings', {}).json as { header: string[] };
  expect(receipt.header).toEqual(['Karya Lapas Palu', 'Jl. Dewi Sartika No. 1', 'Palu, Sulawesi Tengah']);
  // The PIN is stored only as a slow hash.
  expect(readFileSync(till.dbPath).includes(Buffer.from('1357'))).toBe(false);
});

test('setup and sign-in speak English at the switch, and remember it', async ({ page, till }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(till.url);
  await page.getByTestId('lang-switch').click();
  await expect(page.getByRole('heading', { name: 'Welcome to Karya POS' })).toBeVisible();
  await expect(page.getByText('Step 1 of 2')).toBeVisible();
  await page.getByTestId('setup-next').click();
  await expect(page.getByTestId('setup-device-error')).toHaveText(
    'The device code must be 2 to 8 letters or digits, without spaces or punctuation.',
  );
  await fillTill(page, 'TMB1');
  await page.screenshot({ path: test.info().outputPath('setup-step1-en-1366.png') });
  await page.getByTestId('setup-next').click();
  await page.getByTestId('setup-name').fill('Owner');
  await page.getByTestId('setup-pin').fill('975310');
  await page.getByTestId('setup-pin-confirm').fill('975310');
  await page.getByRole('button', { name: 'Finish and sign in' }).click();
  await expect(page.getByTestId('signed-in-user')).toHaveText('Owner');
  await page.getByTestId('sign-out').click();
  // The sign-in screen has the switch too, and the choice stayed.
  await expect(page.getByTestId('login-submit')).toHaveText('Sign in');
  await page.getByTestId('lang-switch').click();
  await expect(page.getByTestId('login-submit')).toHaveText('Masuk');
  await page.screenshot({ path: test.info().outputPath('signin-1366.png') });
});

test('an admin corrects the device code before the first sale; after it the field is locked and says why', async ({
  page,
  till,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const made = till.karya('setup.complete', {
    device: 'PLU1',
    storeName: 'Karya Lapas Palu',
    storeAddress: [],
    timeZone: 'Asia/Makassar',
    name: 'Bu Ratna',
    pin: '1357',
  });
  expect(made.status).toBe(0);
  await page.goto(till.url);
  await page.getByTestId('pin-input').fill('1357');
  await page.getByTestId('login-submit').click();
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('settings-tab-device').click();
  await expect(page.getByTestId('settings-device-code')).toHaveValue('PLU1');
  await expect(page.getByTestId('settings-device-code-help')).toContainText('sampai penjualan pertama');
  await page.getByTestId('settings-device-code').fill('plu 4');
  await expect(page.getByTestId('settings-device-code')).toHaveValue('PLU4');
  await page.getByTestId('settings-device-save').click();
  await expect(page.getByTestId('settings-device-saved')).toBeVisible();
  await expect(page.getByTestId('device-code')).toHaveText('PLU4');

  const sold = till.karya('sales.commitCash', { lines: [{ productId: 1, qty: 1 }], cashTendered: 1_000_000 });
  expect((sold.json as { receiptNo: string }).receiptNo).toMatch(/^PLU4-\d{8}-0001$/);
  await page.getByTestId('settings-tab-payments').click();
  await page.getByTestId('settings-tab-device').click();
  await expect(page.getByTestId('settings-device-code')).toBeDisabled();
  await expect(page.getByTestId('settings-device-code-help')).toContainText('tidak bisa diganti lagi');
  await page.screenshot({ path: test.info().outputPath('device-code-locked-1366.png') });
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.screenshot({ path: test.info().outputPath('device-code-locked-1024.png') });
});

test('from an empty data folder to a cashier’s first sale, with no terminal', async ({ page, till }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(till.url);
  // The owner sets up the till and becomes its admin.
  await fillTill(page, 'PLU2');
  await page.getByTestId('setup-next').click();
  await page.getByTestId('setup-name').fill('Bu Ratna');
  await page.getByTestId('setup-pin').fill('1357');
  await page.getByTestId('setup-pin-confirm').fill('1357');
  await page.getByTestId('setup-submit').click();
  await expect(page.getByTestId('signed-in-user')).toHaveText('Bu Ratna');

  // She adds the cashier on the People screen.
  await page.getByTestId('nav-people').click();
  await page.getByTestId('people-add').click();
  await page.getByTestId('person-form-name').fill('Sri');
  await page.getByTestId('person-form-role').selectOption('cashier');
  await page.getByTestId('person-form-pin').fill('2580');
  await page.getByTestId('person-form-pin2').fill('2580');
  await page.getByTestId('person-form-submit').click();
  await expect(page.locator('[data-testid="person-row"][data-name="Sri"]')).toBeVisible();
  await page.getByTestId('sign-out').click();

  // The cashier picks her name, types her PIN, counts her float and sells.
  await page.locator('[data-testid="user-tile"][data-name="Sri"]').click();
  await page.getByTestId('pin-input').fill('2580');
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('signed-in-user')).toHaveText('Sri');
  await openShiftIfAsked(page);
  await page.locator('[data-testid="product-tile"][data-sku="BWG-100"]').click();
  await page.getByTestId('pay-button').click();
  await page.getByTestId('cash-input').fill('50000');
  await page.getByTestId('confirm-pay').click();
  await expect(page.getByTestId('receipt-no')).toHaveText(/^PLU2-\d{8}-0001$/);
  // The receipt carries the header typed at setup.
  await page.getByTestId('print-preview-toggle').click();
  await expect(page.getByTestId('receipt-preview')).toContainText('Karya Lapas Palu');
  await expect(page.getByTestId('receipt-preview')).toContainText('Jl. Dewi Sartika No. 1');
  await page.screenshot({ path: test.info().outputPath('first-sale-1366.png') });
});
