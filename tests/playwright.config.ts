import { defineConfig } from '@playwright/test';
import { CHROMIUM } from './support/browserMode';

// End-to-end tests drive the real renderer in Debian's Chromium through the loopback door.
// Each test starts its own engine and door on a temp database (see tests/e2e/fixtures.ts).
export default defineConfig({
  testDir: './e2e',
  timeout: 60_000,
  workers: 1,
  // One retry, reported as flaky in the list: two specs (the idle lock under page.clock, a shift
  // closed right after opening) failed once in a clean run and passed alone. Remove it once they
  // are understood; a test that fails twice still fails the run.
  retries: 1,
  reporter: [['list']],
  use: {
    headless: true,
    launchOptions: CHROMIUM,
    trace: 'retain-on-failure',
  },
});
