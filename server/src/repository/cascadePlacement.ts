/**
 * Where the clauses of a cascade stand (DESIGN.md §1): each clause's distance from the root in IMPLEMENTS steps, and
 * the order in which the walk placed them (the cut keeps the first: cascadeLimit.ts).
 */
import { placedOrder } from './cascadeLimit';
import { appendTo } from './rows';
import type { EdgeEnds } from './cascadeLimit';

/** Every clause's distance from the root, and every clause in the order placed. */
export interface Placement {
  readonly distance: ReadonlyMap<string, number>;
  readonly order: readonly string[];
}

/**
 * Breadth-first from `start` (in order) over `steps`; nodes already in `found` keep their distance. The queue is read
 * by index: `shift()` moves every entry left, quadratic over a whole measure's thousands of clauses.
 */
function spread(found: Map<string, number>, start: string[], steps: (id: string) => { to: string; delta: number }[]) {
  const queue = [...start];
  for (let index = 0; index < queue.length; index++) {
    const next = queue[index] as string;
    const here = found.get(next) ?? 0;
    for (const { to, delta } of steps(next)) {
      if (found.has(to)) continue;
      found.set(to, here + delta);
      queue.push(to);
    }
  }
}

/**
 * Distance of every node from the root, in IMPLEMENTS steps: negative above it, positive below, 0 for a peer. The
 * same whichever direction was asked (issue 12): the clauses straight above the root are placed first, along
 * IMPLEMENTS only (the fewest steps up), then those straight below, then the root's CORRESPONDS_TO peers at 0, and
 * only then the rest (reached up and down again) from the nearest placed clause. Placing all at once along the
 * fewest edges of any kind put the province at −1 through a peer that implements it directly, −2 when asked UP.
 * Edges come sorted by id, so the answer is deterministic.
 */
function distances(rootId: string, edges: readonly EdgeEnds[]): Map<string, number> {
  const up = new Map<string, { to: string; delta: number }[]>();
  const down = new Map<string, { to: string; delta: number }[]>();
  const any = new Map<string, { to: string; delta: number }[]>();
  const add = (map: typeof up, from: string, to: string, delta: number) => appendTo(map, from, { to, delta });
  const peers: string[] = [];
  for (const edge of edges) {
    const delta = edge.type === 'IMPLEMENTS' ? 1 : 0;
    if (edge.type === 'IMPLEMENTS') {
      add(up, edge.from, edge.to, -1);
      add(down, edge.to, edge.from, 1);
    } else if (edge.type === 'CORRESPONDS_TO' && (edge.from === rootId || edge.to === rootId)) {
      peers.push(edge.from === rootId ? edge.to : edge.from);
    }
    add(any, edge.from, edge.to, -delta);
    add(any, edge.to, edge.from, delta);
  }
  const found = new Map([[rootId, 0]]);
  spread(found, [rootId], (id) => up.get(id) ?? []);
  spread(found, [rootId], (id) => down.get(id) ?? []);
  for (const peer of peers) if (!found.has(peer)) found.set(peer, 0);
  spread(found, [...found.keys()], (id) => any.get(id) ?? []);
  return found;
}

/** The distances of `edges` from `rootId` and the order the walk placed their clauses in. */
export function placement(rootId: string, edges: readonly EdgeEnds[]): Placement {
  const distance = distances(rootId, edges);
  return { distance, order: placedOrder(distance, edges) };
}
