/**
 * Routes edges around node boxes in a layered drawing, so no edge reads as passing through a node (海宁's edge to
 * the province must not cross 湖州市's box and read as "海宁 implements 湖州"). An edge whose straight line keeps
 * `margin` away from every other box stays straight, unless both ends lie in one row. Any other edge is bent:
 * - between rows, it leaves its source vertically, crosses each gap between rows diagonally (gaps hold no nodes)
 *   and passes every row in between through a free slot nearest its straight line;
 * - within one row (peers), it runs along a corridor below the row: one per edge, or one comb for a node with many
 *   peers in its row.
 * Where several edges leave or enter one node on the same side, their ends are spread over the node's width.
 * Deterministic, and pure: positions in, bend points out (applied to Cytoscape in applyRoutes.ts).
 */
import { pathCrossesRect, rectOf } from './geometry';
import type { Box, Point } from './geometry';
import { freeX, rowIndexOf, rowsOf } from './rows';
import type { Row } from './rows';

export interface RouteEdge {
  id: string;
  source: string;
  target: string;
}

export interface RouteOptions {
  /** Clearance kept between an edge and any box it does not end at. */
  margin: number;
  /** Distance between two corridors under one row. */
  corridorStep: number;
  /** Spacing of edge ends spread over one side of a node. */
  portStep: number;
}

export const DEFAULT_ROUTE_OPTIONS: RouteOptions = { margin: 10, corridorStep: 12, portStep: 14 };

/** The full drawn path of each edge: source centre, bends, target centre. */
export type RoutedPaths = Map<string, Point[]>;

export function routeEdges(
  boxes: readonly Box[],
  edges: readonly RouteEdge[],
  options: RouteOptions = DEFAULT_ROUTE_OPTIONS,
): RoutedPaths {
  const byId = new Map(boxes.map((box) => [box.id, box]));
  const rows = rowsOf(boxes);
  const ports = portOffsets(edges, byId, options.portStep);
  const corridorOf = corridorLevels(edges, (id) => rowIndexOf(rows, id));
  const paths: RoutedPaths = new Map();
  for (const edge of edges) {
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    if (!source || !target) continue;
    const straight = [centre(source), centre(target)];
    const from = rowIndexOf(rows, source.id);
    const to = rowIndexOf(rows, target.id);
    // Neighbours in one row are too close for a label between them: peers always take a corridor.
    if (from !== to && clears(straight, boxes, edge, options.margin)) {
      paths.set(edge.id, straight);
      continue;
    }
    const end = (box: Box) => box.x + (ports.get(`${edge.id}|${box.id}`) ?? 0);
    const bends =
      from === to
        ? corridorBends(rows, from, end(source), end(target), corridorOf(edge), options)
        : crossingBends(rows, from, to, [end(source), end(target)], straight, options.margin);
    paths.set(edge.id, [straight[0]!, ...bends, straight[1]!]);
  }
  return paths;
}

function centre(box: Box): Point {
  return { x: box.x, y: box.y };
}

function clears(path: readonly Point[], boxes: readonly Box[], edge: RouteEdge, margin: number): boolean {
  return boxes.every(
    (box) => box.id === edge.source || box.id === edge.target || !pathCrossesRect(path, rectOf(box, margin)),
  );
}

/** A node with at least this many peers in its row draws them as one comb (a shared corridor). */
const COMB_DEGREE = 4;

/**
 * The corridor level of each same-row edge: its own, except that the edges of a hub — a node with COMB_DEGREE or
 * more same-row edges, e.g. the root with its peers — share one, so forty peers draw one comb under the row rather
 * than forty nested corridors. A few edges keep their own corridors: shared ones would hide which ends they join.
 */
function corridorLevels(edges: readonly RouteEdge[], rowOf: (id: string) => number): (edge: RouteEdge) => number {
  const degree = new Map<string, number>();
  const sameRow = edges.filter((e) => rowOf(e.source) === rowOf(e.target));
  for (const e of sameRow) for (const id of [e.source, e.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
  const keyOf = (e: RouteEdge) => {
    const hub = (degree.get(e.target) ?? 0) > (degree.get(e.source) ?? 0) ? e.target : e.source;
    return (degree.get(hub) ?? 0) >= COMB_DEGREE ? `hub|${hub}` : `edge|${e.id}`;
  };
  const levels = new Map<string, number>();
  const perRow = new Map<number, number>();
  for (const e of sameRow) {
    const key = keyOf(e);
    if (levels.has(key)) continue;
    const row = rowOf(e.source);
    levels.set(key, perRow.get(row) ?? 0);
    perRow.set(row, (perRow.get(row) ?? 0) + 1);
  }
  return (e) => levels.get(keyOf(e)) ?? 0;
}

/** Peers in one row: down from the source to its hub's corridor under the row, along it, up into the target. */
function corridorBends(
  rows: readonly Row[],
  index: number,
  sourceX: number,
  targetX: number,
  level: number,
  options: RouteOptions,
): Point[] {
  const row = rows[index]!;
  const next = rows[index + 1];
  // Corridors stay in the upper half of the gap to the next row (the first one a step below the margin, leaving
  // room for its label); when that half fills up they start over.
  const room = next ? Math.max(1, Math.floor((next.top - row.bottom) / 2 / options.corridorStep) - 1) : Infinity;
  const y = row.bottom + options.margin + (1 + (level % room)) * options.corridorStep;
  return [
    { x: sourceX, y },
    { x: targetX, y },
  ];
}

/** Between rows: out of the source's band, through a free slot of every row in between, into the target's band. */
function crossingBends(
  rows: readonly Row[],
  from: number,
  to: number,
  [sourceX, targetX]: [number, number],
  straight: readonly Point[],
  margin: number,
): Point[] {
  const down = to > from;
  const step = down ? 1 : -1;
  const [s, t] = straight as [Point, Point];
  const exitY = (row: Row) => (down ? row.bottom + margin : row.top - margin);
  const entryY = (row: Row) => (down ? row.top - margin : row.bottom + margin);
  const bends: Point[] = [{ x: sourceX, y: exitY(rows[from]!) }];
  for (let i = from + step; i !== to; i += step) {
    const row = rows[i]!;
    const middle = (row.top + row.bottom) / 2;
    const lineX = s.x + ((t.x - s.x) * (middle - s.y)) / (t.y - s.y);
    const x = freeX(row, lineX, margin + 1);
    bends.push({ x, y: entryY(row) }, { x, y: exitY(row) });
  }
  bends.push({ x: targetX, y: entryY(rows[to]!) });
  return bends;
}

/**
 * Offsets from the node's centre for the ends of edges that share one side of one node (e.g. the edges from three
 * districts entering their city from below), ordered by where the other end lies so that they do not cross.
 */
function portOffsets(edges: readonly RouteEdge[], byId: Map<string, Box>, portStep: number): Map<string, number> {
  const sides = new Map<string, { key: string; otherX: number }[]>();
  for (const edge of edges) {
    for (const [self, other] of [
      [edge.source, edge.target],
      [edge.target, edge.source],
    ] as const) {
      const a = byId.get(self);
      const b = byId.get(other);
      if (!a || !b) continue;
      const side = `${self}|${b.y > a.y + a.h / 2 ? 'below' : b.y < a.y - a.h / 2 ? 'above' : 'row'}`;
      sides.set(side, [...(sides.get(side) ?? []), { key: `${edge.id}|${self}`, otherX: b.x }]);
    }
  }
  const offsets = new Map<string, number>();
  for (const [side, ends] of sides) {
    const box = byId.get(side.slice(0, side.lastIndexOf('|')))!;
    const spread = Math.min(portStep, (box.w * 0.8) / Math.max(1, ends.length - 1));
    ends.sort((a, b) => a.otherX - b.otherX || a.key.localeCompare(b.key));
    ends.forEach((end, i) => offsets.set(end.key, (i - (ends.length - 1) / 2) * spread));
  }
  return offsets;
}
