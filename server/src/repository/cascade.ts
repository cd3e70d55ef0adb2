/**
 * The cascade of a clause (DESIGN.md §1): IMPLEMENTS followed up towards the superior documents and down towards
 * the implementers, plus the root's CORRESPONDS_TO peers.
 */
import type { CypherRunner } from '../store/CypherStore';
import { toClauseSummary } from './clauseSummaries';
import { adjacentEdges, walkedEdges } from './cascadeEdges';
import type { EdgeEnds } from './cascadeEdges';
import { DEFAULT_CASCADE_NODES, MAX_CASCADE_NODES, levelsOf, placedOrder } from './cascadeLimit';
import { RepositoryError, checkId, checkInt } from './errors';
import type { Cascade, CascadeDirection } from './analysisTypes';
import type { VersionCache } from './versionCache';

/** The deepest cascade asked for; province → city → county is 2, so 4 leaves room for finer superior texts. */
export const MAX_CASCADE_DEPTH = 4;
const DIRECTIONS: readonly CascadeDirection[] = ['UP', 'DOWN', 'BOTH'];

export interface CascadeOptions {
  direction: CascadeDirection;
  depth: number;
  /** Clauses returned at most, the root included (cascadeLimit.ts; DEFAULT_CASCADE_NODES when not given). */
  limit?: number | null;
  /** Include the root's CORRESPONDS_TO peers (default true). */
  peers?: boolean;
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
export function distances(rootId: string, edges: readonly EdgeEnds[]): Map<string, number> {
  const up = new Map<string, { to: string; delta: number }[]>();
  const down = new Map<string, { to: string; delta: number }[]>();
  const any = new Map<string, { to: string; delta: number }[]>();
  const add = (map: typeof up, from: string, to: string, delta: number) => {
    const known = map.get(from);
    if (known) known.push({ to, delta });
    else map.set(from, [{ to, delta }]);
  };
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

/**
 * The cascade of `clauseId`, or null when there is no such clause. UP follows IMPLEMENTS to the superior clauses,
 * DOWN to the clauses that implement it; BOTH goes up and then down again from every clause reached (the whole tree
 * of the measure: its superior clauses and every locality that carries them), each leg bounded by `depth`. Cut to
 * `limit` clauses nearest the root (cascadeLimit.ts), with the edges between them and the whole cascade's counts.
 */
export async function cascade(
  runner: CypherRunner,
  clauseId: string,
  options: CascadeOptions,
  cache?: VersionCache,
): Promise<Cascade | null> {
  checkId('cascade', 'clauseId', clauseId);
  const depth = checkInt('cascade', 'depth', options.depth, 1, MAX_CASCADE_DEPTH);
  if (!DIRECTIONS.includes(options.direction)) {
    throw new RepositoryError(
      'BAD_INPUT',
      `cascade: direction must be UP, DOWN or BOTH, got ${String(options.direction)}`,
    );
  }
  const limit = checkInt('cascade', 'limit', options.limit ?? DEFAULT_CASCADE_NODES, 1, MAX_CASCADE_NODES);
  const bounds = {
    up: options.direction === 'DOWN' ? 0 : depth,
    down: options.direction === 'UP' ? 0 : depth,
    peers: options.peers ?? true,
  };
  const edges = cache?.keeps
    ? await adjacentEdges(runner, cache, clauseId, bounds)
    : await walkedEdges(runner, clauseId, bounds);
  const distance = distances(clauseId, edges.all);
  const order = placedOrder(distance, edges.all);
  const kept = new Set(order.slice(0, limit));
  // One batch for the root and every node kept; an unknown root has no edges and no card.
  const [cards, shown] = await Promise.all([edges.cards([clauseId, ...kept]), edges.between(kept)]);
  const nodes = cards.map(toClauseSummary);
  const root = nodes.find((node) => node.id === clauseId);
  if (!root) return null;
  return {
    root,
    nodes,
    edges: shown,
    cards,
    distances: nodes.map((node) => distance.get(node.id) ?? 0),
    nodesTotal: order.length,
    edgesTotal: edges.all.length,
    levels: levelsOf(order, distance, kept),
  };
}
