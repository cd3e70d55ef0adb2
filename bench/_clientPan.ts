/**
 * Panning measurements for bench/client.ts: load a whole-corpus network into the explorer's Cytoscape instance (with
 * the explorer's stylesheet and renderer), then pan it two ways and record the intervals between animation frames:
 * - `programmatic`: cy.panBy once per frame — the renderer's full redraw cost, whatever the viewport options say;
 * - `drag`: the mouse drags the background, as a user pans — where textureOnViewport and hideEdgesOnViewport apply
 *   (Cytoscape uses them only while the user manipulates the viewport).
 */
import type { Page } from 'playwright-core';

export interface FrameStats {
  mean: number;
  p95: number;
}

export function frameStats(intervals: number[]): FrameStats {
  const sorted = [...intervals].sort((a, b) => a - b);
  return {
    mean: sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length),
    p95: sorted[Math.floor(sorted.length * 0.95)] ?? 0,
  };
}

/** Replaces the drawn cascade with the depth-3 neighbourhoods of every policy; returns the element count. */
export async function loadNetwork(page: Page): Promise<number> {
  // tsx keeps function names with a __name helper that the page does not have.
  await page.evaluate('window.__name = (f) => f');
  return page.evaluate(async () => {
    const post = async (query: string) =>
      (
        (await (
          await fetch('/graphql', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query }),
          })
        ).json()) as { data: Record<string, unknown> }
      ).data;
    const ids = (
      (await post('{ policies(first: 50) { edges { node { id } } } }')) as {
        policies: { edges: { node: { id: string } }[] };
      }
    ).policies.edges.map((e) => e.node.id);
    type Elements = {
      nodes: { id: string; label: string; caption: string }[];
      edges: { id: string; type: string; from: string; to: string }[];
    };
    const nodes = new Map<string, Elements['nodes'][number]>();
    const edges = new Map<string, Elements['edges'][number]>();
    for (const id of ids) {
      const data = (await post(
        `{ n: neighborhood(id: ${JSON.stringify(id)}, depth: 3) { nodes { id label caption } edges { id type from to } } }`,
      )) as { n: Elements };
      for (const n of data.n.nodes) nodes.set(n.id, n);
      for (const e of data.n.edges) edges.set(e.id, e);
    }
    const cy = window.__cascadeCy!;
    cy.elements().remove();
    cy.add([
      ...[...nodes.values()].map((n) => ({
        group: 'nodes' as const,
        data: { id: n.id, kind: n.label, caption: n.caption.slice(0, 12) },
        classes: 'entity',
      })),
      ...[...edges.values()]
        .filter((e) => nodes.has(e.from) && nodes.has(e.to))
        .map((e) => ({
          group: 'edges' as const,
          data: { id: e.id, source: e.from, target: e.to, type: e.type },
          classes: 'plain',
        })),
    ]);
    cy.layout({ name: 'grid', fit: true, padding: 10 }).run();
    cy.zoom(cy.zoom() * 2);
    // Let the renderer settle (caches, the size-dependent options) before measuring.
    await new Promise((done) => setTimeout(done, 300));
    return cy.elements().length;
  });
}

/** cy.panBy once per animation frame, `frames` times. */
export async function panProgrammatic(page: Page, frames: number): Promise<FrameStats> {
  const intervals = await page.evaluate(async (count) => {
    const cy = window.__cascadeCy!;
    const seen: number[] = [];
    await new Promise<void>((done) => {
      let last = performance.now();
      let n = 0;
      const step = (now: number) => {
        seen.push(now - last);
        last = now;
        cy.panBy({ x: n % 60 < 30 ? 6 : -6, y: 3 * Math.sin(n / 10) });
        if (++n < count) requestAnimationFrame(step);
        else done();
      };
      requestAnimationFrame(step);
    });
    return seen.slice(5);
  }, frames);
  return frameStats(intervals);
}

/** A point of the canvas no node covers, so pressing the mouse there pans instead of grabbing a node. */
async function emptySpot(page: Page): Promise<{ x: number; y: number }> {
  const spot = await page.evaluate(() => {
    const cy = window.__cascadeCy!;
    const box = cy.container()!.getBoundingClientRect();
    const boxes = cy.nodes().map((n) => n.renderedBoundingBox({}));
    for (let fy = 0.3; fy <= 0.7; fy += 0.02) {
      for (let fx = 0.3; fx <= 0.7; fx += 0.02) {
        const x = box.width * fx;
        const y = box.height * fy;
        const covered = boxes.some((b) => x >= b.x1 - 4 && x <= b.x2 + 4 && y >= b.y1 - 4 && y <= b.y2 + 4);
        if (!covered) return { x: box.left + x, y: box.top + y };
      }
    }
    return null;
  });
  if (!spot) throw new Error('[bench] [client] no empty spot to start a drag from');
  return spot;
}

/**
 * Drags the background back and forth as a user at 60 Hz would: one mousemove per animation frame (dispatched in the
 * page, so the browser's input round trips do not thin out the moves), `frames` frames.
 */
export async function panDrag(page: Page, frames: number): Promise<FrameStats> {
  const start = await emptySpot(page);
  const intervals = await page.evaluate(
    async ({ x, y, count }) => {
      const cy = window.__cascadeCy!;
      // Cytoscape takes a mousedown only from inside its container (a canvas), not from the container itself.
      const target = cy.container()!.querySelector('canvas')!;
      const mouse = (type: string, clientX: number, clientY: number) =>
        new MouseEvent(type, { clientX, clientY, button: 0, buttons: 1, bubbles: true, cancelable: true });
      target.dispatchEvent(mouse('mousedown', x, y));
      const seen: number[] = [];
      await new Promise<void>((done) => {
        let last = performance.now();
        let n = 0;
        const step = (now: number) => {
          seen.push(now - last);
          last = now;
          // A triangle wave: 30 steps of 6 px one way, 30 back.
          const offset = n % 60 < 30 ? n % 60 : 60 - (n % 60);
          window.dispatchEvent(mouse('mousemove', x + 6 * offset, y + 3 * Math.sin(n / 10)));
          if (++n < count) requestAnimationFrame(step);
          else done();
        };
        requestAnimationFrame(step);
      });
      window.dispatchEvent(mouse('mouseup', x, y));
      return seen.slice(5);
    },
    { ...start, count: frames },
  );
  return frameStats(intervals);
}
