import { defineConfig } from '@playwright/test';
import { CHROMIUM } from './support/browserMode';

// End-to-end tests drive the real renderer in Debian's Chromium through the loopback door.
// Each test starts its own engine and door on a temp database (see tests/e2e/fixtures.ts).
export default defineConfig({
  testDir: './e2e',
  timeout: 60_000,
  // Two files at a time on the two-core CI machine: each test has its own engine, data folder,
  // port and browser context, and most of a test is waiting on the page (the whole suite took 20
  // minutes one at a time and 8.6 two at a time). `--workers=1` runs them one by one.
  workers: 2,
  // No retries: a test that fails once is a finding. (The last two flakes were real: a status poll
  // refused under the lock signed the till out, and F12 was pressed before the till was back.)
  retries: 0,
  reporter: [['list']],
  use: {
    headless: true,
    launchOptions: CHROMIUM,
    trace: 'retain-on-failure',
  },
});
