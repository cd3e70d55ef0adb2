/**
 * The cascade of a clause (DESIGN.md §1): IMPLEMENTS followed up towards the superior documents and down towards
 * the implementers, plus the root's CORRESPONDS_TO peers.
 */
import type { CypherRunner } from '../store/CypherStore';
import { toClauseSummary } from './clauseSummaries';
import { adjacentEdges, walkedEdges } from './cascadeEdges';
import { DEFAULT_CASCADE_NODES, MAX_CASCADE_NODES, levelsOf } from './cascadeLimit';
import { placement } from './cascadePlacement';
import { RepositoryError, checkId, checkInt } from './errors';
import type { CascadeEdges } from './cascadeEdges';
import type { Cascade, CascadeDirection } from './analysisTypes';
import type { HeadCard } from './types';
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
 * The cascade of `clauseId`, or null when there is no such clause. UP follows IMPLEMENTS to the superior clauses,
 * DOWN to the clauses that implement it; BOTH goes up and then down again from every clause reached (the whole tree
 * of the measure: its superior clauses and every locality that carries them), each leg bounded by `depth`. Cut to
 * `limit` clauses nearest the root (cascadeLimit.ts), with the edges between them and the whole cascade's counts.
 */
export function cascade(
  runner: CypherRunner,
  clauseId: string,
  options: CascadeOptions,
  cache?: VersionCache,
): Promise<Cascade | null> {
  return cascadeOf(runner, clauseId, options, cache, (edges, ids) => edges.cards(ids));
}

/**
 * As `cascade`, with the heads of the clauses only (ClauseHead: no texts, inferred sources or offers), for a query
 * that shows none of those: the first cascade of a measure reads its 200 clauses for half the cost.
 */
export function cascadeHeads(
  runner: CypherRunner,
  clauseId: string,
  options: CascadeOptions,
  cache?: VersionCache,
): Promise<Cascade<HeadCard> | null> {
  return cascadeOf(runner, clauseId, options, cache, (edges, ids) => edges.heads(ids));
}

async function cascadeOf<Card extends HeadCard>(
  runner: CypherRunner,
  clauseId: string,
  options: CascadeOptions,
  cache: VersionCache | undefined,
  cardsOf: (edges: CascadeEdges, ids: readonly string[]) => Promise<Card[]>,
): Promise<Cascade<Card> | null> {
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
  const { distance, order } = edges.placement ?? placement(clauseId, edges.all);
  const kept = new Set(order.slice(0, limit));
  // One batch for the root and every node kept; an unknown root has no edges and no card.
  const [cards, shown] = await Promise.all([cardsOf(edges, [clauseId, ...kept]), edges.between(kept)]);
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
