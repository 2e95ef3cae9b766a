// The real till in Debian's Chromium for the bench cases measured in the renderer: browser mode
// started on a bench database (as `npm run web` starts it), a cashier signed in through the sign-in
// screen at 1366x768, with a shift open.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from '@playwright/test';
import { SYSTEM } from '../../electron/core/auth/access';
import { openEngine } from '../../electron/core/engine';
import { CHROMIUM, startBrowserMode, stopBrowserMode } from '../../tests/support/browserMode';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CASHIER = { name: 'Kasir Bench', role: 'cashier', pin: '2468' } as const;
// Without an admin the till opens on its first-run set-up instead of the sign-in list.
const ADMIN = { name: 'Admin Bench', role: 'admin', pin: '1357' } as const;

/** The renderer the till serves: the existing build, or a fresh one when there is none. */
function ensureBuild(): void {
  const outDir = process.env.KARYA_OUT_DIR ?? join(ROOT, 'out');
  if (existsSync(join(outDir, 'renderer', 'index.html'))) return;
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build failed');
}

/** The bench's admin and cashier in the database at `dbPath` (again on a second call: no harm). */
async function addPeople(dbPath: string): Promise<void> {
  const engine = openEngine({ dbPath, logError: (message, error) => console.error(message, error) });
  try {
    for (const person of [ADMIN, CASHIER]) {
      const made = await engine.call('users.create', person, SYSTEM);
      if (!made.ok && made.error.code !== 'CONFLICT') throw new Error(made.error.message);
    }
  } finally {
    engine.close();
  }
}

/**
 * Stops browser mode and waits for it to exit: the bench removes its data folder next, and a door
 * still closing would write its log and WAL files into it again.
 */
export interface OpenTill {
  page: Page;
  close(): Promise<void>;
}

/** The till on the database at `dbPath`, signed in as the cashier with a shift open and the grid loaded. */
export async function openTill(dbPath: string): Promise<OpenTill> {
  await addPeople(dbPath);
  ensureBuild();
  const { child, url } = await startBrowserMode(dbPath);
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch(CHROMIUM);
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(url);
    await page.locator(`[data-testid="user-tile"][data-name="${CASHIER.name}"]`).click();
    await page.getByTestId('pin-input').fill(CASHIER.pin);
    await page.getByTestId('login-submit').click();
    // A cashier sells within a shift: open it with an empty float, as at the start of a day (a
    // second case on the same database finds it still open).
    const openShift = page.getByTestId('open-shift-submit');
    await openShift.or(page.getByTestId('pay-button')).first().waitFor();
    if (await openShift.isVisible()) await openShift.click();
    await page.getByTestId('pay-button').waitFor();
    await page.getByTestId('search').waitFor();
    await page.getByTestId('product-tile').first().waitFor();
    const opened = browser;
    return {
      page,
      async close() {
        await opened.close();
        await stopBrowserMode(child);
      },
    };
  } catch (error) {
    await browser?.close();
    await stopBrowserMode(child);
    throw error;
  }
}
