// The real till in Debian's Chromium for the bench cases measured in the renderer: browser mode
// started on a bench database (as `npm run web` starts it), a cashier signed in through the sign-in
// screen at 1366x768, with a shift open.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from '@playwright/test';
import { SYSTEM } from '../../electron/core/auth/access';
import { openEngine } from '../../electron/core/engine';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CASHIER = { name: 'Kasir Bench', role: 'cashier', pin: '2468' } as const;
// Without an admin the till opens on its first-run set-up instead of the sign-in list.
const ADMIN = { name: 'Admin Bench', role: 'admin', pin: '1357' } as const;

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The renderer the till serves: the existing build, or a fresh one when there is none. */
function ensureBuild(): void {
  const outDir = process.env.KARYA_OUT_DIR ?? join(ROOT, 'out');
  if (existsSync(join(outDir, 'renderer', 'index.html'))) return;
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build failed');
}

function startBrowserMode(dbPath: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['scripts/web.mjs', '--no-build', '--no-open', '--db', dbPath], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`browser mode did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: match[1] });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`browser mode exited (${code}):\n${output}`)));
  });
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
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

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
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    });
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
        await stop(child);
      },
    };
  } catch (error) {
    await browser?.close();
    await stop(child);
    throw error;
  }
}
