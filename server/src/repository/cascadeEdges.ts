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
import { shownMemo } from './cascadeMemo';
import type { Walk } from './cascadeMemo';
import { clauseCards } from './clauseCards';
import { EDGE_MAP, edgeId, edgeList, edgeOfList, toClauseEdge, uniqueEdges } from './clauseEdges';
import { reader } from './rows';
import { placement } from './cascadePlacement';
import type { Placement } from './cascadePlacement';
import type { ClauseEdge } from './analysisTypes';
import type { ClauseCard, HeadCard } from './types';
import type { VersionCache } from './versionCache';

import type { EdgeEnds } from './cascadeLimit';

export type { EdgeEnds } from './cascadeLimit';

/**
 * Every edge of the cascade (unique, sorted by id) and, when known, where the walk placed their clauses; the full
 * edges between the clauses the cut keeps, their cards.
 */
export interface CascadeEdges {
  all: readonly EdgeEnds[];
  placement?: Placement;
  between(kept: ReadonlySet<string>): Promise<ClauseEdge[]>;
  cards(ids: readonly string[]): Promise<ClauseCard[]>;
  /** As `cards`, with the clauses' heads only (whole clauses where they are at hand). */
  heads(ids: readonly string[]): Promise<HeadCard[]>;
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

// The root's peers as ids: a clause corresponds to many (one per locality carrying the same measure), and the walk
// and the counts read their ends only. Matched once per direction, the ends being the matched nodes: an undirected
// match answering `startNode(e).id` and `endNode(e).id` cost grafeo four times as much (at 1,000 documents, 3.7
// against 0.9 ms of CPU for a root's 480 peers). No edge is found twice: CORRESPONDS_TO never joins a clause to
// itself (graph-seed's peerEdges joins two peers; a review naming one clause twice is refused).
const peersStatement = defineStatement({
  name: 'repository.cascadePeers',
  cypher: `
    MATCH (root:Clause {id: $id})-[:CORRESPONDS_TO]->(peer:Clause)
    RETURN root.id AS from, peer.id AS to
    UNION ALL
    MATCH (root:Clause {id: $id})<-[:CORRESPONDS_TO]-(peer:Clause)
    RETURN peer.id AS from, root.id AS to`,
  params: ['id'],
});

// The edges between the clauses kept, whole: the IMPLEMENTS edges leaving a clause kept for another (a county clause
// has one or two, a measure none, so this reads about as many edges as it returns), and the root's peers kept
// (`$peersOf` null when peers are not asked for), once per direction as above.
// Each edge as a list whose ends are the matched nodes (clauseEdges.ts `edgeList`).
const keptEdgesStatement = defineStatement({
  name: 'repository.cascadeKeptEdges',
  cypher: `
    MATCH (a:Clause) WHERE a.id IN $ids
    MATCH (a)-[e:IMPLEMENTS]->(b:Clause) WHERE b.id IN $ids
    RETURN ${edgeList('a', 'b')} AS edge
    UNION ALL
    MATCH (root:Clause {id: $peersOf})-[e:CORRESPONDS_TO]->(b:Clause) WHERE b.id IN $ids
    RETURN ${edgeList('root', 'b')} AS edge
    UNION ALL
    MATCH (root:Clause {id: $peersOf})<-[e:CORRESPONDS_TO]-(b:Clause) WHERE b.id IN $ids
    RETURN ${edgeList('b', 'root')} AS edge`,
  params: ['ids', 'peersOf'],
});

const read = reader('cascade');

const edgesOf = (rows: readonly Parameters<typeof read.map>[0][]) =>
  rows.map((row): ClauseEdge => toClauseEdge(read.map(row, 'edge')));

const listedEdgesOf = (rows: readonly Parameters<typeof read.list>[0][]) =>
  rows.map((row): ClauseEdge => edgeOfList(read.list(row, 'edge')));

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
  return {
    all,
    between: (kept) => Promise.resolve(all.filter(bothKept(kept))),
    cards: (ids) => clauseCards(runner, ids),
    heads: (ids) => clauseCards(runner, ids),
  };
}

/** The memo's key of a walk: the root and the bounds. */
const walkKey = (rootId: string, { up, down, peers }: WalkBounds) => `${rootId} ${up} ${down} ${peers}`;

/**
 * The cascade's edges over the adjacency: ids for the walk and the counts; the kept edges and the cards read whole,
 * from the memo of what cascades showed (cascadeMemo.ts), the store asked only for those the memo lacks.
 */
export async function adjacentEdges(
  runner: CypherRunner,
  cache: VersionCache,
  rootId: string,
  bounds: WalkBounds,
): Promise<CascadeEdges> {
  // The store's version before the adjacency is asked: a walk is kept only when no write came since.
  const version = cache.storeVersion;
  const [adjacency, memo] = await Promise.all([implementsAdjacency(runner, cache), shownMemo(cache)]);
  const readPeers = async () =>
    (await runStatement(runner, peersStatement, { id: rootId })).map((row) => ({
      from: read.str(row, 'from'),
      to: read.str(row, 'to'),
    }));
  const ends = (type: EdgeEnds['type'], from: string, to: string): EdgeEnds => ({
    id: edgeId(type, from, to),
    type,
    from,
    to,
  });
  const walk = async (): Promise<Walk> => {
    const peers = bounds.peers ? await memo.peersOf(rootId, readPeers) : [];
    const edges = uniqueEdges([
      ...cascadeImplements(adjacency, rootId, bounds.up, bounds.down).map(({ from, to }) =>
        ends('IMPLEMENTS', from, to),
      ),
      ...peers.map(({ from, to }) => ends('CORRESPONDS_TO', from, to)),
    ]);
    return { rootId, all: edges, placed: placement(rootId, edges) };
  };
  const { all, placed } = await memo.walkOf(walkKey(rootId, bounds), walk, () => cache.storeVersion === version);
  return {
    all,
    placement: placed,
    between: async (kept) => {
      const wanted = all.filter(bothKept(kept));
      if (wanted.length === 0) return [];
      // Only the edges the memo lacks (after an import, those at the clauses it wrote), read between their ends.
      const read = async (missing: readonly string[]) => {
        const asked = new Set(missing);
        const reading = wanted.filter((edge) => asked.has(edge.id));
        const rows = await runStatement(runner, keptEdgesStatement, {
          ids: [...new Set(reading.flatMap((edge) => [edge.from, edge.to]))],
          peersOf: bounds.peers && reading.some((edge) => edge.type === 'CORRESPONDS_TO') ? rootId : null,
        });
        return listedEdgesOf(rows).filter((edge) => asked.has(edge.id));
      };
      return uniqueEdges(
        await memo.edgesOf(
          wanted.map((edge) => edge.id),
          read,
        ),
      );
    },
    cards: (ids) => memo.cardsOf(runner, ids),
    heads: (ids) => memo.headCardsOf(runner, ids),
  };
}
