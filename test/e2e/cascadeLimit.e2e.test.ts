/**
 * A cascade cut to a limit in real Chromium (issue 11): with `show=4` in the URL the explorer draws the root and the
 * three clauses nearest it of the seven in 浙江省's measure 1 on the corpus, says what it left out per level from the
 * server's counts, and draws the rest when asked. At 1440×900 and 800 px wide; screenshots go to test-artifacts/.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser, openPage, screenshot, startExplorer } from './harness';
import type { Explorer } from './harness';

const CUT = '/?testHook=1&view=cascade&clause=330000-2025%2Fc1&show=4';

/** The clause nodes drawn, once a layout has completed. */
async function drawn(page: Page): Promise<number> {
  await page.waitForFunction(() => (window.__cascadeLayouts ?? 0) > 0);
  return page.evaluate(() => window.__cascadeCy!.nodes('.clause').length);
}

describe('a cascade cut to a limit', () => {
  let explorer: Explorer;
  beforeAll(async () => {
    explorer = await startExplorer();
  });
  afterAll(async () => {
    await closeBrowser();
    await explorer.stop();
  });

  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 800, height: 1000 },
  ])
    it(`says what was left out and draws the rest on request (${viewport.width} px)`, async () => {
      const opened = await openPage(`${explorer.url}${CUT}`, { viewport });
      try {
        const { page } = opened;
        expect(await drawn(page)).toBe(4);
        const bar = page.locator('.cascade-left-out');
        // The counts per level are the server's, checked against the whole cascade in test/api/cascadeLimit.test.ts.
        expect(await bar.textContent()).toMatch(/^Showing 4 of 7 clauses; not drawn: \d /);
        await screenshot(page, `cascade-cut-${viewport.width}`, { fullPage: false });
        await page.getByRole('button', { name: 'Show 3 more' }).click();
        await page.waitForFunction(() => window.__cascadeCy?.nodes('.clause').length === 7);
        expect(new URL(page.url()).searchParams.get('show')).toBe('7');
        expect(await bar.count()).toBe(0);
        expect(opened.errors).toEqual([]);
      } finally {
        await opened.close();
      }
    });
});
