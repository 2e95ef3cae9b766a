import type { ChildProcess } from 'node:child_process';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test as base, expect } from '@playwright/test';
import { startBrowserMode, stopBrowserMode } from '../support/browserMode';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** People every e2e till starts with; all share this PIN. */
export const PEOPLE = { admin: 'Admin Uji', manager: 'Manajer Uji', cashier: 'Kasir Uji' } as const;
export const E2E_PIN = '2468';
export type PersonRole = keyof typeof PEOPLE;

export interface Till {
  /** The address with the per-launch token, as browser mode prints it. */
  url: string;
  dbPath: string;
  /** Runs the command-line door against the same database and returns parsed JSON. */
  karya(command: string, input?: unknown): { status: number | null; json: unknown };
  /**
   * Sells each `[productId, qty]` for cash through the command line (as the system: no shift), then
   * closes the business day with its Z report; the day closed. With `daysAgo`, the command line runs
   * with its clock that many days back (Debian's libfaketime), so the sales land on an earlier day.
   */
  sellAndCloseDay(sales: readonly (readonly [productId: number, qty: number])[], daysAgo?: number): string;
  /** Opens the till in `page` and signs in as `role` (the cashier by default). */
  open(page: Page, role?: PersonRole): Promise<void>;
}

function karyaCli(dbPath: string, command: string, input?: unknown, daysAgo = 0) {
  const args = ['scripts/karya.mjs', '--db', dbPath, command];
  if (input !== undefined) args.push(JSON.stringify(input));
  // Another day without touching the machine's clock: libfaketime shifts this process's only.
  const result =
    daysAgo > 0
      ? spawnSync('faketime', ['-f', `-${daysAgo}d`, process.execPath, ...args], {
          cwd: ROOT,
          encoding: 'utf8',
          env: { ...process.env, FAKETIME_DONT_FAKE_MONOTONIC: '1' },
        })
      : spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  if (result.error) throw result.error;
  return { status: result.status, json: result.stdout ? JSON.parse(result.stdout) : null };
}

/**
 * At the till a person sells within a shift: open one with an empty float when the till asks
 * (it does not after a reload, when the shift is still open).
 */
export async function openShiftIfAsked(page: Page): Promise<void> {
  const panel = page.getByTestId('open-shift');
  await expect(panel.or(page.getByTestId('pay-button'))).toBeVisible();
  if (await panel.isVisible()) {
    await page.getByTestId('open-shift-submit').click();
    await expect(page.getByTestId('pay-button')).toBeVisible();
  }
}

/** Signs in through the real login screen (pick the person, type the PIN) and opens a shift. */
export async function signIn(page: Page, role: PersonRole): Promise<void> {
  await page.locator(`[data-testid="user-tile"][data-name="${PEOPLE[role]}"]`).click();
  await page.getByTestId('pin-input').fill(E2E_PIN);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('signed-in-user')).toHaveText(PEOPLE[role]);
  await openShiftIfAsked(page);
}

/**
 * Each test gets its own engine, loopback door and SQLite file, started the way `npm run web` does.
 * Set `people: false` to start from a first run with no users at all; `engineEnv` adds to the
 * engine process's environment.
 */
export const test = base.extend<{ till: Till; people: boolean; engineEnv: Record<string, string> }>({
  people: [true, { option: true }],
  engineEnv: [{}, { option: true }],
  till: async ({ people, engineEnv }, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'karya-e2e-'));
    const dbPath = join(dir, 'karya.db');
    if (people) {
      for (const role of Object.keys(PEOPLE) as PersonRole[]) {
        const made = karyaCli(dbPath, 'users.create', { name: PEOPLE[role], role, pin: E2E_PIN });
        if (made.status !== 0) throw new Error(`could not create ${role}: ${JSON.stringify(made.json)}`);
      }
    }
    let child: ChildProcess | null = null;
    try {
      const started = await startBrowserMode(dbPath, { env: engineEnv });
      child = started.child;
      const url = started.url;
      await use({
        url,
        dbPath,
        karya: (command, input) => karyaCli(dbPath, command, input),
        sellAndCloseDay(sales, daysAgo = 0) {
          for (const [productId, qty] of sales) {
            const sold = karyaCli(
              dbPath,
              'sales.commitCash',
              { lines: [{ productId, qty }], cashTendered: 1_000_000 },
              daysAgo,
            );
            if (sold.status !== 0) throw new Error(`sale refused: ${JSON.stringify(sold.json)}`);
          }
          const z = karyaCli(dbPath, 'reports.z', {}, daysAgo);
          if (z.status !== 0) throw new Error(`Z refused: ${JSON.stringify(z.json)}`);
          return (z.json as { close: { businessDay: string } }).close.businessDay;
        },
        async open(page, role = 'cashier') {
          await page.goto(url);
          await signIn(page, role);
        },
      });
    } finally {
      if (child) await stopBrowserMode(child);
      rmSync(dir, { recursive: true, force: true });
    }
  },
});

export { expect };
