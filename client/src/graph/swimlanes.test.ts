import { describe, expect, it } from 'vitest';
import { DEFAULT_SWIMLANE_OPTIONS, swimlaneLayout } from './swimlanes';
import type { LaneEdge, LaneNode } from './swimlanes';

// The shape of the 科创平台 cascade of the real corpus: the inferred provincial and Jiaxing clauses, Huzhou (a city)
// implementing the province directly, and three Jiaxing districts/county-level cities implementing Jiaxing.
const nodes: LaneNode[] = [
  { id: '330000-2025/c1', level: 'PROVINCE', regionCode: '330000', parentCode: null },
  { id: '330400-2025/c1', level: 'CITY', regionCode: '330400', parentCode: '330000' },
  { id: '330500-2025/c1', level: 'CITY', regionCode: '330500', parentCode: '330000' },
  { id: '330411-2025/c1', level: 'COUNTY', regionCode: '330411', parentCode: '330400' },
  { id: '330481-2025/c1', level: 'COUNTY', regionCode: '330481', parentCode: '330400' },
  { id: '330482-2025/c1', level: 'COUNTY', regionCode: '330482', parentCode: '330400' },
];
const edges: LaneEdge[] = [
  { source: '330400-2025/c1', target: '330000-2025/c1' },
  { source: '330500-2025/c1', target: '330000-2025/c1' },
  { source: '330411-2025/c1', target: '330400-2025/c1' },
  { source: '330481-2025/c1', target: '330400-2025/c1' },
  { source: '330482-2025/c1', target: '330400-2025/c1' },
  { source: '330411-2025/c1', target: '330481-2025/c1' },
];

describe('swimlaneLayout', () => {
  const { positions, lanes } = swimlaneLayout(nodes, edges);
  const at = (id: string) => positions.get(id)!;

  it('puts each node in the band of its government level, province on top', () => {
    expect(lanes.map((l) => l.level)).toEqual(['PROVINCE', 'CITY', 'COUNTY']);
    for (const node of nodes) {
      const lane = lanes.find((l) => l.level === node.level)!;
      expect(at(node.id).y).toBe(lane.y);
    }
    expect(lanes[0]!.y).toBeLessThan(lanes[1]!.y);
    expect(lanes[1]!.y).toBeLessThan(lanes[2]!.y);
  });

  it('keeps nodes of one band apart by at least a node width plus the gap', () => {
    const step = DEFAULT_SWIMLANE_OPTIONS.nodeWidth + DEFAULT_SWIMLANE_OPTIONS.nodeGap;
    for (const level of ['CITY', 'COUNTY'] as const) {
      const xs = nodes
        .filter((n) => n.level === level)
        .map((n) => at(n.id).x)
        .sort((a, b) => a - b);
      xs.slice(1).forEach((x, i) => expect(x - xs[i]!).toBeGreaterThanOrEqual(step - 1e-9));
    }
  });

  it('centres the districts under the clause they implement, not under the band', () => {
    const jiaxing = at('330400-2025/c1').x;
    const counties = ['330411-2025/c1', '330481-2025/c1', '330482-2025/c1'].map((id) => at(id).x);
    const mean = counties.reduce((a, b) => a + b, 0) / counties.length;
    expect(mean).toBeCloseTo(jiaxing, 6);
    expect(at('330500-2025/c1').x).toBeGreaterThan(jiaxing);
  });

  it('falls back to the parent region when a node has no edge to the bands above', () => {
    const orphan: LaneNode = { id: '330481-2024/c9', level: 'COUNTY', regionCode: '330481', parentCode: '330500' };
    const layout = swimlaneLayout([...nodes.slice(0, 3), orphan], edges.slice(0, 2));
    expect(layout.positions.get(orphan.id)!.x).toBeCloseTo(layout.positions.get('330500-2025/c1')!.x, 6);
  });

  it('spans every band over the same width, wide enough for all nodes', () => {
    const xs = [...positions.values()].map((p) => p.x);
    for (const lane of lanes) {
      expect(lane.x1).toBeLessThan(Math.min(...xs) - DEFAULT_SWIMLANE_OPTIONS.nodeWidth / 2);
      expect(lane.x2).toBeGreaterThan(Math.max(...xs) + DEFAULT_SWIMLANE_OPTIONS.nodeWidth / 2);
    }
    expect(lanes.map((l) => l.count)).toEqual([1, 2, 3]);
  });

  it('draws no band for a level without clauses, and moves the others up', () => {
    const below = nodes.filter((n) => n.level !== 'PROVINCE');
    const layout = swimlaneLayout(below, edges);
    expect(layout.lanes.map((l) => l.level)).toEqual(['CITY', 'COUNTY']);
    expect(layout.positions.get('330400-2025/c1')!.y).toBe(0);
  });
});
