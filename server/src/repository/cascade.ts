/**
 * The cascade of a clause (DESIGN.md §1): IMPLEMENTS followed up towards the superior documents and down towards
 * the implementers, plus the root's CORRESPONDS_TO peers.
 */
import type { CypherRunner } from '../store/CypherStore';
import { defineStatement, runStatement } from '../store/statement';
import { clauseCards } from './clauseCards';
import { toClauseSummary } from './clauseSummaries';
import { EDGE_MAP, toClauseEdge, uniqueEdges } from './clauseEdges';
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

/**
 * Distance of every node from the root along the fewest edges: an IMPLEMENTS step up (towards the superior clause)
 * counts −1, a step down +1, a CORRESPONDS_TO step 0. Edges come sorted by id, so the answer is deterministic.
 */
export function distances(rootId: string, edges: readonly ClauseEdge[]): Map<string, number> {
  const steps = new Map<string, { to: string; delta: number }[]>();
  const add = (from: string, to: string, delta: number) => {
    const known = steps.get(from);
    if (known) known.push({ to, delta });
    else steps.set(from, [{ to, delta }]);
  };
  for (const edge of edges) {
    const delta = edge.type === 'IMPLEMENTS' ? 1 : 0;
    add(edge.from, edge.to, -delta);
    add(edge.to, edge.from, delta);
  }
  const found = new Map([[rootId, 0]]);
  const queue = [rootId];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    const here = found.get(next) ?? 0;
    for (const { to, delta } of steps.get(next) ?? []) {
      if (found.has(to)) continue;
      found.set(to, here + delta);
      queue.push(to);
    }
  }
  return found;
}

/**
 * The cascade of `clauseId`, or null when there is no such clause. UP follows IMPLEMENTS to the superior clauses,
 * DOWN to the clauses that implement it; BOTH goes up and then down again from every clause reached (the whole tree
 * of the measure: its superior clauses and every locality that carries them), each leg bounded by `depth`.
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
  const edges = await cascadeEdges(runner, clauseId, options, depth);
  // One batch for the root and every node reached; an unknown root has no edges and no card.
  const cards = await clauseCards(runner, [clauseId, ...edges.flatMap((edge) => [edge.from, edge.to])]);
  const nodes = cards.map(toClauseSummary);
  const root = nodes.find((node) => node.id === clauseId);
  if (!root) return null;
  const distance = distances(clauseId, edges);
  return { root, nodes, edges, cards, distances: nodes.map((node) => distance.get(node.id) ?? 0) };
}
