/**
 * A graph an analyst can read (issue 14, item 1), in real Chromium against the real explorer: 海宁's 科创平台
 * cascade in every layout with no edge through a node, no score on a node, captions inside their boxes and text of
 * 12 px or more at 1280×720; the superior on top in dagre, ELK and fcose; visible zoom buttons; full titles on
 * hover and on focus; expansions announced and kept across depth and direction; the clause drawer below 900 px;
 * and the focus moving into the opened clause after a search (item 3). Every test ends with screenshots at three
 * sizes in test-artifacts/ and no console error or warning.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { graphProblems, readGraph } from './graphChecks';
import { explorerSuite } from './suite';
import { checkAtEveryViewport } from './viewports';

const HAINING = '330481-2025/c1';
const cascadeOf = (clause: string, more = '') => `?testHook=1&view=cascade&clause=${encodeURIComponent(clause)}${more}`;

/** Centre of a node on the page, for the mouse. */
async function nodeCentre(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((nodeId) => {
    const cy = window.__cascadeCy!;
    const rect = cy.container()!.getBoundingClientRect();
    const p = cy.getElementById(nodeId).renderedPosition();
    return { x: rect.left + p.x, y: rect.top + p.y };
  }, id);
}

const layoutsDone = (page: Page) => page.evaluate(() => window.__cascadeLayouts ?? 0);

describe('a readable cascade graph in Chromium', () => {
  const { open } = explorerSuite();

  it('routes 海宁’s edge to the province beside 湖州, never through it, in swimlanes', async () => {
    const opened = await open(cascadeOf(HAINING));
    const graph = await readGraph(opened.page);
    const edge = graph.edges.find((e) => e.source === HAINING && e.target === '330000-2025/c1')!;
    const huzhou = graph.nodes.find((n) => n.id === '330500-2025/c1')!;
    // Its straight line would cross 湖州's box (that is why it is bent); the drawn path does not.
    const [from, to] = [edge.path[0]!, edge.path[edge.path.length - 1]!];
    const yMid = (huzhou.box.y1 + huzhou.box.y2) / 2;
    const xOnLine = from.x + ((to.x - from.x) * (yMid - from.y)) / (to.y - from.y);
    expect(xOnLine > huzhou.box.x1 && xOnLine < huzhou.box.x2).toBe(true);
    expect(edge.path.length).toBeGreaterThan(2);
    await checkAtEveryViewport(opened, 'graph-lanes', { graph: true });
  });

  it.each(['dagre', 'elk', 'fcose'] as const)('puts the superior on top in the %s layout', async (layout) => {
    const opened = await open(cascadeOf(HAINING, `&layout=${layout}`));
    const graph = await readGraph(opened.page);
    const centreY = new Map(graph.nodes.map((n) => [n.id, (n.box.y1 + n.box.y2) / 2]));
    const implementsEdges = graph.edges.filter((e) => e.id.startsWith('IMPLEMENTS:'));
    expect(implementsEdges.length).toBeGreaterThan(3);
    for (const edge of implementsEdges) expect(centreY.get(edge.target)!).toBeLessThan(centreY.get(edge.source)!);
    await checkAtEveryViewport(opened, `graph-${layout}`, { graph: true });
  });

  it('draws the force layout whole inside the canvas at 800 and 1280 px, its edges routed around the nodes', async () => {
    for (const viewport of [
      { width: 800, height: 1000 },
      { width: 1280, height: 720 },
    ]) {
      const opened = await open(cascadeOf(HAINING, '&layout=fcose'), viewport);
      await readGraph(opened.page);
      const drawn = await opened.page.evaluate(() => {
        const cy = window.__cascadeCy!;
        return { box: cy.elements().renderedBoundingBox({}), width: cy.width(), height: cy.height() };
      });
      const where = `${viewport.width}×${viewport.height}`;
      expect(drawn.box.x1, where).toBeGreaterThanOrEqual(0);
      expect(drawn.box.x2, where).toBeLessThanOrEqual(drawn.width);
      expect(drawn.box.y2, where).toBeLessThanOrEqual(drawn.height);
      expect(graphProblems(await readGraph(opened.page)), where).toEqual([]);
      expect(opened.errors).toEqual([]);
    }
  });

  it('has visible zoom buttons, and shows the full title on hover and on keyboard focus', async () => {
    const opened = await open(cascadeOf(HAINING));
    const { page } = opened;
    await readGraph(page);
    const zoom = () => page.evaluate(() => window.__cascadeCy!.zoom());
    const opening = await zoom();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    expect(await zoom()).toBeGreaterThan(opening);
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await page.getByRole('button', { name: 'Zoom out' }).click();
    expect(await zoom()).toBeLessThan(opening);
    await page.getByRole('button', { name: 'Reset' }).click();
    await expect.poll(zoom).toBeCloseTo(opening, 5);

    const pinghu = await nodeCentre(page, '330482-2025/c1');
    await page.mouse.move(pinghu.x, pinghu.y);
    const tooltip = page.getByRole('tooltip');
    await expect.poll(() => tooltip.textContent()).toContain('推動高能級科創平臺提質增效');
    expect(await tooltip.textContent()).toContain('平湖市');
    await page.mouse.move(5, 5);
    await tooltip.waitFor({ state: 'detached' });

    await page.getByText(/Clauses in this cascade/).click();
    await page.getByRole('button', { name: /^湖州市 · \(四\)/ }).focus();
    await expect.poll(() => tooltip.getAttribute('data-for')).toBe('330500-2025/c4');
    expect(await tooltip.textContent()).toContain('提升科創孵化載體質效');
    await checkAtEveryViewport(opened, 'graph-tooltip', { graph: true, reload: false });
  });

  it('announces an expansion and keeps it when depth and direction change', async () => {
    const opened = await open(cascadeOf(HAINING));
    const { page } = opened;
    const before = (await readGraph(page)).nodes.length;
    const done = await layoutsDone(page);
    const pinghu = await nodeCentre(page, '330482-2025/c1');
    await page.mouse.dblclick(pinghu.x, pinghu.y);
    await page.waitForURL(/expand=330482-2025%2Fc1/);
    await page.waitForFunction((n) => (window.__cascadeLayouts ?? 0) > n, done);
    const after = (await readGraph(page)).nodes.length;
    const notice = page.locator('.graph-notice');
    expect(await notice.getAttribute('aria-live')).toBe('polite');
    const added = after - before;
    expect(await notice.textContent()).toBe(
      added === 0 ? 'No further clauses from 平湖市' : `+${added} clause${added === 1 ? '' : 's'} from 平湖市`,
    );

    await page.getByLabel('Depth').selectOption('1');
    await page.waitForURL(/depth=1/);
    expect(new URL(page.url()).searchParams.get('expand')).toBe('330482-2025/c1');
    await page.getByLabel(/Down/).check();
    await page.waitForURL(/dir=DOWN/);
    expect(new URL(page.url()).searchParams.get('expand')).toBe('330482-2025/c1');
    await expect.poll(async () => (await readGraph(page)).nodes.some((n) => n.id === '330482-2025/c1')).toBe(true);
    await checkAtEveryViewport(opened, 'graph-expanded', { graph: true });
  });

  it('below 900 px gives the graph the full width and opens the clause in a drawer', async () => {
    const opened = await open(cascadeOf(HAINING), { width: 800, height: 1000 });
    const { page } = opened;
    await readGraph(page);
    const canvas = (await page.getByTestId('graph-canvas').boundingBox())!;
    expect(canvas.width).toBeGreaterThan(800 - 48);
    const panel = page.locator('.cascade-panel');
    expect(await panel.isVisible()).toBe(false);

    const haining = await nodeCentre(page, HAINING);
    await page.mouse.click(haining.x, haining.y);
    await page.getByRole('article').getByRole('heading', { level: 2 }).waitFor();
    const drawer = (await panel.boundingBox())!;
    expect(await panel.evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
    expect(drawer.y + drawer.height).toBeCloseTo(1000, 0);
    // The canvas ends where the drawer begins, and the selected clause is on screen above it.
    const shrunk = (await page.getByTestId('graph-canvas').boundingBox())!;
    expect(shrunk.y + shrunk.height).toBeLessThanOrEqual(drawer.y + 1);
    await expect.poll(async () => (await nodeCentre(page, HAINING)).y).toBeLessThan(shrunk.y + shrunk.height);
    await checkAtEveryViewport(opened, 'graph-drawer', { graph: true });

    await page.getByRole('button', { name: 'Close the clause panel' }).click();
    await panel.waitFor({ state: 'hidden' });
  });

  it('opens the graph full width on a wide screen too, and the panel comes back on the next click', async () => {
    const opened = await open(cascadeOf(HAINING, `&selected=${encodeURIComponent(HAINING)}`));
    const { page } = opened;
    await readGraph(page);
    const narrow = (await page.getByTestId('graph-canvas').boundingBox())!.width;
    await page.getByRole('button', { name: 'Graph full width' }).click();
    await expect
      .poll(async () => (await page.getByTestId('graph-canvas').boundingBox())!.width)
      .toBeGreaterThan(narrow + 200);
    expect(await page.locator('.cascade-panel').isVisible()).toBe(false);
    const pinghu = await nodeCentre(page, '330482-2025/c1');
    await page.mouse.click(pinghu.x, pinghu.y);
    await page.locator('.cascade-panel').waitFor({ state: 'visible' });
    expect(opened.errors).toEqual([]);
  });

  it('moves the focus into the opened clause after choosing a search hit', async () => {
    const opened = await open('?testHook=1');
    const { page } = opened;
    await page.getByRole('combobox', { name: 'Search clauses' }).fill('科创平台');
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/view=cascade&clause=/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.clause-panel') !== null)).toBe(true);
    // One Tab from there is inside the panel, not back in the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.cascade-panel') !== null)).toBe(true);
    await checkAtEveryViewport(opened, 'graph-search-focus', { graph: true, reload: false });
  });
});
