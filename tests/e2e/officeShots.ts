// Screenshots of the office's pages at 1366x768 and 1024x768, each size with the screen sweep's
// checks (axe-core serious and critical; text clipped, spilling or scrolling sideways). Findings
// are gathered, not thrown, so a spec sees them all at its end: `expect(shots.findings).toEqual([])`.
import { fileURLToPath } from 'node:url';
import type { Page, TestInfo } from '@playwright/test';
import { axeFindings, layoutFindings } from './sweep/checks';

const IN_PAGE = fileURLToPath(new URL('./sweep/inPage.js', import.meta.url));

export interface OfficeShots {
  shoot(name: string): Promise<void>;
  readonly findings: string[];
}

/**
 * Call before the page's first `goto`: the layout check's script is added to every page load. The
 * till's specs use it too, with their own `prefix` for the files.
 */
export async function officeShots(page: Page, testInfo: TestInfo, prefix = 'office'): Promise<OfficeShots> {
  await page.addInitScript({ path: IN_PAGE });
  const findings: string[] = [];
  return {
    findings,
    async shoot(name) {
      for (const [width, height] of [
        [1366, 768],
        [1024, 768],
      ] as const) {
        await page.setViewportSize({ width, height });
        await page.screenshot({
          path: testInfo.outputPath(`${prefix}-${name}-${width}x${height}.png`),
          fullPage: true,
        });
        for (const f of [...(await axeFindings(page)), ...(await layoutFindings(page))]) {
          findings.push(`${name} ${width}: ${f.rule} ${f.target} ${f.detail}`);
        }
      }
      await page.setViewportSize({ width: 1366, height: 768 });
    },
  };
}
