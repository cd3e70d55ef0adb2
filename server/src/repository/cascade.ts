/**
 * The cascade of a clause (DESIGN.md §1): IMPLEMENTS followed up towards the superior documents and down towards
 * the implementers, plus the root's CORRESPONDS_TO peers.
 */
import type { CypherRunner } from '../store/CypherStore';
import { defineStatement, runStatement } from '../store/statement';
import { clauseSummaries } from './clauseSummaries';
import { EDGE_MAP, toClauseEdge, uniqueEdges } from './clauseEdges';
import { RepositoryError, checkId, checkInt } from './errors';
import { reader } from './rows';
import type { Cascade, CascadeDirection, ClauseEdge } from './types';

/** The deepest cascade asked for; province → city → county is 2, so 4 leaves room for finer superior texts. */
export const MAX_CASCADE_DEPTH = 4;
const DIRECTIONS: readonly CascadeDirection[] = ['UP', 'DOWN', 'BOTH'];

// Var-length bounds cannot be parameters in Cypher, so the pattern has the maximum and `length(path)` applies the
// requested depth.
const upStatement = defineStatement({
  name: 'repository.cascadeUp',
  cypher: `
    MATCH path = (root:Clause)-[:IMPLEMENTS*1..4]->(:Clause)
    WHERE root.id IN $ids AND length(path) <= $depth
    RETURN [e IN relationships(path) | ${EDGE_MAP}] AS edges`,
  params: ['ids', 'depth'],
});

const downStatement = defineStatement({
  name: 'repository.cascadeDown',
  cypher: `
    MATCH path = (root:Clause)<-[:IMPLEMENTS*1..4]-(:Clause)
    WHERE root.id IN $ids AND length(path) <= $depth
    RETURN [e IN relationships(path) | ${EDGE_MAP}] AS edges`,
  params: ['ids', 'depth'],
});

// CORRESPONDS_TO is stored once per unordered pair, so it is matched without direction.
const peersStatement = defineStatement({
  name: 'repository.cascadePeers',
  cypher: `
    MATCH (root:Clause {id: $id})-[e:CORRESPONDS_TO]-(:Clause)
    RETURN [${EDGE_MAP}] AS edges`,
  params: ['id'],
});

const read = reader('cascade');

async function edgesOf(
  runner: CypherRunner,
  statement: typeof upStatement | typeof peersStatement,
  params: Record<string, unknown>,
): Promise<ClauseEdge[]> {
  const rows = await runStatement(runner, statement, params);
  return rows.flatMap((row) => read.list(row, 'edges').map((value) => toClauseEdge(read.map({ value }, 'value'))));
}

export interface CascadeOptions {
  direction: CascadeDirection;
  depth: number;
  /** Include the root's CORRESPONDS_TO peers (default true). */
  peers?: boolean;
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
  const edges: ClauseEdge[] = [];
  if (options.direction !== 'DOWN') edges.push(...(await edgesOf(runner, upStatement, { ids: [clauseId], depth })));
  const downFrom = options.direction === 'UP' ? [] : [clauseId];
  if (options.direction === 'BOTH') downFrom.push(...edges.map((edge) => edge.to));
  if (downFrom.length > 0) {
    edges.push(...(await edgesOf(runner, downStatement, { ids: [...new Set(downFrom)], depth })));
  }
  if (options.peers ?? true) edges.push(...(await edgesOf(runner, peersStatement, { id: clauseId })));
  const unique = uniqueEdges(edges);
  // One batch for the root and every node reached; an unknown root has no edges and no summary.
  const nodes = await clauseSummaries(runner, [clauseId, ...unique.flatMap((edge) => [edge.from, edge.to])]);
  const root = nodes.find((node) => node.id === clauseId);
  if (!root) return null;
  return { root, nodes, edges: unique };
}
