/**
 * Neighbourhood and path as graph elements for Cytoscape (DESIGN.md §7). Nodes carry short properties (long texts
 * dropped, strings cut) so a view of a hundred nodes stays light; the full clause is one `clause(id)` away.
 */
import type { EdgeType } from '@policy-cascade/graph-seed';
import type { CypherRunner, CypherValue } from '../store/CypherStore';
import { defineStatement, runStatement } from '../store/statement';
import { RepositoryError, checkId, checkInt } from './errors';
import { reader } from './rows';
import type { GraphElementEdge, GraphElementNode, GraphElements } from './analysisTypes';

export const MAX_NEIGHBORHOOD_DEPTH = 3;
/** Hops a path may take; beyond this, two nodes are reported as unconnected. */
export const MAX_PATH_LENGTH = 8;
/** Edges a neighbourhood returns at most, so a hub (a region, a busy department) cannot flood the client. */
export const MAX_NEIGHBORHOOD_EDGES = 500;

const EDGE_ROW = `{type: type(e), from: startNode(e).id, to: endNode(e).id, properties: properties(e)}`;

// Relationship types cannot be parameters, so the optional type filter is a list test on type(e). The depth is in
// the pattern, one statement per depth: a var-length bound cannot be a parameter either, and filtering longer paths
// afterwards would enumerate them all through hubs such as regions and departments.
function neighborhoodStatement(depth: number) {
  return defineStatement({
    name: `repository.neighborhood${depth}`,
    cypher: `
    MATCH path = (start {id: $id})-[*1..${depth}]-()
    WHERE $types IS NULL OR all(e IN relationships(path) WHERE type(e) IN $types)
    UNWIND relationships(path) AS e
    WITH DISTINCT e
    RETURN ${EDGE_ROW} AS edge
    LIMIT $limit`,
    params: ['id', 'types', 'limit'],
  });
}

const neighborhoodStatements = [1, 2, 3].map(neighborhoodStatement);

const pathStatement = defineStatement({
  name: 'repository.path',
  cypher: `
    MATCH (a {id: $from}), (b {id: $to})
    MATCH path = shortestPath((a)-[*..8]-(b))
    RETURN [e IN relationships(path) | ${EDGE_ROW}] AS edges
    LIMIT 1`,
  params: ['from', 'to'],
});

const nodesStatement = defineStatement({
  name: 'repository.elementNodes',
  cypher: `
    MATCH (n) WHERE n.id IN $ids
    RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties`,
  params: ['ids'],
});

const read = reader('graphElements');
const LONG_FIELDS = new Set(['text', 'textSimplified', 'preamble', 'validity']);
const MAX_STRING = 60;

function shortProperties(properties: { [key: string]: CypherValue }): Record<string, unknown> {
  const short: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(properties)) {
    if (LONG_FIELDS.has(key)) continue;
    short[key] = typeof value === 'string' && value.length > MAX_STRING ? `${value.slice(0, MAX_STRING)}…` : value;
  }
  return short;
}

function toEdge(value: CypherValue): GraphElementEdge {
  const edge = read.map({ value }, 'value');
  const type = read.str(edge, 'type');
  const from = read.str(edge, 'from');
  const to = read.str(edge, 'to');
  return { id: `${type}:${from}->${to}`, type, from, to, properties: { ...read.map(edge, 'properties') } };
}

async function elementsOf(runner: CypherRunner, ids: string[], edges: GraphElementEdge[]): Promise<GraphElements> {
  const unique = [...new Map(edges.map((edge) => [edge.id, edge])).values()];
  unique.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const nodeIds = [...new Set([...ids, ...unique.flatMap((edge) => [edge.from, edge.to])])];
  const rows = await runStatement(runner, nodesStatement, { ids: nodeIds });
  const nodes: GraphElementNode[] = rows.map((row) => ({
    id: read.str(row, 'id'),
    label: read.strList(row, 'labels')[0] ?? '',
    properties: shortProperties(read.map(row, 'properties')),
  }));
  nodes.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { nodes, edges: unique };
}

/** Everything within `depth` hops of node `id`, optionally through the given relationship types only. */
export async function neighborhood(
  runner: CypherRunner,
  id: string,
  depth: number,
  types?: readonly EdgeType[] | null,
): Promise<GraphElements> {
  checkId('neighborhood', 'id', id);
  checkInt('neighborhood', 'depth', depth, 1, MAX_NEIGHBORHOOD_DEPTH);
  if (types && types.some((type) => !/^[A-Z_]+$/.test(type))) {
    throw new RepositoryError(
      'BAD_INPUT',
      `neighborhood: types must be relationship type names, got ${types.join(',')}`,
    );
  }
  const params = { id, types: types && types.length > 0 ? [...types] : null, limit: MAX_NEIGHBORHOOD_EDGES };
  const statement = neighborhoodStatements[depth - 1];
  const rows = statement ? await runStatement(runner, statement, params) : [];
  const elements = await elementsOf(
    runner,
    [id],
    rows.map((row) => toEdge(row.edge ?? null)),
  );
  return elements.nodes.some((node) => node.id === id) ? elements : { nodes: [], edges: [] };
}

/** A shortest path between two nodes (any relationship, either direction), empty when none within 8 hops. */
export async function path(runner: CypherRunner, fromId: string, toId: string): Promise<GraphElements> {
  checkId('path', 'fromId', fromId);
  checkId('path', 'toId', toId);
  // Neo4j refuses shortestPath between a node and itself; the answer is the node alone.
  if (fromId === toId) return elementsOf(runner, [fromId], []);
  const [row] = await runStatement(runner, pathStatement, { from: fromId, to: toId });
  if (!row) return { nodes: [], edges: [] };
  return elementsOf(runner, [], read.list(row, 'edges').map(toEdge));
}
