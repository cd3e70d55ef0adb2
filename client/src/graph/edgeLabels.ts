/**
 * Where each edge's score label goes, and how a routed path becomes Cytoscape's `segments` style.
 *
 * A label is placed on its edge's path where its box keeps clear of every node and of the labels placed before it,
 * and, where it can, of the other edges' lines (a score crossed by another edge reads as struck out), trying the
 * middle of the path first, then points further out. Cytoscape draws a `segments` edge's label at the
 * middle one of an odd number of segment points, so the label point is inserted into the bends and short collinear
 * points next to it even out the count on both sides: the drawn line is unchanged and the label lands exactly there.
 */
import { distance, lerp, pathCrossesRect, rectOf, rectsOverlap } from './geometry';
import type { Box, Point, Rect } from './geometry';

export interface LabelSize {
  w: number;
  h: number;
}

/** A label point on a path and the leg it lies on (leg i runs from path[i] to path[i + 1]). */
export interface LabelSpot {
  point: Point;
  leg: number;
}

const FRACTIONS = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.12, 0.88];
/**
 * Keeping off other lines costs edges² segment tests: a cascade (tens of edges, ~200 at 100 localities) pays a few
 * milliseconds, a whole network of thousands of edges would pay seconds, so beyond this its labels only avoid nodes
 * and each other.
 */
const MOST_EDGES_AVOIDING_LINES = 400;

/** Label spots for the paths, in order; an edge without room for its label gets none (its score stays in the tooltip). */
export function placeLabels(
  paths: ReadonlyMap<string, readonly Point[]>,
  boxes: readonly Box[],
  size: LabelSize,
): Map<string, LabelSpot> {
  const nodeRects = boxes.map((box) => rectOf(box, 2));
  const lines =
    paths.size <= MOST_EDGES_AVOIDING_LINES
      ? [...paths].map(([id, path]) => ({ id, path, bounds: boundsOf(path) }))
      : [];
  const placed: Rect[] = [];
  const spots = new Map<string, LabelSpot>();
  for (const [id, path] of paths) {
    const candidates = FRACTIONS.map((f) => pointAlong(path, f));
    const clearOfNodes = candidates.filter((c) => !nodeRects.some((r) => rectsOverlap(r, labelRect(c.point, size))));
    const apart = (c: LabelSpot) => !placed.some((r) => rectsOverlap(r, labelRect(c.point, size)));
    const uncrossed = (c: LabelSpot) => {
      const rect = labelRect(c.point, size);
      return !lines.some(
        (line) => line.id !== id && rectsOverlap(line.bounds, rect) && pathCrossesRect(line.path, rect),
      );
    };
    const spot = clearOfNodes.find((c) => apart(c) && uncrossed(c)) ?? clearOfNodes.find(apart) ?? clearOfNodes[0];
    if (!spot) continue;
    spots.set(id, spot);
    placed.push(labelRect(spot.point, size));
  }
  return spots;
}

/** The smallest rectangle holding a path. */
function boundsOf(path: readonly Point[]): Rect {
  const xs = path.map((p) => p.x);
  const ys = path.map((p) => p.y);
  return { x1: Math.min(...xs), y1: Math.min(...ys), x2: Math.max(...xs), y2: Math.max(...ys) };
}

function labelRect(point: Point, size: LabelSize): Rect {
  return { x1: point.x - size.w / 2, y1: point.y - size.h / 2, x2: point.x + size.w / 2, y2: point.y + size.h / 2 };
}

/** The point at `fraction` of the path's length. */
export function pointAlong(path: readonly Point[], fraction: number): LabelSpot {
  const lengths = path.slice(1).map((p, i) => distance(path[i]!, p));
  let remaining = lengths.reduce((sum, l) => sum + l, 0) * fraction;
  for (const [leg, length] of lengths.entries()) {
    if (remaining <= length || leg === lengths.length - 1) {
      return { point: lerp(path[leg]!, path[leg + 1]!, length === 0 ? 0 : Math.min(1, remaining / length)), leg };
    }
    remaining -= length;
  }
  return { point: path[0]!, leg: 0 };
}

export type EdgeShape = { kind: 'straight' } | { kind: 'segments'; weights: number[]; distances: number[] };

/**
 * Cytoscape's description of a path (source centre, bends, target centre) with its label at `spot`: straight when
 * it has neither bend nor label, else `segments` (a straight edge gets its label point as its one segment point:
 * Cytoscape's own midpoint for straight edges averages in the arrow, and would miss the spot by a few pixels).
 * Segment points are given as Cytoscape measures them with `edge-distances: node-position`: a weight along
 * source→target and a distance along its left-hand normal.
 */
export function edgeShape(path: readonly Point[], spot: LabelSpot | undefined): EdgeShape {
  const source = path[0]!;
  const target = path[path.length - 1]!;
  const bends = path.slice(1, -1);
  if (bends.length === 0 && !spot) return { kind: 'straight' };
  // Without a label the count does not matter (the label is not drawn).
  const points = spot ? withLabelInTheMiddle(path, spot) : bends;
  const dx = target.x - source.x;
  const dy = target.y - source.y;
  const length2 = dx * dx + dy * dy || 1;
  const length = Math.sqrt(length2);
  return {
    kind: 'segments',
    weights: points.map((p) => ((p.x - source.x) * dx + (p.y - source.y) * dy) / length2),
    distances: points.map((p) => ((p.y - source.y) * dx - (p.x - source.x) * dy) / length),
  };
}

/** The bends with the label point inserted on its leg and as many collinear points on either side. */
function withLabelInTheMiddle(path: readonly Point[], spot: LabelSpot): Point[] {
  const bends = path.slice(1, -1);
  const before = bends.slice(0, spot.leg);
  const after = bends.slice(spot.leg);
  const toward = (from: Point, n: number) => Array.from({ length: n }, (_, i) => nudge(spot.point, from, n - i));
  const pad = after.length - before.length;
  const left = pad > 0 ? toward(path[spot.leg]!, pad) : [];
  const right = pad < 0 ? toward(path[spot.leg + 1]!, -pad).reverse() : [];
  return [...before, ...left, spot.point, ...right, ...after];
}

/** A point `steps` half-pixels from `point` towards `toward`, on the same line. */
function nudge(point: Point, toward: Point, steps: number): Point {
  const length = distance(point, toward);
  return length === 0 ? point : lerp(point, toward, Math.min(1, (0.5 * steps) / length));
}
