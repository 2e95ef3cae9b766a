// Refusals speak the screen's language: in English mode a wrong PIN, a refused setting and a
// cash-out over the limit show English words from the engine's message key, never the Indonesian
// text the engine also sends (which the command line keeps printing).
import type { Page } from '@playwright/test';
import { E2E_PIN, expect, openShiftIfAsked, PEOPLE, type PersonRole, test } from './fixtures';

const SHOTS = process.env.KARYA_SHOTS_DIR;

async function shoot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  for (const size of [
    { width: 1366, height: 768 },
    { width: 1024, height: 768 },
  ]) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `${SHOTS}/${name}-${size.width}.png`, animations: 'disabled' });
  }
  await page.setViewportSize({ width: 1366, height: 768 });
}

/** Opens the till in English (the choice is kept in the browser, as the language menu does). */
async function openInEnglish(page: Page, url: string): Promise<void> {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(url);
  await page.evaluate("localStorage.setItem('karya.lang', 'en')");
  await page.reload();
  await expect(page.getByTestId('user-tile').first()).toBeVisible();
}

async function choose(page: Page, role: PersonRole, pin: string): Promise<void> {
  await page.locator(`[data-testid="user-tile"][data-name="${PEOPLE[role]}"]`).click();
  await page.getByTestId('pin-input').fill(pin);
  await page.getByTestId('login-submit').click();
}

test.slow();

test('a wrong PIN is refused in English', async ({ page, till }) => {
  await openInEnglish(page, till.url);
  await choose(page, 'cashier', '1357');
  const error = page.getByTestId('error-message');
  await expect(error).toHaveText('Wrong PIN. Attempts left: 4.');
  await shoot(page, 'wrong-pin-en');
  // The command line, the same refusal's other door, keeps Indonesian.
  const cli = till.karya('auth.login', { userId: 1, pin: '1357' });
  expect(cli.json).toMatchObject({ code: 'FORBIDDEN', key: 'auth.wrongPin' });
  expect((cli.json as { message: string }).message).toMatch(/^PIN salah\. Sisa percobaan: \d\.$/);
});

test('a setting the engine refuses says why in English', async ({ page, till }) => {
  await openInEnglish(page, till.url);
  await choose(page, 'admin', E2E_PIN);
  await openShiftIfAsked(page);
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('settings-tab-device').click();
  // Her own shift is open, so the engine refuses a new time zone.
  await page.getByTestId('settings-device-zone').fill('Asia/Jakarta');
  await page.getByTestId('settings-device-save').click();
  const error = page.getByTestId('settings-device-error');
  await expect(error).toHaveText(
    `There are still open shifts (${PEOPLE.admin}): close all shifts before changing the time zone or the day change hour.`,
  );
  await expect(error).not.toContainText('shift terbuka');
  await shoot(page, 'setting-refused-en');
});

test("a cashier's cash-out over the limit asks for a manager in English", async ({ page, till }) => {
  await openInEnglish(page, till.url);
  await choose(page, 'cashier', E2E_PIN);
  // A float of Rp 500.000: the cash-out is over the limit (Rp 200.000), not over the drawer.
  await page.getByTestId('count-100000').fill('5');
  await page.getByTestId('open-shift-submit').click();
  await expect(page.getByTestId('pay-button')).toBeVisible();
  await page.keyboard.press('F12');
  await page.getByTestId('shift-move').click();
  await page.getByTestId('move-out').click();
  await page.getByTestId('move-amount').fill('250000');
  await page.getByTestId('move-reason').fill('to the office');
  await page.getByTestId('move-save').click();
  await expect(page.getByTestId('approval-reason')).toHaveText(
    'Cash out of Rp 250.000 exceeds the limit of Rp 200.000: ask a manager to enter their PIN.',
  );
  // A wrong manager PIN is refused in English too.
  await page.getByTestId('approval-manager').selectOption({ label: PEOPLE.manager });
  await page.getByTestId('approval-pin').fill('1357');
  await page.getByTestId('approval-submit').click();
  await expect(page.getByTestId('approval-error')).toContainText('Wrong PIN');
  await expect(page.getByTestId('approval-error')).not.toContainText('PIN salah');
  await shoot(page, 'cash-out-approval-en');
  expect(till.karya('audit.list', { action: 'cash.out' }).json).toEqual([]);
});
