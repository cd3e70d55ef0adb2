/**
 * The edges of a cascade (DESIGN.md §1): IMPLEMENTS followed up from the root and down again from every clause
 * reached, plus the root's CORRESPONDS_TO peers. Two ways to the same answer: over the per-version adjacency in
 * memory (cascadeAdjacency.ts), reading from the store only the root's peers and the edges the cut keeps; or, for a
 * runner whose answers are not kept (a transaction), in one Cypher walk. test/api/cascadeAdvance.test.ts compares
 * them on both stores after imports and reviews.
 */
import type { CypherRunner } from '../store/CypherStore';
import { defineStatement, runStatement } from '../store/statement';
import { cascadeImplements, implementsAdjacency } from './cascadeAdjacency';
import { EDGE_MAP, toClauseEdge, uniqueEdges } from './clauseEdges';
import { reader } from './rows';
import type { ClauseEdge } from './analysisTypes';
import type { VersionCache } from './versionCache';

/** What the walk and the counts read of an edge. */
export type EdgeEnds = Pick<ClauseEdge, 'id' | 'type' | 'from' | 'to'>;

/** Every edge of the cascade (unique, sorted by id), and the full edges between the clauses the cut keeps. */
export interface CascadeEdges {
  all: readonly EdgeEnds[];
  between(kept: ReadonlySet<string>): Promise<ClauseEdge[]>;
}

/** How far the walk goes: `up` steps above the root, `down` below every clause reached; peers or not. */
export interface WalkBounds {
  up: number;
  down: number;
  peers: boolean;
}

// The Cypher walk. The first part walks up from the root to every clause within `up` steps (`*0..4` includes the root
// itself) and from each of them down within `down` steps, and keeps each relationship once. The second part adds the
// root's CORRESPONDS_TO peers, matched by `$peersOf`, the root's id or null when peers are not asked for.
// CORRESPONDS_TO is stored once per unordered pair, so it is matched without direction. Var-length bounds cannot be
// parameters in Cypher, so the patterns have the maximum and `length(...)` applies the requested depth. Measured on
// grafeo 0.6 with the corpus: the root found by `{id: $id}` (with `root.id IN $ids` it expanded the paths of every
// clause and filtered them afterwards); a `WHERE $peers` filter instead of `$peersOf` turned the root's index lookup
// into a scan of every clause.
const walkStatement = defineStatement({
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

const peersStatement = defineStatement({
  name: 'repository.cascadePeers',
  cypher: `
    MATCH (root:Clause {id: $id})-[e:CORRESPONDS_TO]-(:Clause)
    RETURN ${EDGE_MAP} AS edge`,
  params: ['id'],
});

// The IMPLEMENTS edges leaving the clauses kept for another clause kept: a county clause has one or two, a measure
// none, so this reads about as many edges as it returns.
const keptImplementsStatement = defineStatement({
  name: 'repository.cascadeKeptEdges',
  cypher: `
    MATCH (a:Clause) WHERE a.id IN $ids
    MATCH (a)-[e:IMPLEMENTS]->(b:Clause) WHERE b.id IN $ids
    RETURN ${EDGE_MAP} AS edge`,
  params: ['ids'],
});

const read = reader('cascade');

const edgesOf = (rows: readonly Parameters<typeof read.map>[0][]) =>
  rows.map((row): ClauseEdge => toClauseEdge(read.map(row, 'edge')));

const bothKept = (kept: ReadonlySet<string>) => (edge: EdgeEnds) => kept.has(edge.from) && kept.has(edge.to);

/** The cascade's edges by the Cypher walk: every edge read whole. */
export async function walkedEdges(runner: CypherRunner, rootId: string, bounds: WalkBounds): Promise<CascadeEdges> {
  const rows = await runStatement(runner, walkStatement, {
    id: rootId,
    up: bounds.up,
    down: bounds.down,
    peersOf: bounds.peers ? rootId : null,
  });
  const all = uniqueEdges(edgesOf(rows));
  return { all, between: (kept) => Promise.resolve(all.filter(bothKept(kept))) };
}

/** The cascade's edges over the adjacency: ids for the walk, the store read for the peers and the kept edges only. */
export async function adjacentEdges(
  runner: CypherRunner,
  cache: VersionCache,
  rootId: string,
  bounds: WalkBounds,
): Promise<CascadeEdges> {
  const [adjacency, peers] = await Promise.all([
    implementsAdjacency(runner, cache),
    bounds.peers ? runStatement(runner, peersStatement, { id: rootId }).then(edgesOf) : [],
  ]);
  const implementing = cascadeImplements(adjacency, rootId, bounds.up, bounds.down).map(({ from, to }): EdgeEnds => ({
    id: `IMPLEMENTS:${from}->${to}`,
    type: 'IMPLEMENTS',
    from,
    to,
  }));
  const all = uniqueEdges([...implementing, ...peers]);
  const inCascade = new Set(all.map((edge) => edge.id));
  return {
    all,
    between: async (kept) => {
      const ids = [...kept];
      const rows = ids.length > 1 ? await runStatement(runner, keptImplementsStatement, { ids }) : [];
      const shown = edgesOf(rows).filter((edge) => inCascade.has(edge.id));
      return uniqueEdges([...shown, ...peers.filter(bothKept(kept))]);
    },
  };
}
