/**
 * The cascade of a clause (DESIGN.md §1): IMPLEMENTS followed up towards the superior documents and down towards
 * the implementers, plus the root's CORRESPONDS_TO peers.
 */
import type { CypherRunner } from '../store/CypherStore';
import { defineStatement, runStatement } from '../store/statement';
import { clauseCards } from './clauseCards';
import { toClauseSummary } from './clauseSummaries';
import { EDGE_MAP, toClauseEdge, uniqueEdges } from './clauseEdges';
import { DEFAULT_CASCADE_NODES, MAX_CASCADE_NODES, levelsOf, placedOrder } from './cascadeLimit';
import { RepositoryError, checkId, checkInt } from './errors';
import { reader } from './rows';
import type { Cascade, CascadeDirection, ClauseEdge } from './analysisTypes';

/** The deepest cascade asked for; province → city → county is 2, so 4 leaves room for finer superior texts. */
export const MAX_CASCADE_DEPTH = 4;
const DIRECTIONS: readonly CascadeDirection[] = ['UP', 'DOWN', 'BOTH'];

// The legs in one statement. The first part walks up from the root to every clause within `up` steps (`*0..4`
// includes the root itself) and from each of them down within `down` steps, and keeps each relationship once: UP
// asks for down = 0, DOWN for up = 0, BOTH for both. The second part adds the root's CORRESPONDS_TO peers, matched
// by `$peersOf`, the root's id or null when peers are not asked for. CORRESPONDS_TO is stored once per unordered
// pair, so it is matched without direction. Var-length bounds cannot be parameters in Cypher, so the patterns have
// the maximum and `length(...)` applies the requested depth. Measured on grafeo 0.6 with the corpus: the root found
// by `{id: $id}` (with `root.id IN $ids` it expanded the paths of every clause and filtered them afterwards: 0.44
// against 0.14 ms of CPU for the up leg alone); this statement 0.26 ms against 1.1 ms for the three it replaces (up,
// down from the clauses reached, peers); a `WHERE $peers` filter instead of `$peersOf` turned the root's index
// lookup into a scan of every clause.
const cascadeStatement = defineStatement({
  name: 'repository.cascade',
  cypher: `
    MATCH above = (root:Clause {id: $id})-[:IMPLEMENTS*0..4]->(top:Clause)
    WHERE length(above) <= $up
    MATCH below = (top)<-[:IMPLEMENTS*0..4]-(:Clause)
    WHERE length(below) <= $down
    UNWIND relationships(above) + relationships(below) AS e
    WITH DISTINCT e
    RETURN ${EDGE_MAP} AS edge
    UNION ALL
    MATCH (root:Clause {id: $peersOf})-[e:CORRESPONDS_TO]-(:Clause)
    RETURN ${EDGE_MAP} AS edge`,
  params: ['id', 'up', 'down', 'peersOf'],
});

const read = reader('cascade');

export interface CascadeOptions {
  direction: CascadeDirection;
  depth: number;
  /** Clauses returned at most, the root included (cascadeLimit.ts; DEFAULT_CASCADE_NODES when not given). */
  limit?: number | null;
  /** Include the root's CORRESPONDS_TO peers (default true). */
  peers?: boolean;
}

async function cascadeEdges(runner: CypherRunner, id: string, options: CascadeOptions, depth: number) {
  const rows = await runStatement(runner, cascadeStatement, {
    id,
    up: options.direction === 'DOWN' ? 0 : depth,
    down: options.direction === 'UP' ? 0 : depth,
    peersOf: (options.peers ?? true) ? id : null,
  });
  return uniqueEdges(rows.map((row): ClauseEdge => toClauseEdge(read.map(row, 'edge'))));
}

/** Breadth-first from `start` (in order) over `steps`; nodes already in `found` keep their distance. */
function spread(found: Map<string, number>, start: string[], steps: (id: string) => { to: string; delta: number }[]) {
  const queue = [...start];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
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
export function distances(rootId: string, edges: readonly ClauseEdge[]): Map<string, number> {
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
  const edges = await cascadeEdges(runner, clauseId, options, depth);
  const distance = distances(clauseId, edges);
  const order = placedOrder(distance, edges);
  const kept = new Set(order.slice(0, limit));
  // One batch for the root and every node kept; an unknown root has no edges and no card.
  const cards = await clauseCards(runner, [clauseId, ...kept]);
  const nodes = cards.map(toClauseSummary);
  const root = nodes.find((node) => node.id === clauseId);
  if (!root) return null;
  return {
    root,
    nodes,
    edges: edges.filter((edge) => kept.has(edge.from) && kept.has(edge.to)),
    cards,
    distances: nodes.map((node) => distance.get(node.id) ?? 0),
    nodesTotal: order.length,
    edgesTotal: edges.length,
    levels: levelsOf(order, distance, kept),
  };
}
