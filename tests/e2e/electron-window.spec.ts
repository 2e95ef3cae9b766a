// The real desktop window, where an Electron binary exists: Playwright's `_electron` starts the
// packaged app (KARYA_ELECTRON_APP, e.g. dist/linux-unpacked/karya-pos) on a fresh database, the
// owner sets up the admin, signs out and in with the PIN, adds a network printer (the virtual
// ESC/POS printer this test starts), sells for cash, the receipt prints on it, and the customer
// display window opens. The release workflow's Linux job runs it under Xvfb against its package
// (with the inspect fuse switched back on in a copy: Playwright drives Electron through it).
// Where no Electron binary exists (here: the download is impossible, and `npm run test:package`'s
// package has a stand-in script in its place), it is skipped with a message saying so.
import { closeSync, existsSync, mkdtempSync, openSync, readSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ElectronApplication, _electron as electron } from '@playwright/test';
import { startVirtualPrinter, type VirtualPrinter } from '../../scripts/virtualPrinter/virtualPrinter';
import { expect, openShiftIfAsked, test } from './fixtures';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DEFAULT_APP = join(ROOT, 'dist/linux-unpacked/karya-pos');

/** True when the file starts like an executable binary (ELF, PE or Mach-O), not a script. */
function isBinary(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(4);
    readSync(fd, head, 0, 4, 0);
    const magic = head.toString('hex');
    return (
      magic === '7f454c46' || magic.startsWith('4d5a') || ['cffaedfe', 'cefaedfe', 'cafebabe'].includes(magic)
    );
  } finally {
    closeSync(fd);
  }
}

/** The packaged app to start, or why there is none. KARYA_ELECTRON_APP set means it must run. */
function findApp(): { app: string } | { skip: string } {
  const asked = process.env.KARYA_ELECTRON_APP;
  if (asked) return { app: asked };
  if (existsSync(DEFAULT_APP) && isBinary(DEFAULT_APP)) return { app: DEFAULT_APP };
  const download = existsSync(join(ROOT, 'node_modules/electron/path.txt'))
    ? 'node_modules/electron holds the Electron download, but no packaged app was built'
    : 'the Electron binary was never downloaded (node_modules/electron has no path.txt)';
  return {
    skip: `No Electron binary to start: ${download}, and dist/linux-unpacked/karya-pos is ${
      existsSync(DEFAULT_APP) ? 'not a binary' : 'missing'
    }. The release workflow runs this spec against its package under Xvfb; set KARYA_ELECTRON_APP to run it here.`,
  };
}

const found = findApp();
let printer: VirtualPrinter;
let app: ElectronApplication | null = null;
let dir = '';

test.beforeEach(async () => {
  printer = await startVirtualPrinter({ port: 0 });
  dir = mkdtempSync(join(tmpdir(), 'karya-window-'));
});

test.afterEach(async () => {
  await app?.close();
  app = null;
  await printer.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('the packaged window: sign in, sell, print to the virtual printer, open the customer display', async () => {
  if ('skip' in found) {
    // Said where the run is read, not only in the report's annotations.
    console.log(`Skipped: ${found.skip}`);
    test.skip(true, found.skip);
    return;
  }
  expect(existsSync(found.app), `KARYA_ELECTRON_APP=${found.app} does not exist`).toBe(true);
  test.setTimeout(120_000);
  app = await electron.launch({
    executablePath: found.app,
    // The unpacked folder's chrome-sandbox is not setuid root on a CI runner (see docs/release.md).
    args: ['--no-sandbox'],
    env: { ...process.env, KARYA_DB: join(dir, 'karya.db'), XDG_CONFIG_HOME: join(dir, 'config') },
  });
  const page = await app.firstWindow();

  // First run: the till's code and receipt header, then the admin (no default PIN); then out and
  // in again with the PIN.
  await page.getByTestId('setup-device').fill('WIN1');
  await page.getByTestId('setup-store-name').fill('Karya Jendela');
  await page.getByTestId('setup-next').click();
  await page.getByTestId('setup-name').fill('Admin Jendela');
  await page.getByTestId('setup-pin').fill('2468');
  await page.getByTestId('setup-pin-confirm').fill('2468');
  await page.getByTestId('setup-submit').click();
  await expect(page.getByTestId('signed-in-user')).toHaveText('Admin Jendela');
  await expect(page.getByTestId('device-code')).toHaveText('WIN1');
  await page.getByTestId('sign-out').click();
  // The only person is picked already: the PIN is asked at once.
  await page.getByTestId('pin-input').fill('2468');
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('signed-in-user')).toHaveText('Admin Jendela');
  await openShiftIfAsked(page);

  // The receipt printer: the virtual one, over TCP.
  await page.getByTestId('nav-printers').click();
  await page.getByTestId('printer-add').click();
  await page.getByTestId('printer-name').fill('Printer Kasir');
  await page.getByTestId('printer-transport').selectOption('tcp');
  await page.getByTestId('printer-target').fill(`127.0.0.1:${printer.port}`);
  await page.getByTestId('printer-save').click();
  await expect(page.locator('[data-testid="printer-row"][data-name="Printer Kasir"]')).toBeVisible();

  // A cash sale at the till, printed.
  await page.getByTestId('nav-sale').click();
  await page.locator('[data-testid="product-tile"][data-sku="BWG-100"]').click();
  await page.getByTestId('pay-button').click();
  await page.getByTestId('cash-input').fill('50000');
  await page.getByTestId('confirm-pay').click();
  const receiptNo = (await page.getByTestId('receipt-no').textContent())?.trim() ?? '';
  expect(receiptNo).toMatch(/^BTH1-\d{8}-\d{4}$/);
  const [receipt] = await printer.waitForJobs(1);
  expect(receipt?.decoded.lines.join('\n')).toContain(receiptNo);

  // The customer display: its own window, showing the welcome.
  const [display] = await Promise.all([
    app.waitForEvent('window'),
    page.getByTestId('display-button').click(),
  ]);
  await expect(display.getByTestId('display')).toBeVisible();
});
