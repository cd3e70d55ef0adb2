/**
 * The check every end-to-end test ends with (issue 14): the view as it stands, at 1440×900, 1280×720 and
 * 800×1000 — a screenshot of each in test-artifacts/<name>-<w>x<h>.png, no console error or warning, and where a
 * graph is drawn: no overlapping nodes, no edge through a node, no score on a node, every caption in its box and,
 * at 1280×720, no text under 12 px on screen.
 */
import { expect } from 'vitest';
import { VIEWPORTS, screenshot } from './harness';
import type { OpenedPage } from './harness';
import { graphProblems, readGraph, renderedFontSizes } from './graphChecks';

export interface ViewportCheck {
  /** Check the cascade graph (every layout alike). */
  graph?: boolean;
  /** A selector that is on the page once the view has drawn (when there is no graph to wait for). */
  ready?: string;
  /**
   * Reload at each size (default): the view then opens at that size as a user would see it. Views whose state is
   * not in the URL (an import's result) are resized in place instead.
   */
  reload?: boolean;
}

/**
 * In-app navigation rewrites the query string without `testHook=1` (the page read it once at load), so a reload
 * puts it back for the graph to be readable.
 */
function withTestHook(url: string): string {
  const next = new URL(url);
  next.searchParams.set('testHook', '1');
  return next.toString();
}

export async function checkAtEveryViewport(opened: OpenedPage, name: string, check: ViewportCheck = {}): Promise<void> {
  const { page } = opened;
  const original = page.viewportSize();
  for (const size of VIEWPORTS) {
    await page.setViewportSize(size);
    if (check.reload !== false) await page.goto(withTestHook(page.url()));
    if (check.ready) await page.locator(check.ready).first().waitFor();
    if (check.graph) {
      const graph = await readGraph(page);
      expect(graphProblems(graph), `${name} at ${size.width}×${size.height}`).toEqual([]);
      if (size.width === 1280) expect(renderedFontSizes(graph)[0]?.px ?? 12).toBeGreaterThanOrEqual(11.99);
    }
    await page.waitForFunction(() => !document.querySelector('[role="status"].status-loading'));
    await screenshot(page, `${name}-${size.width}x${size.height}`);
  }
  if (original) await page.setViewportSize(original);
  expect(opened.errors).toEqual([]);
}
