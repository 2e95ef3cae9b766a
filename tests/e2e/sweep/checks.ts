// The checks the screen sweep runs on every view: axe-core (serious and critical only) and a layout
// check for text that is clipped or spills out of its box. Both return plain findings, one line each,
// so the sweep can compare them with its allow-list and print them all at once.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

// The axe-core that @axe-core/playwright ships with.
const fromAxePlaywright = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'));
const AXE_SOURCE = readFileSync(fromAxePlaywright.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Puts axe-core in the page once (the till is one page: it stays through every screen). AxeBuilder
 * would inject its half-megabyte source again on every run, the slowest part of a run here.
 */
export async function injectAxe(page: Page): Promise<void> {
  await page.evaluate(AXE_SOURCE);
}

export interface Finding {
  /** `axe:<rule>` or `layout:<kind>`. */
  rule: string;
  /** A short CSS path to the element (or to the first of its kind). */
  target: string;
  /** What was seen, for the report: the text and the sizes. */
  detail: string;
}

/**
 * axe-core on what a person can reach now: the open dialog (the page behind a modal is inert), or
 * the whole page. Only serious and critical violations count, colour contrast included.
 */
export async function axeFindings(page: Page): Promise<Finding[]> {
  if (!(await page.evaluate("'axe' in window"))) await injectAxe(page);
  const dialogOpen = (await page.locator('dialog[open], [role="dialog"][aria-modal="true"]').count()) > 0;
  // Legacy mode runs axe.run() in the page itself: no blank page opened per run for finishRun(),
  // which made each run several times slower; the till has no frames that would need it.
  let builder = new AxeBuilder({ page, axeSource: 'void 0' })
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] });
  if (dialogOpen) builder = builder.include('dialog[open], [role="dialog"][aria-modal="true"]');
  const result = await builder.analyze();
  const findings: Finding[] = [];
  for (const violation of result.violations) {
    if (violation.impact !== 'serious' && violation.impact !== 'critical') continue;
    for (const node of violation.nodes) {
      findings.push({
        rule: `axe:${violation.id}`,
        target: node.target.map(String).join(' '),
        detail: `${violation.help} (${node.failureSummary?.split('\n').slice(1).join(' ').trim() ?? ''})`,
      });
    }
  }
  return findings;
}

/**
 * Text a person cannot read whole. For every visible element with text of its own (and every figure
 * field with a value), in the open dialog or the whole page:
 * - `clipped`: the element hides its own overflow (overflow hidden/clip or text-overflow) and its
 *   content is larger than its box, or a figure field (numeric) holds a value wider than itself;
 * - `spills`: its own text runs outside its box (visible overflow, e.g. nowrap in a narrow cell);
 * - `outside-control`: its text sticks out of the button, cell, label or tab it sits in;
 * - `cut-by-ancestor`: an ancestor that hides overflow (not one that scrolls: scrolling is fine)
 *   cuts part of the text off;
 * - `scrolls-sideways`: the page itself, the top bar or the navigation scroll sideways.
 * A 1 px slack absorbs sub-pixel rounding.
 */
export async function layoutFindings(page: Page): Promise<Finding[]> {
  return page.evaluate('window.karyaSweep.layout()') as Promise<Finding[]>;
}
