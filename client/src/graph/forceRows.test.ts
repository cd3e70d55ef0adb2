import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forceRows } from './forceRows';
import type { ForceEdge } from './forceRows';
import type { Box } from './geometry';

const W = 184;
const H = 68;
const OPTIONS = { laneHeight: 150, minLaneHeight: 120, gap: 24, maxWidth: 3 * W + 2 * 24, maxHeight: 2000 };

function box(id: string, x: number, y = 0): Box {
  return { id, x, y, w: W, h: H };
}
const up = (source: string, target: string): ForceEdge => ({ source, target, ranks: true });
const peer = (source: string, target: string): ForceEdge => ({ source, target, ranks: false });

describe('forceRows', () => {
  it('rows by IMPLEMENTS level, in fcose’s left-to-right order, a peer beside its peer', () => {
    const placed = forceRows(
      [box('province', 0), box('city', 300), box('county', -200), box('other', 900), box('peer', -500)],
      [up('city', 'province'), up('county', 'city'), up('other', 'province'), peer('peer', 'county')],
      OPTIONS,
    );
    const y = (id: string) => placed.get(id)!.y;
    expect([y('province'), y('city'), y('other'), y('county'), y('peer')]).toEqual([0, 150, 150, 300, 300]);
    expect(placed.get('peer')!.x).toBeLessThan(placed.get('county')!.x);
    expect(placed.get('city')!.x).toBeLessThan(placed.get('other')!.x);
  });

  it('wraps a row wider than the canvas onto the next row, below its superiors', () => {
    const cities = ['a', 'b', 'c', 'd', 'e'].map((id, i) => box(id, i * 100));
    const placed = forceRows(
      [box('p', 0), ...cities, box('county', 0)],
      [...cities.map((c) => up(c.id, 'p')), up('county', 'e')],
      OPTIONS,
    );
    expect(['a', 'b', 'c', 'd', 'e', 'county'].map((id) => placed.get(id)!.y)).toEqual([150, 150, 150, 300, 300, 450]);
  });

  it('brings rows closer, down to the least lane height, for the drawing to fit the height', () => {
    const chain = [box('a', 0), box('b', 0), box('c', 0)];
    const edges = [up('b', 'a'), up('c', 'b')];
    const y = (options: typeof OPTIONS) => forceRows(chain, edges, options).get('c')!.y;
    expect(y({ ...OPTIONS, maxHeight: 2 * 130 + H })).toBe(260);
    expect(y({ ...OPTIONS, maxHeight: 100 })).toBe(240);
  });

  it('keeps every row within the width, every superior above, and no two boxes overlapping', () => {
    const graph = fc.integer({ min: 1, max: 12 }).chain((n) =>
      fc.record({
        xs: fc.array(fc.integer({ min: -2000, max: 2000 }), { minLength: n, maxLength: n }),
        links: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.boolean()), { maxLength: 2 * n }),
      }),
    );
    fc.assert(
      fc.property(graph, ({ xs, links }) => {
        const boxes = xs.map((x, i) => box(`n${i}`, x));
        // Ranking edges only from a higher index to a lower: no cycle, as IMPLEMENTS never has one.
        const edges = links
          .filter(([a, b]) => a !== b)
          .map(([a, b, ranks]) => ({ source: `n${Math.max(a, b)}`, target: `n${Math.min(a, b)}`, ranks }));
        const placed = forceRows(boxes, edges, OPTIONS);
        const xsOut = [...placed.values()].map((p) => p.x);
        expect(Math.max(...xsOut) - Math.min(...xsOut) + W).toBeLessThanOrEqual(OPTIONS.maxWidth + 1e-6);
        for (const e of edges) if (e.ranks) expect(placed.get(e.target)!.y).toBeLessThan(placed.get(e.source)!.y);
        const points = [...placed.values()];
        for (const [i, a] of points.entries())
          for (const b of points.slice(i + 1)) expect(Math.abs(a.x - b.x) >= W || Math.abs(a.y - b.y) >= H).toBe(true);
      }),
    );
  });
});
