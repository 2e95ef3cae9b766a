// The cash drawer's limits at the till: a cashier's cash-out over the limit asks for a manager's PIN
// on her screen, and a manager opens the drawer without a sale through a (virtual, TCP) receipt
// printer, which lands in the audit log. Screenshots of the dialogs at 1366x768 and 1024x768.
import type { Page, TestInfo } from '@playwright/test';
import { startVirtualPrinter, type VirtualPrinter } from '../../scripts/virtualPrinter/virtualPrinter';
import { E2E_PIN, expect, PEOPLE, test } from './fixtures';

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1024, height: 768 },
] as const;

/** The same screen at both sizes, laid out again at each. */
async function shoot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.screenshot({ path: testInfo.outputPath(`${name}-${size.width}.png`), animations: 'disabled' });
  }
  await page.setViewportSize(SIZES[0]);
}

let printer: VirtualPrinter;

// Each test also takes its screenshots at two sizes.
test.slow();

test.beforeEach(async () => {
  printer = await startVirtualPrinter({ port: 0 });
});

test.afterEach(async () => {
  await printer.close();
});

test("a cashier's cash-out over the limit asks for the manager's PIN and goes through with it", async ({
  page,
  till,
}, testInfo) => {
  await page.setViewportSize(SIZES[0]);
  await page.goto(till.url);
  await page.locator(`[data-testid="user-tile"][data-name="${PEOPLE.cashier}"]`).click();
  await page.getByTestId('pin-input').fill(E2E_PIN);
  await page.getByTestId('login-submit').click();
  // A float of Rp 500.000: the cash-out is over the limit (Rp 200.000), not over the drawer.
  await page.getByTestId('count-100000').fill('5');
  await page.getByTestId('open-shift-submit').click();
  await expect(page.getByTestId('pay-button')).toBeVisible();

  await page.keyboard.press('F12');
  await expect(page.getByTestId('shift-sales')).toHaveText('Rp 0');
  await shoot(page, testInfo, 'shift-menu');
  await page.getByTestId('shift-move').click();
  await expect(page.getByTestId('move-amount')).toBeFocused();
  await page.getByTestId('move-out').click();
  await page.getByTestId('move-amount').fill('250000');
  await page.getByTestId('move-reason').fill('setor ke kantor');
  await shoot(page, testInfo, 'cash-move');
  await page.getByTestId('move-save').click();

  // The engine asks for a manager: the approval dialog says why.
  await expect(page.getByTestId('approval-reason')).toHaveText(
    'Kas keluar Rp 250.000 melebihi batas Rp 200.000: minta manajer memasukkan PIN.',
  );
  await page.getByTestId('approval-manager').selectOption({ label: PEOPLE.manager });
  await shoot(page, testInfo, 'cash-move-approval');
  // A wrong PIN keeps the dialog open and moves nothing.
  await page.getByTestId('approval-pin').fill('0000');
  await page.getByTestId('approval-submit').click();
  await expect(page.getByTestId('approval-error')).toBeVisible();
  expect(till.karya('audit.list', { action: 'cash.out' }).json).toEqual([]);

  await page.getByTestId('approval-pin').fill(E2E_PIN);
  await page.getByTestId('approval-submit').click();
  await expect(page.getByTestId('approval-reason')).toHaveCount(0);
  // Back on the shift's menu with the cash-out counted.
  await expect(page.getByTestId('shift-summary')).toContainText('-Rp 250.000');
  const audited = till.karya('audit.list', { action: 'cash.out' }).json as {
    userName: string;
    approvedBy: string | null;
    detail: { amount: number };
  }[];
  expect(audited.map((e) => [e.userName, e.approvedBy, e.detail.amount])).toEqual([
    [PEOPLE.cashier, PEOPLE.manager, 250_000],
  ]);

  // Closing with Rp 200.000 counted of the Rp 250.000 left: over the variance limit, the same dialog.
  await page.getByTestId('shift-close').click();
  await page.getByTestId('count-100000').fill('2');
  await page.getByTestId('close-submit').click();
  await expect(page.getByTestId('approval-reason')).toContainText('Selisih kas melebihi batas');
  await page.getByTestId('approval-manager').selectOption({ label: PEOPLE.manager });
  await page.getByTestId('approval-pin').fill(E2E_PIN);
  await page.getByTestId('approval-submit').click();
  await expect(page.getByTestId('shift-expected')).toHaveText('Rp 250.000');
  await expect(page.getByTestId('shift-variance')).toHaveText('-Rp 50.000');
});

test("a manager opens the drawer without a sale from the keyboard; it is in the audit list, and a cashier needs the manager's PIN", async ({
  page,
  till,
}, testInfo) => {
  const saved = till.karya('printers.save', {
    name: 'Kasir 58',
    transport: 'tcp',
    target: `127.0.0.1:${printer.port}`,
    drawerKick: true,
  });
  expect(saved.status).toBe(0);
  await page.setViewportSize(SIZES[0]);
  await till.open(page, 'manager');

  // F12, Tab to "Buka laci", Enter; the reason field has the focus; Enter opens the drawer.
  await page.keyboard.press('F12');
  await expect(page.getByTestId('shift-move')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('shift-drawer')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('drawer-reason')).toBeFocused();
  await page.keyboard.type('tukar uang receh');
  await shoot(page, testInfo, 'drawer-form');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('shift-notice')).toHaveText('Laci kas dibuka lewat printer Kasir 58.');
  await expect(page.getByTestId('shift-drawer-warning')).toHaveCount(0);
  const [job] = await printer.waitForJobs(1);
  expect(job?.decoded.items.filter((i) => i.type === 'pulse')).toHaveLength(1);
  expect(job?.decoded.lines.join('').trim()).toBe('');
  await shoot(page, testInfo, 'drawer-opened');
  await page.keyboard.press('Escape');

  await page.getByTestId('nav-reports').click();
  await page.getByTestId('reports-tab-audit').click();
  const row = page.locator('[data-testid="audit-row"][data-action="drawer.open"]');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(PEOPLE.manager);
  await expect(row).toContainText('tukar uang receh');
  await expect(row).toContainText('Laci dibuka');

  // The cashier: the same button asks for the manager's PIN first.
  await page.getByTestId('sign-out').click();
  await page.locator(`[data-testid="user-tile"][data-name="${PEOPLE.cashier}"]`).click();
  await page.getByTestId('pin-input').fill(E2E_PIN);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('open-shift-submit').click();
  await expect(page.getByTestId('pay-button')).toBeVisible();
  await page.keyboard.press('F12');
  await page.getByTestId('shift-drawer').click();
  await page.getByTestId('drawer-reason').fill('cek uang palsu');
  await page.getByTestId('drawer-open').click();
  await expect(page.getByTestId('approval-reason')).toHaveText(
    'Membuka laci tanpa penjualan perlu persetujuan manajer: minta manajer memasukkan PIN.',
  );
  expect(printer.jobs).toHaveLength(1);
  await page.getByTestId('approval-manager').selectOption({ label: PEOPLE.manager });
  await page.getByTestId('approval-pin').fill(E2E_PIN);
  await shoot(page, testInfo, 'drawer-approval');
  // The roll is nearly out: the drawer still opens, and the cashier is told to ready a new roll.
  printer.setPaperNearEnd(true);
  await page.getByTestId('approval-submit').click();
  await expect(page.getByTestId('shift-notice')).toBeVisible();
  await expect(page.getByTestId('shift-drawer-warning')).toHaveText(
    'Kertas printer hampir habis. Siapkan gulungan kertas baru.',
  );
  await shoot(page, testInfo, 'drawer-opened-paper-low');
  await printer.waitForJobs(2);
  const entries = till.karya('audit.list', { action: 'drawer.open' }).json as {
    userName: string;
    approvedBy: string | null;
  }[];
  expect(entries.map((e) => [e.userName, e.approvedBy])).toEqual([
    [PEOPLE.cashier, PEOPLE.manager],
    [PEOPLE.manager, null],
  ]);
});

test('the cash-out limit is a payment setting', async ({ page, till }, testInfo) => {
  await page.setViewportSize(SIZES[0]);
  await till.open(page, 'manager');
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('settings-tab-payments').click();
  await expect(page.getByTestId('settings-cash-out-limit')).toHaveValue('200.000');
  await page.getByTestId('settings-cash-out-limit').fill('100.000');
  await page.getByTestId('settings-payments-save').click();
  await expect(page.getByTestId('settings-payments-saved')).toBeVisible();
  await shoot(page, testInfo, 'settings-payments');
  expect((till.karya('paymentSettings.get', {}).json as { cashOutLimit: number }).cashOutLimit).toBe(100_000);
  await page.getByTestId('settings-cash-out-limit').fill('seratus');
  await page.getByTestId('settings-payments-save').click();
  await expect(page.getByTestId('settings-cashOutLimit-error')).toBeVisible();
});

test('a command-line sale counts in the day but shows as cash outside shifts, not in the drawers', async ({
  page,
  till,
}, testInfo) => {
  const [bawang] = till.karya('products.list', { query: 'BWG-100' }).json as { id: number; price: number }[];
  const sold = till.karya('sales.commitCash', {
    lines: [{ productId: bawang?.id, qty: 1 }],
    cashTendered: 25_000,
  });
  expect(sold.status).toBe(0);
  await page.setViewportSize(SIZES[0]);
  await till.open(page, 'manager');
  await page.getByTestId('nav-reports').click();
  await expect(page.getByTestId('report-net')).toHaveText('Rp 25.000');
  await expect(page.getByTestId('report-cash-sales')).toHaveText('25.000');
  await expect(page.getByTestId('report-cash-outside')).toHaveText('-25.000');
  await expect(page.getByTestId('report-cash-expected')).toHaveText('0');
  await page.getByTestId('report-cash-outside').scrollIntoViewIfNeeded();
  await shoot(page, testInfo, 'report-outside');
});
