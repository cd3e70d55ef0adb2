/**
 * Puts a force layout's nodes into rows that fit the canvas, so its edges are routed like the layered layouts'
 * (edgeRoutes.ts needs rows with free gaps between them) and the drawing opens whole at a readable zoom. fcose
 * decides who sits beside whom (the left-to-right order of its x); the rows are the IMPLEMENTS levels — a node one
 * row below the lowest superior it implements, a node with only peers (CORRESPONDS_TO) in its peer's row — so the
 * superior stays on top. A row wider than `maxWidth` is wrapped onto the next row down, every row is packed side by
 * side and centred, and rows come closer (down to `minLaneHeight`) for the drawing to fit `maxHeight`.
 */
import type { Box, Point } from './geometry';

export interface ForceRowOptions {
  /** Distance between the centres of two rows, and the least it may shrink to for the rows to fit `maxHeight`. */
  laneHeight: number;
  minLaneHeight: number;
  /** Horizontal gap between neighbours in a row. */
  gap: number;
  /** The widest a row may be and the tallest the drawing should be (the canvas at a readable zoom, model units). */
  maxWidth: number;
  maxHeight: number;
}

export interface ForceEdge {
  source: string;
  target: string;
  /** IMPLEMENTS ranks (target above source); peers share a row. */
  ranks: boolean;
}

/** The new centre of every box. */
export function forceRows(
  boxes: readonly Box[],
  edges: readonly ForceEdge[],
  options: ForceRowOptions,
): Map<string, Point> {
  const level = levelsOf(
    boxes.map((b) => b.id),
    edges,
  );
  const byLevel = new Map<number, Box[]>();
  for (const box of boxes) {
    const row = byLevel.get(level.get(box.id) ?? 0);
    if (row) row.push(box);
    else byLevel.set(level.get(box.id) ?? 0, [box]);
  }
  const step = Math.max(...boxes.map((b) => b.w)) + options.gap;
  const perRow = Math.max(1, Math.floor((options.maxWidth + options.gap) / step));
  const rows = [...byLevel.keys()]
    .sort((a, b) => a - b)
    .flatMap((key) =>
      chunks(
        [...byLevel.get(key)!].sort((a, b) => a.x - b.x || a.id.localeCompare(b.id)),
        perRow,
      ),
    );
  const tallest = Math.max(...boxes.map((b) => b.h));
  const fitting = rows.length > 1 ? (options.maxHeight - tallest) / (rows.length - 1) : options.laneHeight;
  const lane = Math.min(options.laneHeight, Math.max(options.minLaneHeight, fitting));
  const placed = new Map<string, Point>();
  rows.forEach((row, index) => {
    const first = (-(row.length - 1) * step) / 2;
    row.forEach((box, i) => placed.set(box.id, { x: first + i * step, y: index * lane }));
  });
  return placed;
}

/**
 * Level of every node: 0 for a node implementing nothing drawn, else one more than the deepest superior it
 * implements (longest path, cycles cut after as many rounds as there are nodes); a node with no IMPLEMENTS edge takes
 * its first peer's level.
 */
function levelsOf(ids: readonly string[], edges: readonly ForceEdge[]): Map<string, number> {
  const level = new Map(ids.map((id) => [id, 0]));
  const ranking = edges.filter((e) => e.ranks && level.has(e.source) && level.has(e.target));
  for (let round = 0; round < ids.length; round++) {
    let changed = false;
    for (const e of ranking) {
      const below = level.get(e.target)! + 1;
      if (level.get(e.source)! < below) {
        level.set(e.source, below);
        changed = true;
      }
    }
    if (!changed) break;
  }
  const ranked = new Set(ranking.flatMap((e) => [e.source, e.target]));
  for (const e of edges) {
    if (e.ranks) continue;
    const [unranked, peer] = ranked.has(e.source) ? [e.target, e.source] : [e.source, e.target];
    if (!ranked.has(unranked) && ranked.has(peer)) {
      level.set(unranked, level.get(peer)!);
      ranked.add(unranked);
    }
  }
  return level;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
