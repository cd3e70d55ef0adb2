/**
 * The rows of a layered drawing: swimlanes, dagre and ELK all put the nodes of one level on one horizontal line, so
 * nodes whose centres lie within half a node height of each other form a row, and the space between two rows'
 * bands holds no node. Edges are routed through those gaps (edgeRoutes.ts).
 */
import type { Box } from './geometry';

export interface Row {
  /** Top and bottom of the band covered by the row's boxes. */
  top: number;
  bottom: number;
  /** The row's boxes, left to right. */
  boxes: Box[];
}

export function rowsOf(boxes: readonly Box[]): Row[] {
  const sorted = [...boxes].sort((a, b) => a.y - b.y);
  const rows: Row[] = [];
  let first: Box | undefined;
  for (const box of sorted) {
    const row = rows[rows.length - 1];
    if (row && first && box.y - first.y <= Math.min(first.h, box.h) / 2) {
      row.boxes.push(box);
      row.top = Math.min(row.top, box.y - box.h / 2);
      row.bottom = Math.max(row.bottom, box.y + box.h / 2);
      continue;
    }
    first = box;
    rows.push({ top: box.y - box.h / 2, bottom: box.y + box.h / 2, boxes: [box] });
  }
  for (const row of rows) row.boxes.sort((a, b) => a.x - b.x);
  return rows;
}

/**
 * The x nearest to `wanted` where a vertical line through the row keeps `margin` away from every box of the row:
 * `wanted` itself when it is free, else just beside the box (or run of boxes) it falls in.
 */
export function freeX(row: Row, wanted: number, margin: number): number {
  const blocked = row.boxes.map((b) => [b.x - b.w / 2 - margin, b.x + b.w / 2 + margin] as const);
  const inside = (x: number) => blocked.some(([lo, hi]) => x > lo && x < hi);
  if (!inside(wanted)) return wanted;
  // Candidates: the ends of every blocked interval; the nearest free one wins (ties: the left).
  const candidates = blocked.flatMap(([lo, hi]) => [lo, hi]).filter((x) => !inside(x));
  candidates.sort((a, b) => Math.abs(a - wanted) - Math.abs(b - wanted) || a - b);
  return candidates[0] ?? wanted;
}

/** The row holding the box with this id. */
export function rowIndexOf(rows: readonly Row[], id: string): number {
  return rows.findIndex((row) => row.boxes.some((box) => box.id === id));
}
