import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { edgeShape, placeLabels } from './edgeLabels';
import { DEFAULT_ROUTE_OPTIONS, routeEdges } from './edgeRoutes';
import type { RouteEdge } from './edgeRoutes';
import { pathCrossesRect, rectOf, rectsOverlap } from './geometry';
import type { Box, Point } from './geometry';

const W = 184;
const H = 68;
const box = (id: string, x: number, y: number): Box => ({ id, x, y, w: W, h: H });
const LABEL = { w: 34, h: 20 };

/** Every box the path does not end at stays `margin` (less a rounding pixel) away from the path. */
function crossings(path: readonly Point[], boxes: readonly Box[], edge: RouteEdge, margin: number): string[] {
  return boxes
    .filter((b) => b.id !== edge.source && b.id !== edge.target && pathCrossesRect(path, rectOf(b, margin - 1)))
    .map((b) => b.id);
}

describe('routeEdges', () => {
  // The 科创平台 cascade of 海宁 as the swimlanes place it: 海宁 implements the province directly, and its straight
  // line to the province passes through 湖州's box (the analyst read it as "海宁 implements 湖州").
  const boxes = [
    box('zhejiang', 0, 0),
    box('jiaxing', -208, 150),
    box('huzhou', 0, 150),
    box('huzhou4', 208, 150),
    box('xiuzhou', -316, 300),
    box('pinghu', -108, 300),
    box('haining', 100, 300),
  ];
  const edges: RouteEdge[] = [
    { id: 'jx', source: 'jiaxing', target: 'zhejiang' },
    { id: 'hz', source: 'huzhou', target: 'zhejiang' },
    { id: 'hn', source: 'haining', target: 'zhejiang' },
    { id: 'ph', source: 'pinghu', target: 'jiaxing' },
    { id: 'peer', source: 'haining', target: 'xiuzhou' },
  ];
  const paths = routeEdges(boxes, edges);

  it('keeps an edge straight when its line clears every other node', () => {
    expect(paths.get('jx')).toHaveLength(2);
    expect(paths.get('hz')).toHaveLength(2);
  });

  it('bends 海宁’s edge to the province through the gap beside 湖州 instead of across it', () => {
    const path = paths.get('hn')!;
    expect(path.length).toBeGreaterThan(2);
    expect(crossings([path[0]!, path[path.length - 1]!], boxes, edges[2]!, 10)).toEqual(['huzhou']);
    expect(crossings(path, boxes, edges[2]!, DEFAULT_ROUTE_OPTIONS.margin)).toEqual([]);
  });

  it('routes peers of one row along a corridor below it, never across the node between them', () => {
    const path = paths.get('peer')!;
    expect(crossings(path, boxes, edges[4]!, DEFAULT_ROUTE_OPTIONS.margin)).toEqual([]);
    expect(Math.max(...path.map((p) => p.y))).toBeGreaterThan(300 + H / 2);
  });

  it('clears every node in any layered drawing, and so do the score labels', () => {
    fc.assert(
      fc.property(layeredGraph(), ({ boxes, edges }) => {
        const routed = routeEdges(boxes, edges);
        for (const edge of edges) {
          expect(crossings(routed.get(edge.id)!, boxes, edge, DEFAULT_ROUTE_OPTIONS.margin)).toEqual([]);
        }
        for (const spot of placeLabels(routed, boxes, LABEL).values()) {
          const label = { x1: spot.point.x - 17, y1: spot.point.y - 10, x2: spot.point.x + 17, y2: spot.point.y + 10 };
          expect(boxes.some((b) => rectsOverlap(rectOf(b), label))).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('placeLabels', () => {
  it('moves a score off the middle of its edge where another edge crosses it there', () => {
    const across = [
      { x: 0, y: 0 },
      { x: 200, y: 0 },
    ];
    const down = [
      { x: 100, y: -60 },
      { x: 100, y: 60 },
    ];
    const spot = placeLabels(new Map([['across', across]]), [], LABEL).get('across')!;
    expect(spot.point).toEqual({ x: 100, y: 0 });
    const moved = placeLabels(
      new Map([
        ['across', across],
        ['down', down],
      ]),
      [],
      LABEL,
    ).get('across')!;
    const rect = { x1: moved.point.x - 17, y1: -10, x2: moved.point.x + 17, y2: 10 };
    expect(moved.point.y).toBe(0);
    expect(pathCrossesRect(down, rect)).toBe(false);
  });
});

describe('edgeShape', () => {
  it('gives Cytoscape segment points that land on the bends, with the label point in the middle', () => {
    const path = [
      { x: 0, y: 300 },
      { x: 0, y: 356 },
      { x: 120, y: 356 },
      { x: 120, y: 300 },
    ];
    const spot = { point: { x: 60, y: 356 }, leg: 1 };
    const shape = edgeShape(path, spot);
    if (shape.kind !== 'segments') throw new Error('expected segments');
    // Back from Cytoscape's measures: source + w·(target − source) + d·(left-hand normal).
    const [s, t] = [path[0]!, path[path.length - 1]!];
    const length = Math.hypot(t.x - s.x, t.y - s.y);
    const points = shape.weights.map((w, i) => ({
      x: s.x + w * (t.x - s.x) - (shape.distances[i]! * (t.y - s.y)) / length,
      y: s.y + w * (t.y - s.y) + (shape.distances[i]! * (t.x - s.x)) / length,
    }));
    expect(points.length % 2).toBe(1);
    const middle = points[(points.length - 1) / 2]!;
    expect(middle.x).toBeCloseTo(60);
    expect(middle.y).toBeCloseTo(356);
    expect(points.some((p) => Math.abs(p.x) < 1e-6 && Math.abs(p.y - 356) < 1e-6)).toBe(true);
    expect(points.some((p) => Math.abs(p.x - 120) < 1e-6 && Math.abs(p.y - 356) < 1e-6)).toBe(true);
  });

  it('leaves an edge without bend or label straight', () => {
    expect(
      edgeShape(
        [
          { x: 0, y: 0 },
          { x: 0, y: 150 },
        ],
        undefined,
      ),
    ).toEqual({ kind: 'straight' });
  });
});

/** Up to four rows of up to five nodes (at least a node's gap apart), with random edges between them. */
function layeredGraph() {
  return fc
    .array(fc.array(fc.integer({ min: 24, max: 160 }), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 4 })
    .chain((rows) => {
      const boxes = rows.flatMap((gaps, r) => {
        let x = 0;
        return gaps.map((gap, i) => {
          x += gap + W;
          return box(`n${r}-${i}`, x, r * 150);
        });
      });
      const pair = fc.tuple(fc.constantFrom(...boxes), fc.constantFrom(...boxes));
      return fc.record({
        boxes: fc.constant(boxes),
        // Pairs of one node with itself are dropped (a cascade has no loops), never filtered while generating:
        // a one-node graph has no other pair to find.
        edges: fc
          .uniqueArray(pair, { maxLength: 12, selector: ([a, b]) => `${a.id}>${b.id}` })
          .map((pairs) =>
            pairs
              .filter(([a, b]) => a.id !== b.id)
              .map(([a, b]) => ({ id: `${a.id}>${b.id}`, source: a.id, target: b.id })),
          ),
      });
    });
}
