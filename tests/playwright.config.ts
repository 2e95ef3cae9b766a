import { defineConfig } from '@playwright/test';
import { CHROMIUM } from './support/browserMode';

// End-to-end tests drive the real renderer in Debian's Chromium through the loopback door.
// Each test starts its own engine and door on a temp database (see tests/e2e/fixtures.ts).
export default defineConfig({
  testDir: './e2e',
  timeout: 60_000,
  workers: 1,
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
