/**
 * What a person would object to in a drawn graph, read from Cytoscape itself through the test hook
 * (`?testHook=1` exposes `window.__cascadeCy`): node boxes overlapping, an edge drawn through a node it does not
 * end at, a caption running out of its box, a score label on a node, text under 12 px on screen.
 *
 * The edge geometry is what Cytoscape draws (its endpoints and segment points), sampled every 2 px and tested
 * point by point against the boxes: deliberately not the router's own arithmetic (client/src/graph/edgeRoutes.ts),
 * so a mistake there cannot hide itself.
 */
import type { Page } from 'playwright-core';

interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}
interface Point {
  x: number;
  y: number;
}

export interface DrawnGraph {
  zoom: number;
  nodes: { id: string; box: Rect; label: Rect; font: number; hasLabel: boolean }[];
  edges: { id: string; source: string; target: string; path: Point[]; label: Rect | null; font: number }[];
  lanes: { id: string; font: number }[];
}

/** Waits for a completed layout, then reads the clause nodes, edges and lanes in model coordinates. */
export async function readGraph(page: Page): Promise<DrawnGraph> {
  await page.waitForFunction(
    () => (window.__cascadeLayouts ?? 0) > 0 && (window.__cascadeCy?.nodes('.clause').length ?? 0) > 0,
  );
  // No named helpers inside: the callback runs in the page, where a bundler's name-keeping wrappers do not exist.
  return page.evaluate(() => {
    const cy = window.__cascadeCy!;
    return {
      zoom: cy.zoom(),
      nodes: cy.nodes('.clause').map((n) => ({
        id: n.id(),
        box: n.boundingBox({ includeLabels: false, includeOverlays: false, includeUnderlays: false }),
        label: n.boundingBox({ includeNodes: false, includeLabels: true, includeOverlays: false }),
        font: n.numericStyle('font-size'),
        hasLabel: String(n.style('label')) !== '',
      })),
      edges: cy.edges().map((e) => ({
        id: e.id(),
        source: e.source().id(),
        target: e.target().id(),
        path: [e.sourceEndpoint(), ...(e.segmentPoints() ?? []), e.targetEndpoint()],
        label:
          String(e.style('label')) !== ''
            ? e.boundingBox({ includeEdges: false, includeLabels: true, includeNodes: false })
            : null,
        font: e.numericStyle('font-size'),
      })),
      lanes: cy.nodes('.lane').map((n) => ({ id: n.id(), font: n.numericStyle('font-size') })),
    };
  });
}

const inside = (p: Point, r: Rect) => p.x > r.x1 && p.x < r.x2 && p.y > r.y1 && p.y < r.y2;
const overlap = (a: Rect, b: Rect) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
const shrink = (r: Rect, by: number) => ({ x1: r.x1 + by, y1: r.y1 + by, x2: r.x2 - by, y2: r.y2 - by });

function samples(path: readonly Point[]): Point[] {
  const points: Point[] = [];
  for (let i = 1; i < path.length; i++) {
    const [a, b] = [path[i - 1]!, path[i]!];
    const steps = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / 2));
    for (let s = 0; s <= steps; s++)
      points.push({ x: a.x + ((b.x - a.x) * s) / steps, y: a.y + ((b.y - a.y) * s) / steps });
  }
  return points;
}

/** Everything wrong with the drawing, one line each (empty when it reads cleanly); the same for every layout. */
export function graphProblems(graph: DrawnGraph): string[] {
  const problems: string[] = [];
  const { nodes, edges } = graph;
  for (const [i, a] of nodes.entries()) {
    for (const b of nodes.slice(i + 1))
      if (overlap(shrink(a.box, 1), shrink(b.box, 1))) problems.push(`nodes overlap: ${a.id} / ${b.id}`);
    if (a.hasLabel && !insideRect(a.label, a.box, 1)) problems.push(`caption outside its box: ${a.id}`);
  }
  for (const edge of edges) {
    const points = samples(edge.path);
    for (const node of nodes) {
      if (node.id === edge.source || node.id === edge.target) continue;
      if (points.some((p) => inside(p, shrink(node.box, 1)))) problems.push(`edge ${edge.id} crosses ${node.id}`);
    }
    if (edge.label) {
      for (const node of nodes)
        if (overlap(edge.label, shrink(node.box, 1))) problems.push(`score of ${edge.id} on ${node.id}`);
    }
  }
  return problems;
}

function insideRect(inner: Rect, outer: Rect, tolerance: number): boolean {
  return (
    inner.x1 >= outer.x1 - tolerance &&
    inner.y1 >= outer.y1 - tolerance &&
    inner.x2 <= outer.x2 + tolerance &&
    inner.y2 <= outer.y2 + tolerance
  );
}

/** Every text of the graph (captions, score labels, lane names) with its size on screen, smallest first. */
export function renderedFontSizes(graph: DrawnGraph): { id: string; px: number }[] {
  const texts = [
    ...graph.nodes.filter((n) => n.hasLabel).map((n) => ({ id: n.id, font: n.font })),
    ...graph.edges.filter((e) => e.label).map((e) => ({ id: e.id, font: e.font })),
    ...graph.lanes,
  ];
  return texts.map((t) => ({ id: t.id, px: t.font * graph.zoom })).sort((a, b) => a.px - b.px);
}
