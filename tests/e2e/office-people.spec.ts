// The office page's people in Debian's Chromium: the first admin (asked only while no user exists),
// a finance user added on the users screen, a setting changed with its history, signing out and in
// (a wrong password first), English, and not one CSP violation. Screens at 1366x768 and 1024x768.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { startOffice, stopOffice } from '../support/officeServer';

declare global {
  interface Window {
    cspViolations: string[];
  }
}

async function shoot(page: Page, name: string, outputPath: (name: string) => string): Promise<void> {
  for (const [width, height] of [
    [1366, 768],
    [1024, 768],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: outputPath(`office-${name}-${width}x${height}.png`) });
  }
  await page.setViewportSize({ width: 1366, height: 768 });
}

test('first admin, a finance user, a setting, sign-in, English, under the CSP', async ({
  page,
}, testInfo) => {
  test.setTimeout(300_000);
  const dataDir = mkdtempSync(join(tmpdir(), 'karya-office-e2e-'));
  const { child, url } = await startOffice(dataDir);
  try {
    const consoleProblems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleProblems.push(message.text());
    });
    await page.addInitScript(() => {
      window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        window.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    await page.setViewportSize({ width: 1366, height: 768 });
    const shot = (name: string) => shoot(page, name, (file) => testInfo.outputPath(file));

    // No one exists yet: the page asks for the first admin, in Indonesian.
    await page.goto(url);
    await expect(page.getByRole('heading', { name: 'Buat admin pertama' })).toBeVisible();
    await page.getByTestId('signin-name').fill('Admin Kantor');
    await page.getByTestId('signin-password').fill('rahasia-kantor-1');
    await page.getByTestId('signin-confirm').fill('rahasia-lain');
    await page.getByTestId('signin-submit').click();
    await expect(page.getByText('Kedua kata sandi tidak sama.')).toBeVisible();
    await shot('first-admin');
    await page.getByTestId('signin-confirm').fill('rahasia-kantor-1');
    await page.getByTestId('signin-submit').click();

    // The shell: every page in the navigation, the data pages honest about being empty.
    await expect(page.getByTestId('signed-in-user')).toHaveText('Admin Kantor');
    await expect(page.getByTestId('signed-in-role')).toHaveText('Admin');
    const nav = page.getByRole('navigation', { name: 'Halaman kantor' });
    await expect(nav.getByRole('button')).toHaveText([
      'Ringkasan',
      'Pernyataan',
      'Perangkat',
      'Terima batch',
      'Produk',
      'Stok',
      'Katalog',
      'Cari',
      'Token unggah',
      'Pengguna',
      'Pengaturan',
    ]);
    // No batch yet: the overview says so (its figures are tested in office-reads.spec.ts).
    await expect(page.getByTestId('overview-nothing')).toContainText('Belum ada penjualan');
    await shot('overview');

    // Users: add a finance user.
    await page.getByTestId('nav-users').click();
    await expect(page.getByTestId('user-row')).toHaveCount(1);
    await page.getByTestId('user-add').click();
    const dialog = page.getByTestId('user-dialog-add');
    await dialog.getByTestId('user-name-input').fill('Sari Keuangan');
    await dialog.getByTestId('user-role-select').selectOption('finance');
    await dialog.getByTestId('user-password-input').fill('pendek');
    await page.getByTestId('user-dialog-save').click();
    await expect(dialog.getByText('Kata sandi paling sedikit 8 karakter')).toBeVisible();
    await dialog.getByTestId('user-password-input').fill('sari-sandi-123');
    await shot('users-add');
    await page.getByTestId('user-dialog-save').click();
    await expect(page.getByTestId('users-notice')).toHaveText('Sari Keuangan ditambahkan sebagai Keuangan.');
    const sari = page.locator('[data-testid="user-row"][data-user="Sari Keuangan"]');
    await expect(sari.getByTestId('user-role')).toHaveText('Keuangan');
    await expect(sari.getByTestId('user-status')).toHaveText('Aktif');
    await shot('users');

    // Settings: a change shows in its history with before and after.
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('setting-lateDeviceDays').fill('100');
    await page.getByTestId('settings-save').click();
    await expect(page.getByText('Harus bilangan bulat dari 1 sampai 60')).toBeVisible();
    await page.getByTestId('setting-lateDeviceDays').fill('5');
    await page.getByTestId('setting-officeName').fill('Kanwil Sulawesi Tengah');
    await page.getByTestId('settings-save').click();
    await expect(page.getByTestId('settings-notice')).toHaveText('Pengaturan disimpan.');
    await expect(page.getByTestId('settings-history-after')).toHaveText(['5', 'Kanwil Sulawesi Tengah']);
    await expect(page.getByTestId('office-title')).toHaveText('Kanwil Sulawesi Tengah');
    await shot('settings');

    // A reload keeps the session (the cookie) and the page.
    await page.reload();
    await expect(page.getByTestId('signed-in-user')).toHaveText('Admin Kantor');
    await expect(page.getByRole('heading', { name: 'Pengaturan' })).toBeVisible();

    // Sign out; Sari signs in, a wrong password first. Finance sees no users page.
    await page.getByTestId('sign-out').click();
    await expect(page.getByRole('heading', { name: 'Masuk' })).toBeVisible();
    await page.getByTestId('signin-name').fill('sari keuangan');
    await page.getByTestId('signin-password').fill('salah-sandi-1');
    await page.getByTestId('signin-submit').click();
    await expect(page.getByTestId('signin-error')).toHaveText('Nama atau kata sandi salah.');
    await shot('sign-in');
    await page.getByTestId('signin-password').fill('sari-sandi-123');
    await page.getByTestId('signin-submit').click();
    await expect(page.getByTestId('signed-in-user')).toHaveText('Sari Keuangan');
    await expect(page.getByTestId('signed-in-role')).toHaveText('Keuangan');
    await expect(page.getByTestId('nav-users')).toHaveCount(0);
    await expect(page.getByTestId('office-title')).toHaveText('Kanwil Sulawesi Tengah');

    // English.
    await page.getByTestId('lang-switch').click();
    await expect(page.getByRole('navigation', { name: 'Office pages' }).getByRole('button')).toHaveText([
      'Overview',
      'Statements',
      'Devices',
      'Receive batches',
      'Products',
      'Stock',
      'Catalogue',
      'Find',
      'Settings',
    ]);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByTestId('nav-settings').click();
    await expect(page.getByText('Only an admin can change the settings.')).toBeVisible();
    await shot('settings-en-finance');
    await page.getByTestId('sign-out').click();
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await page.getByTestId('signin-name').fill('Admin Kantor');
    await page.getByTestId('signin-password').fill('rahasia-kantor-1');
    await page.getByTestId('signin-submit').click();
    await page.getByTestId('nav-users').click();
    await expect(page.getByTestId('user-role')).toHaveText(['Admin', 'Finance']);
    await shot('users-en');

    expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
    expect(consoleProblems.filter((text) => /Content Security Policy/i.test(text))).toEqual([]);
  } finally {
    await stopOffice(child);
    rmSync(dataDir, { recursive: true, force: true });
  }
});
