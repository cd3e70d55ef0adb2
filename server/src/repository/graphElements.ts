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

// The neighbourhood grows one hop at a time from the nodes reached so far (a frontier), the edges of each hop read
// whole and ordered by id in code, until `depth` hops or the edge budget. One statement for all paths of up to
// `depth` hops with a LIMIT returned whichever edges each engine enumerated first (11 of 123 neighbourhoods
// differed between grafeo and Neo4j on 100 synthetic documents); hop by hop, the budget keeps the nearest edges and
// the answer is the same on every store. The same edges either way: an edge lies on a path of at most `depth` hops
// exactly when one of its ends is fewer than `depth` hops away. Relationship types cannot be parameters, so the
// optional type filter is a list test on type(e).
const neighborhoodHop = defineStatement({
  name: 'repository.neighborhoodHop',
  cypher: `
    MATCH (n)-[e]-()
    WHERE n.id IN $frontier AND ($types IS NULL OR type(e) IN $types)
    WITH DISTINCT e
    RETURN ${EDGE_ROW} AS edge`,
  params: ['frontier', 'types'],
});

// Every shortest path, not shortestPath's one: when several are equally short, each store returns the first it
// meets (grafeo and Neo4j 5.26 disagreed on 28 of 61 corpus pairs), so path() keeps the first by edge ids.
const pathStatement = defineStatement({
  name: 'repository.path',
  cypher: `
    MATCH (a {id: $from}), (b {id: $to})
    MATCH path = allShortestPaths((a)-[*..8]-(b))
    RETURN [e IN relationships(path) | ${EDGE_ROW}] AS edges`,
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

/**
 * Everything within `depth` hops of node `id`, optionally through the given relationship types only; past
 * MAX_NEIGHBORHOOD_EDGES edges, the nearer hops are kept, and within a hop the first edges by id.
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
  const typeList = types && types.length > 0 ? [...types] : null;
  const edges = new Map<string, GraphElementEdge>();
  const reached = new Set([id]);
  let frontier = [id];
  for (let hop = 0; hop < depth && frontier.length > 0 && edges.size < MAX_NEIGHBORHOOD_EDGES; hop += 1) {
    const rows = await runStatement(runner, neighborhoodHop, { frontier, types: typeList });
    const found = rows.map((row) => toEdge(row.edge ?? null)).filter((edge) => !edges.has(edge.id));
    found.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const edge of found.slice(0, MAX_NEIGHBORHOOD_EDGES - edges.size)) edges.set(edge.id, edge);
    frontier = [...new Set(found.flatMap((edge) => [edge.from, edge.to]))].filter((node) => !reached.has(node));
    frontier.forEach((node) => reached.add(node));
  }
  const elements = await elementsOf(runner, [id], [...edges.values()]);
  return elements.nodes.some((node) => node.id === id) ? elements : { nodes: [], edges: [] };
}

/**
 * A shortest path between two nodes (any relationship, either direction), empty when none within 8 hops; of several
 * equally short ones, the first by edge ids.
 */
export async function path(runner: CypherRunner, fromId: string, toId: string): Promise<GraphElements> {
  checkId('path', 'fromId', fromId);
  checkId('path', 'toId', toId);
  // Neo4j refuses shortestPath between a node and itself; the answer is the node alone.
  if (fromId === toId) return elementsOf(runner, [fromId], []);
  const rows = await runStatement(runner, pathStatement, { from: fromId, to: toId });
  const paths = rows.map((row) => read.list(row, 'edges').map(toEdge));
  const first = paths.reduce<GraphElementEdge[] | undefined>(
    (best, candidate) => (best === undefined || pathKey(candidate) < pathKey(best) ? candidate : best),
    undefined,
  );
  return first ? elementsOf(runner, [], first) : { nodes: [], edges: [] };
}

/** Orders equally short paths: by their edge ids, from `fromId` on. */
function pathKey(edges: GraphElementEdge[]): string {
  return edges.map((edge) => edge.id).join('\n');
}
