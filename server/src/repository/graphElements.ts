/**
 * Neighbourhood and path as graph elements for Cytoscape (DESIGN.md §7). Nodes carry short properties (long texts
 * dropped, strings cut) so a view of a hundred nodes stays light; the full clause is one `clause(id)` away.
 */
import type { EdgeType } from '@policy-cascade/graph-seed';
import { NODE_LABELS } from '@policy-cascade/graph-seed';
import type { CypherRunner, CypherValue } from '../store/CypherStore';
import { defineStatement, runStatement } from '../store/statement';
import { RepositoryError, checkId, checkInt } from './errors';
import { reader } from './rows';
import type { GraphElementEdge, GraphElementNode, GraphElements } from './analysisTypes';
import { edgeId } from './clauseEdges';

export const MAX_NEIGHBORHOOD_DEPTH = 3;
/** Edges a neighbourhood returns at most, so a hub (a region, a busy department) cannot flood the client. */
export const MAX_NEIGHBORHOOD_EDGES = 500;

/**
 * That `variable` is a node of the graph model, any label: for reads that look a node up by id alone. A pattern
 * without a label scans every node on Neo4j (the path search's hop read all 24,000 nodes of 100 synthetic documents
 * per hop: 55–170 ms); a disjunction of labels is one id index seek per label there (7–11 ms), and grafeo answers it
 * as fast as before.
 */
export function anyLabel(variable: string): string {
  return `(${NODE_LABELS.map((label) => `${variable}:${label}`).join(' OR ')})`;
}

export const EDGE_ROW = `{type: type(e), from: startNode(e).id, to: endNode(e).id, properties: properties(e)}`;

// The neighbourhood grows one hop at a time from the nodes reached so far (a frontier), the edges of each hop read
// whole and ordered by id in code, until `depth` hops or the edge budget. One statement over all paths of up to
// `depth` hops enumerates every path through hubs (regions, departments) before DISTINCT and the limit; hop by hop
// reads each edge about once, and the budget keeps the nearest edges, the same ones on every store. The same edges
// either way: an edge lies on a path of at most `depth` hops exactly when one of its ends is fewer than `depth` hops
// away. Relationship types cannot be parameters, so the optional type filter is a list test on type(e).
const neighborhoodHop = defineStatement({
  name: 'repository.neighborhoodHop',
  cypher: `
    MATCH (n)-[e]-()
    WHERE ${anyLabel('n')} AND n.id IN $frontier AND ($types IS NULL OR type(e) IN $types)
    WITH DISTINCT e
    RETURN ${EDGE_ROW} AS edge`,
  params: ['frontier', 'types'],
});

const nodesStatement = defineStatement({
  name: 'repository.elementNodes',
  cypher: `
    MATCH (n) WHERE ${anyLabel('n')} AND n.id IN $ids
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
  return { id: edgeId(type, from, to), type, from, to, properties: { ...read.map(edge, 'properties') } };
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
 * MAX_NEIGHBORHOOD_EDGES edges, the nearer hops first and within a hop the first by id, `truncated` when there were
 * more.
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
  const { edges, truncated } = await growNeighborhood(runner, id, depth, types && types.length > 0 ? [...types] : null);
  const elements = await elementsOf(runner, [id], edges, truncated);
  const empty = { nodes: [], edges: [], truncated: false, limit: MAX_NEIGHBORHOOD_EDGES };
  return elements.nodes.some((node) => node.id === id) ? elements : empty;
}

/** The edges hop by hop from `id`; a hop with more new edges than the budget has left cuts the neighbourhood. */
async function growNeighborhood(
  runner: CypherRunner,
  id: string,
  depth: number,
  types: string[] | null,
): Promise<{ edges: GraphElementEdge[]; truncated: boolean }> {
  const edges = new Map<string, GraphElementEdge>();
  const reached = new Set([id]);
  let frontier = [id];
  for (let hop = 0; hop < depth && frontier.length > 0; hop += 1) {
    const rows = await runStatement(runner, neighborhoodHop, { frontier, types });
    const found = rows.map((row) => toEdge(row.edge ?? null)).filter((edge) => !edges.has(edge.id));
    found.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const room = MAX_NEIGHBORHOOD_EDGES - edges.size;
    for (const edge of found.slice(0, room)) edges.set(edge.id, edge);
    if (found.length > room) return { edges: [...edges.values()], truncated: true };
    frontier = [...new Set(found.flatMap((edge) => [edge.from, edge.to]))].filter((node) => !reached.has(node));
    frontier.forEach((node) => reached.add(node));
  }
  return { edges: [...edges.values()], truncated: false };
}
