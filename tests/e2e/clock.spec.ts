// The clock guard end to end (docs/clock.md): the engine process runs under Debian's libfaketime,
// whose clock the test sets by writing to a file the library reads at every clock call. Absolute
// times (`@2026-12-05 02:00:00`, UTC for the engine process), so nothing here depends on the day
// the test runs; the clock ticks on from each time written.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { formatDateTime } from '../../shared/time';
import { E2E_PIN, expect, PEOPLE, test } from './fixtures';

const FAKETIME = '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1';

const clockDir = mkdtempSync(join(tmpdir(), 'karya-clock-'));
const clockFile = join(clockDir, 'faketime');
/** Sets the engine's clock to `utc` (`2026-12-05 02:00:00`), from where it ticks on. */
const setEngineClock = (utc: string) => writeFileSync(clockFile, `@${utc}\n`);
setEngineClock('2026-12-05 02:00:00'); // Saturday 10.00 WITA

test.use({
  engineEnv: {
    LD_PRELOAD: FAKETIME,
    FAKETIME_TIMESTAMP_FILE: clockFile,
    FAKETIME_NO_CACHE: '1',
    FAKETIME_DONT_FAKE_MONOTONIC: '1',
    TZ: 'UTC',
  },
});
test.afterAll(() => rmSync(clockDir, { recursive: true, force: true }));

async function sellOneBawang(page: Page): Promise<void> {
  await page.locator('[data-testid="product-tile"][data-sku="BWG-100"]').click();
  await page.getByTestId('pay-button').click();
  await page.getByTestId('cash-input').fill('25000');
  await page.getByTestId('confirm-pay').click();
}

test('a clock set back two days stops selling until a manager confirms it with a PIN', async ({
  page,
  till,
}, testInfo) => {
  test.setTimeout(120_000); // two sign-ins, four screenshots, a shift closed and opened
  expect(existsSync(FAKETIME), `libfaketime missing (apt-get install faketime): ${FAKETIME}`).toBe(true);
  const shot = async (name: string) =>
    page.screenshot({ path: testInfo.outputPath(`${name}.png`), animations: 'disabled' });
  await page.setViewportSize({ width: 1366, height: 768 });
  await till.open(page);

  await sellOneBawang(page);
  const firstNo = (await page.getByTestId('receipt-no').textContent())?.trim() ?? '';
  await page.getByTestId('new-sale').click();
  expect(firstNo).toBe('BTH1-20261205-0001');
  const first = till.karya('sales.get', { receiptNo: firstNo }).json as { createdAt: string };
  expect(first.createdAt).toMatch(/^2026-12-05T02:0/);
  const firstAt = formatDateTime(new Date(first.createdAt), 'Asia/Makassar'); // 05/12/2026 10.00

  // The laptop's clock goes back two days: the engine refuses the sale, the till says why.
  setEngineClock('2026-12-03 02:00:00');
  await sellOneBawang(page);
  await expect(page.getByTestId('error-message')).toContainText('Jam perangkat mundur');
  const warning = page.getByTestId('clock-warning');
  await expect(warning).toBeVisible();
  await expect(warning).toHaveAttribute('data-problem', 'behind');
  await expect(page.getByTestId('clock-now')).toContainText(/^03\/12\/2026 10\.0\d/);
  await expect(page.getByTestId('clock-other')).toContainText(firstAt);
  await expect(page.getByRole('dialog', { name: 'Jam laptop tidak bisa dipercaya' })).toBeVisible();
  await shot('clock-id-1366');
  await page.setViewportSize({ width: 1024, height: 768 });
  await shot('clock-id-1024');
  // Escape does not hide it; checking again with the clock still wrong says so.
  await page.keyboard.press('Escape');
  await expect(warning).toBeVisible();
  await page.getByTestId('clock-recheck').click();
  await expect(page.getByTestId('clock-still-wrong')).toHaveText('Jam laptop masih belum cocok.');
  // Nothing was sold on either day (the command line reads the same file on the real clock).
  for (const day of ['2026-12-03', '2026-12-05']) {
    expect((till.karya('sales.search', { day }).json as { sales: unknown[] }).sales).toHaveLength(
      day === '2026-12-05' ? 1 : 0,
    );
  }

  // In English, after a reload (still signed in: the session is kept for the tab): the warning is
  // there at once.
  await page.evaluate("localStorage.setItem('karya.lang', 'en')");
  await page.reload();
  await expect(page.getByTestId('signed-in-user')).toHaveText(PEOPLE.cashier);
  await expect(page.getByRole('dialog', { name: "The laptop's clock cannot be trusted" })).toBeVisible();
  await expect(page.getByTestId('clock-now')).toContainText('03/12/2026 10.0');
  await expect(page.getByTestId('clock-other')).toContainText(firstAt);
  await shot('clock-en-1024');
  await page.setViewportSize({ width: 1366, height: 768 });
  await shot('clock-en-1366');

  // The manager confirms with the keyboard: a wrong PIN first, then the right one.
  await page.getByTestId('clock-confirm').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('approval-reason')).toContainText('03/12/2026 10.0');
  await page.getByTestId('approval-manager').selectOption({ label: PEOPLE.manager });
  await page.getByTestId('approval-pin').fill('0000');
  await page.getByTestId('approval-pin').press('Enter');
  await expect(page.getByTestId('approval-error')).toBeVisible();
  await shot('clock-en-approval-1366');
  await page.getByTestId('approval-pin').fill(E2E_PIN);
  await page.getByTestId('approval-pin').press('Enter');
  await expect(warning).toBeHidden();

  // Her drawer of the 5th is counted and closed, and a shift of the accepted clock's day sells on,
  // stamped with that clock.
  await page.getByTestId('shift-button').click();
  await page.getByTestId('shift-close').click();
  await page.getByTestId('count-20000').fill('1');
  await page.getByTestId('count-5000').fill('1');
  await page.getByTestId('close-submit').click();
  await page.getByTestId('shift-done').click();
  await page.getByTestId('open-shift-submit').click();
  // The refused sale's cart came back with the reload and stays through the new shift: sold now.
  await expect(page.getByTestId('cart-subtotal')).toHaveText('Rp 25.000');
  await page.getByTestId('pay-button').click();
  await page.getByTestId('cash-input').fill('25000');
  await page.getByTestId('confirm-pay').click();
  const nextNo = (await page.getByTestId('receipt-no').textContent())?.trim() ?? '';
  expect(nextNo).toBe('BTH1-20261203-0001');
  const next = till.karya('sales.get', { receiptNo: nextNo }).json as { id: string; createdAt: string };
  expect(next.createdAt).toMatch(/^2026-12-03T02:0/);
  expect(next.id > (till.karya('sales.get', { receiptNo: firstNo }).json as { id: string }).id).toBe(true);
  expect(till.karya('audit.list', { action: 'clock.confirm' }).json).toEqual([
    expect.objectContaining({ userName: PEOPLE.cashier, approvedBy: PEOPLE.manager }),
  ]);
});
