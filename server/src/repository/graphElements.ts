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
/** Edges a neighbourhood returns at most, so a hub (a region, a busy department) cannot flood the client. */
export const MAX_NEIGHBORHOOD_EDGES = 500;

export const EDGE_ROW = `{type: type(e), from: startNode(e).id, to: endNode(e).id, properties: properties(e)}`;

// Relationship types cannot be parameters, so the optional type filter is a list test on type(e). The depth is in
// the pattern, one statement per depth: a var-length bound cannot be a parameter either, and filtering longer paths
// afterwards would enumerate them all through hubs such as regions and departments. Ordered before the limit, so a
// cut neighbourhood is the same one on either store.
function neighborhoodStatement(depth: number) {
  return defineStatement({
    name: `repository.neighborhood${depth}`,
    cypher: `
    MATCH path = (start {id: $id})-[*1..${depth}]-()
    WHERE $types IS NULL OR all(e IN relationships(path) WHERE type(e) IN $types)
    UNWIND relationships(path) AS e
    WITH DISTINCT e
    RETURN ${EDGE_ROW} AS edge
    ORDER BY edge.type, edge.from, edge.to
    LIMIT $limit`,
    params: ['id', 'types', 'limit'],
  });
}

const neighborhoodStatements = [1, 2, 3].map(neighborhoodStatement);

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

export function shortProperties(properties: { [key: string]: CypherValue }): Record<string, unknown> {
  const short: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(properties)) {
    if (LONG_FIELDS.has(key)) continue;
    short[key] = typeof value === 'string' && value.length > MAX_STRING ? `${value.slice(0, MAX_STRING)}…` : value;
  }
  return short;
}

export function toEdge(value: CypherValue): GraphElementEdge {
  const edge = read.map({ value }, 'value');
  const type = read.str(edge, 'type');
  const from = read.str(edge, 'from');
  const to = read.str(edge, 'to');
  return { id: `${type}:${from}->${to}`, type, from, to, properties: { ...read.map(edge, 'properties') } };
}

/** The nodes with the given ids, short properties, by id; unknown ids left out. */
export async function elementNodes(runner: CypherRunner, ids: readonly string[]): Promise<GraphElementNode[]> {
  if (ids.length === 0) return [];
  const rows = await runStatement(runner, nodesStatement, { ids: [...new Set(ids)] });
  const nodes: GraphElementNode[] = rows.map((row) => ({
    id: read.str(row, 'id'),
    label: read.strList(row, 'labels')[0] ?? '',
    properties: shortProperties(read.map(row, 'properties')),
  }));
  return nodes.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

async function elementsOf(
  runner: CypherRunner,
  ids: string[],
  edges: GraphElementEdge[],
  truncated: boolean,
): Promise<GraphElements> {
  const unique = [...new Map(edges.map((edge) => [edge.id, edge])).values()];
  unique.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const nodes = await elementNodes(runner, [...ids, ...unique.flatMap((edge) => [edge.from, edge.to])]);
  return { nodes, edges: unique, truncated, limit: MAX_NEIGHBORHOOD_EDGES };
}

/**
 * Everything within `depth` hops of node `id`, optionally through the given relationship types only; at most
 * MAX_NEIGHBORHOOD_EDGES edges, `truncated` when there were more.
 */
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
  // One edge more than the limit tells whether the neighbourhood was cut.
  const params = { id, types: types && types.length > 0 ? [...types] : null, limit: MAX_NEIGHBORHOOD_EDGES + 1 };
  const statement = neighborhoodStatements[depth - 1];
  const rows = statement ? await runStatement(runner, statement, params) : [];
  const edges = rows.map((row) => toEdge(row.edge ?? null));
  const truncated = edges.length > MAX_NEIGHBORHOOD_EDGES;
  const elements = await elementsOf(runner, [id], edges.slice(0, MAX_NEIGHBORHOOD_EDGES), truncated);
  const empty = { nodes: [], edges: [], truncated: false, limit: MAX_NEIGHBORHOOD_EDGES };
  return elements.nodes.some((node) => node.id === id) ? elements : empty;
}
