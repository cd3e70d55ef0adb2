/**
 * Swimlane layout by government level: one horizontal band per level (province on top, then city, then
 * county/district), each node placed in its level's band. A generic layered layout ranks nodes by edge distance and
 * does not know that 湖州市 (a city) and 秀洲区 (a district) sit at different levels even when both implement the same
 * provincial clause directly; here the level decides the band and the edges only decide the order within it.
 *
 * Within a band, a node wants to sit under the mean x of its neighbours in the bands above (its superior clauses),
 * or under its parent region's nodes when it has no such edge; overlaps are then pushed apart left to right and the
 * band is shifted back so it stays centred on what its nodes wanted. Deterministic: ties break on region and id.
 */
import type { RegionLevel } from '../api/fragments';
import { CLAUSE_NODE } from './styles';

export const LANE_ORDER: readonly RegionLevel[] = ['PROVINCE', 'CITY', 'COUNTY'];

export interface LaneNode {
  id: string;
  level: RegionLevel;
  regionCode: string;
  /** Code of the enclosing region (嘉兴市 for 秀洲区), to keep a city's districts under it. */
  parentCode: string | null;
}

export interface LaneEdge {
  source: string;
  target: string;
}

export interface LaneBand {
  level: RegionLevel;
  /** Centre of the band. */
  y: number;
  height: number;
  /** Horizontal extent covered by all bands (they share it, so they line up as one table). */
  x1: number;
  x2: number;
  count: number;
}

export interface SwimlaneLayout {
  positions: Map<string, { x: number; y: number }>;
  lanes: LaneBand[];
}

export interface SwimlaneOptions {
  nodeWidth: number;
  nodeGap: number;
  laneHeight: number;
  lanePadding: number;
}

// The gap between two nodes leaves a slot for edges passing a lane (edgeRoutes.ts keeps 10 px to each side); the
// space between two lanes' nodes holds the score labels and the corridors of peer edges.
export const DEFAULT_SWIMLANE_OPTIONS: SwimlaneOptions = {
  nodeWidth: CLAUSE_NODE.width,
  nodeGap: 24,
  laneHeight: 150,
  lanePadding: 12,
};

export function swimlaneLayout(
  nodes: readonly LaneNode[],
  edges: readonly LaneEdge[],
  options: SwimlaneOptions = DEFAULT_SWIMLANE_OPTIONS,
): SwimlaneLayout {
  const neighbours = neighbourMap(edges);
  const positions = new Map<string, { x: number; y: number }>();
  const step = options.nodeWidth + options.nodeGap;
  const regionXs = new Map<string, number[]>();
  // A level without clauses gets no lane: a DOWN cascade from a county has nothing to show in the province band.
  const levels = LANE_ORDER.filter((level) => nodes.some((n) => n.level === level));

  levels.forEach((level, laneIndex) => {
    const y = laneIndex * options.laneHeight;
    const laneNodes = nodes.filter((n) => n.level === level);
    const wanted = laneNodes.map((node, i) => ({
      node,
      x: desiredX(node, neighbours, positions, regionXs) ?? (i - (laneNodes.length - 1) / 2) * step,
    }));
    for (const { node, x } of spread(wanted, step)) {
      positions.set(node.id, { x, y });
      regionXs.set(node.regionCode, [...(regionXs.get(node.regionCode) ?? []), x]);
    }
  });

  const xs = [...positions.values()].map((p) => p.x);
  const x1 = (xs.length ? Math.min(...xs) : 0) - options.nodeWidth / 2 - options.lanePadding;
  const x2 = (xs.length ? Math.max(...xs) : 0) + options.nodeWidth / 2 + options.lanePadding;
  const lanes = levels.map((level, laneIndex) => ({
    level,
    y: laneIndex * options.laneHeight,
    height: options.laneHeight,
    x1,
    x2,
    count: nodes.filter((n) => n.level === level).length,
  }));
  return { positions, lanes };
}

function neighbourMap(edges: readonly LaneEdge[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  const link = (a: string, b: string) => map.set(a, [...(map.get(a) ?? []), b]);
  for (const edge of edges) {
    link(edge.source, edge.target);
    link(edge.target, edge.source);
  }
  return map;
}

/** Mean x of the already placed neighbours (bands above), else of the parent region's nodes. */
function desiredX(
  node: LaneNode,
  neighbours: Map<string, string[]>,
  placed: Map<string, { x: number }>,
  regionXs: Map<string, number[]>,
): number | undefined {
  const above = (neighbours.get(node.id) ?? []).flatMap((id) => {
    const p = placed.get(id);
    return p ? [p.x] : [];
  });
  if (above.length) return mean(above);
  const parent = node.parentCode ? regionXs.get(node.parentCode) : undefined;
  return parent?.length ? mean(parent) : undefined;
}

/** Orders by wanted x (ties: region, id), pushes overlaps apart, then re-centres the band on the wanted mean. */
function spread<T extends { node: LaneNode; x: number }>(wanted: T[], step: number): T[] {
  const sorted = [...wanted].sort(
    (a, b) => a.x - b.x || a.node.regionCode.localeCompare(b.node.regionCode) || a.node.id.localeCompare(b.node.id),
  );
  const placed: T[] = [];
  for (const item of sorted) {
    const previous = placed[placed.length - 1];
    placed.push({ ...item, x: previous ? Math.max(item.x, previous.x + step) : item.x });
  }
  const shift = mean(sorted.map((i) => i.x)) - mean(placed.map((i) => i.x));
  return placed.map((item) => ({ ...item, x: item.x + shift }));
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / (values.length || 1);
}
