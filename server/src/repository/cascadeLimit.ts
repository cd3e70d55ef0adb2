/**
 * A cascade cut to a number of clauses (issue 11): a measure carried down by a thousand localities cannot be drawn or
 * sent whole. The clauses kept are the first the distance walk placed (cascade.ts `distances`: breadth-first from
 * the root, the straight line up first), so every clause kept is joined to the root through kept clauses and the
 * drawing never shows a stray node; the counts of the whole cascade, per level, say what was left out.
 */
import type { CascadeLevel, ClauseEdge } from './analysisTypes';

/** What the walk and the counts read of an edge. */
export type EdgeEnds = Pick<ClauseEdge, 'id' | 'type' | 'from' | 'to'>;

/** Clauses a cascade returns unless asked otherwise, and at most. */
export const DEFAULT_CASCADE_NODES = 200;
export const MAX_CASCADE_NODES = 2000;

/** Every clause of the cascade in the order placed, then any edge end the walk did not place (none in practice). */
export function placedOrder(placed: ReadonlyMap<string, number>, edges: readonly EdgeEnds[]): string[] {
  const order = [...placed.keys()];
  const known = new Set(order);
  for (const edge of edges)
    for (const id of [edge.from, edge.to])
      if (!known.has(id)) {
        known.add(id);
        order.push(id);
      }
  return order;
}

/** Per distance, the clauses of the whole cascade and those kept: nearest the root first, above before below. */
export function levelsOf(
  order: readonly string[],
  placed: ReadonlyMap<string, number>,
  kept: ReadonlySet<string>,
): CascadeLevel[] {
  const levels = new Map<number, CascadeLevel>();
  for (const id of order) {
    const distance = placed.get(id) ?? 0;
    const level = levels.get(distance) ?? { distance, total: 0, shown: 0 };
    level.total += 1;
    if (kept.has(id)) level.shown += 1;
    levels.set(distance, level);
  }
  return [...levels.values()].sort((a, b) => Math.abs(a.distance) - Math.abs(b.distance) || a.distance - b.distance);
}
