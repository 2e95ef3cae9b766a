// Issue 4/9: scan-to-visible-line in the real till, in Debian's Chromium through the loopback door,
// with 100 lines already in the cart and the 50,000-product catalogue behind it. A wedge scanner
// types digits and Enter; the time runs from the Enter keydown (the event's own timestamp) to the
// first animation frame after the new cart line is in the page, i.e. the frame that shows it.
import type { Page } from '@playwright/test';
import { summarise } from '../measure';
import { openTill } from '../tillBrowser';
import type { BenchCase } from '../types';

const FILLED_LINES = 100;

/**
 * Watches the cart in the page: each Enter starts a clock that the next new line's frame stops.
 * Plain text rather than a function: the bench runs through tsx, whose name-keeping helpers do not
 * exist inside the page.
 */
const PROBE = `(() => {
  const probe = { start: 0, times: [], lines: 0 };
  window.__scanProbe = probe;
  const count = () => document.querySelectorAll('[data-testid="cart-line"]').length;
  probe.lines = count();
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') probe.start = event.timeStamp;
  }, true);
  new MutationObserver(() => {
    const now = count();
    if (now <= probe.lines) return;
    probe.lines = now;
    const start = probe.start;
    requestAnimationFrame(() => probe.times.push(performance.now() - start));
  }).observe(document.body, { childList: true, subtree: true });
})()`;

async function scan(page: Page, code: string, expectedLines: number): Promise<void> {
  await page.keyboard.type(code);
  await page.keyboard.press('Enter');
  await page
    .locator('[data-testid="cart-line"]')
    .nth(expectedLines - 1)
    .waitFor({ state: 'attached' });
}

export const tillCases: BenchCase[] = [
  {
    name: 'till: scan to visible line (100 lines in cart)',
    what:
      'in Chromium through the loopback door: a 13-digit scan typed, Enter, until the frame that shows ' +
      'the new cart line; the cart already holds 100 lines',
    target: { stat: 'p95Ms', maxMs: 50 },
    async run(world) {
      const catalogue = world.catalogue();
      const runs = world.runs(60, 15);
      const pieces = catalogue.products.filter((p) => p.plu === null).slice(0, FILLED_LINES + runs);
      if (pieces.length < FILLED_LINES + runs)
        throw new Error('not enough piece products for the till bench');
      const { page, close } = await openTill(world.dbPath);
      try {
        for (let i = 0; i < FILLED_LINES; i++) await scan(page, pieces[i]?.barcode ?? '', i + 1);
        await page.evaluate(PROBE);
        for (let i = 0; i < runs; i++) {
          await scan(page, pieces[FILLED_LINES + i]?.barcode ?? '', FILLED_LINES + i + 1);
          // The page's CSP forbids string predicates (waitForFunction), so poll with evaluate.
          while (((await page.evaluate('window.__scanProbe.times.length')) as number) < i + 1) {
            await new Promise((resolve) => setTimeout(resolve, 5));
          }
        }
        const times = (await page.evaluate('window.__scanProbe.times')) as number[];
        return summarise(times, process.memoryUsage.rss());
      } finally {
        await close();
      }
    },
  },
];
