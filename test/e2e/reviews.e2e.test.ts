/**
 * The review queue in real Chromium against the real explorer (issue 16), started with CASCADE_REVIEW_TOKEN: the
 * controls stay hidden until the reviewer's token is accepted, then five queue items are decided with the keyboard
 * (y, n, s) and the coverage matrix moves by exactly what each decision says it changes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matrixCounts } from './coverageMatrix';
import { closeBrowser, openPage, startExplorer } from './harness';
import type { Explorer, OpenedPage } from './harness';
import { checkAtEveryViewport } from './viewports';

const TOKEN = 'e2e-review-token-0123456789';
const NAMES: Record<string, string> = {
  '330411-2025': '秀洲区',
  '330481-2025': '海宁市',
  '330482-2025': '平湖市',
  '330500-2025': '湖州市',
};

/** What a key does to its locality's count: accepting a proposed link adds a measure, rejecting a sole carrier removes one. */
function expectedChange(key: string, kind: string, changes: boolean): number {
  if (!changes) return 0;
  if (key === 'y' && kind === 'MERGED_GAP') return 1;
  if (key === 'n' && kind !== 'MERGED_GAP') return -1;
  return 0;
}

describe('the review queue in Chromium', () => {
  let explorer: Explorer;
  let opened: OpenedPage;
  beforeAll(async () => {
    explorer = await startExplorer({ env: { CASCADE_REVIEW_TOKEN: TOKEN } });
  });
  afterAll(async () => {
    await opened?.close();
    await closeBrowser();
    await explorer?.stop();
  });

  it('a reviewer works through five items with y / n / s and the coverage matrix follows', async () => {
    opened = await openPage(`${explorer.url}/?view=coverage&policy=330000-2025`);
    const { page, errors } = opened;
    const before = await matrixCounts(page);
    await page.goto(`${explorer.url}/?view=review&policy=330000-2025`);
    const queue = page.locator('ol.review-queue');
    await queue.locator('li').first().waitFor();
    // No token yet: the items are listed, the controls are not.
    expect(await page.locator('.review-keys').count()).toBe(0);
    expect(await page.locator('.review-item-actions').count()).toBe(0);
    await page.getByLabel('Review token').fill(TOKEN);
    await page.locator('.review-keys').waitFor();
    await page.locator('#review-heading').click(); // keys typed in the token field are text, not decisions

    const expected = { ...before };
    const keys = ['y', 'n', 's', 'n', 'y'];
    for (const key of keys) {
      const id = (await queue.getAttribute('data-current-id'))!;
      expect(id).not.toBe('');
      const item = queue.locator(`li[data-id="${id}"]`);
      const kind = (await item.getAttribute('data-kind'))!;
      const locality = (await item.getAttribute('data-locality'))!;
      const changes = (await item.getAttribute('data-change')) === '1';
      await page.keyboard.press(key);
      await page.waitForFunction(
        // The queue is asked again after a decision: wait for its next current item, not the pause between.
        (previous) => {
          const current = document.querySelector('ol.review-queue')?.getAttribute('data-current-id');
          return Boolean(current) && current !== previous;
        },
        id,
      );
      const name = NAMES[locality]!;
      expected[name] = (expected[name] ?? 0) + expectedChange(key, kind, changes);
    }
    const after = await matrixCounts(page);
    expect(after).toEqual(expected);
    expect(after).not.toEqual(before);
    expect(errors).toEqual([]);
    await page.goto(`${explorer.url}/?view=review&policy=330000-2025`);
    await checkAtEveryViewport(opened, 'review-queue', { ready: '.review-keys' });
  });
});
