/** Plane geometry for routing edges around node boxes (model coordinates, y grows downwards). */

export interface Point {
  x: number;
  y: number;
}

/** An axis-aligned box by its centre and full size, as Cytoscape gives a node's position, width and height. */
export interface Box {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export function rectOf(box: Box, margin = 0): Rect {
  return {
    x1: box.x - box.w / 2 - margin,
    y1: box.y - box.h / 2 - margin,
    x2: box.x + box.w / 2 + margin,
    y2: box.y + box.h / 2 + margin,
  };
}

export function rectsOverlap(a: Rect, b: Rect): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

/** Whether the segment a→b passes through the inside of `rect` (Liang–Barsky clipping; touching is not crossing). */
export function segmentCrossesRect(a: Point, b: Point, rect: Rect): boolean {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let t0 = 0;
  let t1 = 1;
  const sides: [number, number][] = [
    [-dx, a.x - rect.x1],
    [dx, rect.x2 - a.x],
    [-dy, a.y - rect.y1],
    [dy, rect.y2 - a.y],
  ];
  for (const [p, q] of sides) {
    if (p === 0) {
      if (q <= 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 >= t1) return false;
  }
  return true;
}

/** Whether the polyline through `points` crosses `rect`. */
export function pathCrossesRect(points: readonly Point[], rect: Rect): boolean {
  for (let i = 1; i < points.length; i++) {
    if (segmentCrossesRect(points[i - 1]!, points[i]!, rect)) return true;
  }
  return false;
}

export function lerp(a: Point, b: Point, t: number): Point {
  return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
}

export function distance(a: Point, b: Point): number {
  return Math.hypot(b.x - a.x, b.y - a.y);
}
