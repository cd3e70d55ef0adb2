/**
 * The cascade in real Chromium against the real explorer (embedded store, real corpus): search 科创平台, open the
 * cascade, check the four localities are drawn in their level's swimlane (read from Cytoscape through the test
 * hook), open a clause by clicking its node, export, and walk back and forward through the URL history.
 * Screenshots go to test-artifacts/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactsDir, closeBrowser, openPage, screenshot, startExplorer } from './harness';
import type { Explorer, OpenedPage } from './harness';

interface DrawnNode {
  id: string;
  locality: string;
  level: string;
  visible: boolean;
  /** Rendered bounding box in page coordinates. */
  box: { x1: number; y1: number; x2: number; y2: number };
}

/** The clause nodes as Cytoscape drew them, once a layout has completed. */
async function drawnNodes(page: Page): Promise<DrawnNode[]> {
  await page.waitForFunction(
    () => (window.__cascadeLayouts ?? 0) > 0 && (window.__cascadeCy?.nodes('.clause').length ?? 0) > 0,
  );
  return page.evaluate(() => {
    const cy = window.__cascadeCy!;
    const rect = cy.container()!.getBoundingClientRect();
    return cy.nodes('.clause').map((n) => {
      const b = n.renderedBoundingBox({});
      return {
        id: n.id(),
        locality: n.data('locality') as string,
        level: n.data('level') as string,
        visible: n.visible(),
        box: { x1: rect.left + b.x1, y1: rect.top + b.y1, x2: rect.left + b.x2, y2: rect.top + b.y2 },
      };
    });
  });
}

describe('cascade view in Chromium', () => {
  let explorer: Explorer;
  let opened: OpenedPage;

  beforeAll(async () => {
    explorer = await startExplorer();
    opened = await openPage(`${explorer.url}/?testHook=1`);
  });
  afterAll(async () => {
    await opened?.close();
    await closeBrowser();
    await explorer?.stop();
  });

  it('finds 科创平台 and draws its cascade with the four localities in their level lanes', async () => {
    const { page } = opened;
    await page.getByRole('heading', { name: 'Follow a measure down the levels' }).waitFor();
    await page.getByRole('combobox', { name: 'Search clauses' }).fill('科创平台');
    const first = page.getByRole('option').first();
    await first.waitFor();
    expect(await page.getByRole('option').count()).toBeGreaterThan(2);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/view=cascade&clause=/);

    const nodes = await drawnNodes(page);
    const localities = new Set(nodes.map((n) => n.locality));
    for (const locality of ['秀洲区', '海宁市', '平湖市', '湖州市']) expect(localities).toContain(locality);
    const canvas = (await page.getByTestId('graph-canvas').boundingBox())!;
    for (const node of nodes) {
      expect(node.visible).toBe(true);
      // Drawn inside the canvas, not off-screen.
      expect(node.box.x1).toBeGreaterThanOrEqual(canvas.x - 1);
      expect(node.box.x2).toBeLessThanOrEqual(canvas.x + canvas.width + 1);
      expect(node.box.y1).toBeGreaterThanOrEqual(canvas.y - 1);
      expect(node.box.y2).toBeLessThanOrEqual(canvas.y + canvas.height + 1);
    }
    // Swimlanes: province above city above county/district, whatever the edges say.
    const yOf = (level: string) => nodes.filter((n) => n.level === level).map((n) => (n.box.y1 + n.box.y2) / 2);
    expect(Math.max(...yOf('PROVINCE'))).toBeLessThan(Math.min(...yOf('CITY')));
    expect(Math.max(...yOf('CITY'))).toBeLessThan(Math.min(...yOf('COUNTY')));
    expect(nodes.find((n) => n.locality === '湖州市')?.level).toBe('CITY');
    expect(nodes.find((n) => n.locality === '秀洲区')?.level).toBe('COUNTY');
    // At 1280×800 nothing scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    await screenshot(page, 'cascade-kechuang');
  });

  it('opens the clause panel when a node is clicked, with highlights, evidence and a document link', async () => {
    const { page } = opened;
    const nodes = await drawnNodes(page);
    const xiuzhou = nodes.find((n) => n.locality === '秀洲区')!;
    await page.mouse.click((xiuzhou.box.x1 + xiuzhou.box.x2) / 2, (xiuzhou.box.y1 + xiuzhou.box.y2) / 2);
    await page.waitForURL(new RegExp(`selected=${encodeURIComponent(xiuzhou.id)}`));
    const panel = page.getByRole('article');
    // The panel keeps the previous clause on screen while the new one loads, so wait for the new heading itself.
    await panel.getByRole('heading', { level: 2, name: /科創平臺/ }).waitFor();
    expect(await panel.locator('mark.mark-amount').count()).toBeGreaterThan(0);
    expect(await panel.locator('.chip-evidence').count()).toBeGreaterThan(0);
    expect(await panel.getByRole('link', { name: /秀洲區推動經濟高質量發展若干政策/ }).getAttribute('href')).toMatch(
      /view=document&policy=330411-2025/,
    );
    expect(await page.evaluate((id) => window.__cascadeCy!.getElementById(id).selected(), xiuzhou.id)).toBe(true);
    await screenshot(page, 'cascade-clause-panel');
  });

  it('exports a PNG that stands alone (title, legend, sources, date, inferred note) and the JSON', async () => {
    const { page } = opened;
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export PNG' }).click(),
    ]);
    expect(png.suggestedFilename()).toMatch(/^cascade-.*\.png$/);
    const pngPath = join(artifactsDir, 'export-cascade.png');
    await png.saveAs(pngPath);
    const bytes = readFileSync(pngPath);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    // IHDR: the framed picture is wider and taller than the graph alone (title and legend above, sources below).
    const [width, height] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
    const graphOnly = await page.evaluate(() => {
      const box = window.__cascadeCy!.elements().boundingBox({});
      return { width: box.w * 2, height: box.h * 2 };
    });
    expect(width).toBeGreaterThanOrEqual(Math.max(1800, graphOnly.width));
    expect(height).toBeGreaterThan(graphOnly.height + 300);
    // The header band carries text (dark pixels), read back by the browser that decodes the file.
    const inkInHeader = await page.evaluate(async (base64) => {
      // Decoded from bytes, not fetched from a data: URL, which the explorer's Content-Security-Policy refuses.
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(image.width, 120);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(image, 0, 0);
      const pixels = ctx.getImageData(0, 0, image.width, 120).data;
      let dark = 0;
      for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! < 100) dark += 1;
      return dark;
    }, bytes.toString('base64'));
    expect(inkInHeader).toBeGreaterThan(500);

    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export JSON' }).click(),
    ]);
    const jsonPath = join(artifactsDir, 'export-cascade.json');
    await json.saveAs(jsonPath);
    const exported = JSON.parse(readFileSync(jsonPath, 'utf8')) as {
      meta: { title: string; sources: string[]; notes: string[] };
      elements: { nodes: { data: { locality: string } }[] };
    };
    const drawn = await drawnNodes(page);
    expect(exported.elements.nodes.map((n) => n.data.locality).sort()).toEqual(drawn.map((n) => n.locality).sort());
    expect(exported.meta.title).toMatch(/^Cascade of /);
    expect(exported.meta.sources.some((s) => s.includes('浙政发〔2025〕3号'))).toBe(true);
    expect(exported.meta.notes[0]).toMatch(/^推断 Inferred/);
  });

  it('expands one more level on double-click and keeps it in a shareable link', async () => {
    const { page } = opened;
    const before = await drawnNodes(page);
    const huzhou = before.find((n) => n.locality === '湖州市' && !n.id.startsWith('330000'))!;
    const layouts = await page.evaluate(() => window.__cascadeLayouts ?? 0);
    await page.mouse.dblclick((huzhou.box.x1 + huzhou.box.x2) / 2, (huzhou.box.y1 + huzhou.box.y2) / 2);
    await page.waitForURL(/expand=/);
    await page.waitForFunction((n) => (window.__cascadeLayouts ?? 0) > n, layouts);
    const after = await drawnNodes(page);
    expect(after.length).toBeGreaterThanOrEqual(before.length);
    expect(new URL(page.url()).searchParams.get('expand')).toBe(huzhou.id);

    // The link alone reproduces the view in a fresh page.
    const shared = await openPage(`${page.url()}&testHook=1`);
    try {
      const again = await drawnNodes(shared.page);
      expect(again.map((n) => n.id).sort()).toEqual(after.map((n) => n.id).sort());
    } finally {
      await shared.close();
    }
    await screenshot(page, 'cascade-expanded');
  });

  it('walks back and forward through the views with the browser buttons', async () => {
    const { page, errors } = opened;
    await page.getByRole('link', { name: /Coverage/ }).click();
    await page.waitForURL(/view=coverage/);
    expect(await page.getByRole('link', { name: /Coverage/ }).getAttribute('aria-current')).toBe('page');
    await page.goBack();
    await page.waitForURL(/view=cascade.*expand=/);
    await drawnNodes(page);
    // Before the double-click expansion, then before the search.
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.has('clause') && !url.searchParams.has('expand'));
    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('clause'));
    await page.getByRole('heading', { name: 'Follow a measure down the levels' }).waitFor();
    await page.goForward();
    await page.waitForURL(/view=cascade&clause=/);
    expect((await drawnNodes(page)).length).toBeGreaterThan(3);
    expect(errors).toEqual([]);
  });

  it('switches Cytoscape’s viewport options on for a whole network and off again for a cascade', async () => {
    const big = await openPage(`${explorer.url}/?testHook=1&view=cascade&clause=330481-2025%2Fc1`);
    try {
      await drawnNodes(big.page);
      // The renderer's fields are not public API: this checks the pinned cytoscape still has them (viewportMode.ts).
      const switches = () =>
        big.page.evaluate(async () => {
          await new Promise((done) => setTimeout(done, 0));
          const cy = window.__cascadeCy!;
          const renderer = (cy as unknown as { renderer: () => Record<string, unknown> }).renderer();
          return {
            texture: renderer.textureOnViewport,
            hideEdges: renderer.hideEdgesOnViewport,
            pixelRatio: renderer.forcedPixelRatio,
          };
        });
      expect(await switches()).toEqual({ texture: false, hideEdges: false, pixelRatio: null });
      await big.page.evaluate(() => {
        const cy = window.__cascadeCy!;
        cy.add(
          Array.from({ length: 800 }, (_, i) => ({
            data: { id: `extra${i}`, caption: '' },
            position: { x: (i % 40) * 30, y: 400 + Math.floor(i / 40) * 30 },
            classes: 'entity',
          })),
        );
      });
      expect(await switches()).toEqual({ texture: true, hideEdges: true, pixelRatio: 1 });
      // Braces: returning the removed collection would have Playwright serialise the whole graph.
      await big.page.evaluate(() => {
        window.__cascadeCy!.remove('[id ^= "extra"]');
      });
      expect(await switches()).toEqual({ texture: false, hideEdges: false, pixelRatio: null });
      expect(big.errors).toEqual([]);
    } finally {
      await big.close();
    }
  });

  it('lays out on a laptop screen too (1440×900), with the keyboard reaching the graph', async () => {
    const laptop = await openPage(`${explorer.url}/?testHook=1&view=cascade&clause=330481-2025%2Fc1`, {
      viewport: { width: 1440, height: 900 },
    });
    try {
      expect((await drawnNodes(laptop.page)).length).toBeGreaterThan(3);
      const canvas = laptop.page.getByTestId('graph-canvas');
      await canvas.focus();
      const pan = await laptop.page.evaluate(() => window.__cascadeCy!.pan().x);
      await laptop.page.keyboard.press('ArrowLeft');
      expect(await laptop.page.evaluate(() => window.__cascadeCy!.pan().x)).toBeGreaterThan(pan);
      await screenshot(laptop.page, 'cascade-laptop');
    } finally {
      await laptop.close();
    }
  });
});
