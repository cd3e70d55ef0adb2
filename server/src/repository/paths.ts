/**
 * A shortest path between two nodes (issue 15 item 3), optionally through some relationship types only, as steps in
 * path order. Found by a breadth-first search from both ends, one statement per hop, rather than Cypher's
 * shortestPath: Grafeo applies a WHERE on shortestPath after choosing the path (so a typed search missed paths
 * Neo4j finds), relationship types cannot be parameters, and among paths of equal length the search here takes the
 * one through the smallest ids, so both stores give the same answer.
 */
import type { EdgeType } from '@policy-cascade/graph-seed';
import type { CypherRunner } from '../store/CypherStore';
import { defineStatement, runStatement } from '../store/statement';
import { RepositoryError, checkId, checkInt } from './errors';
import { EDGE_ROW, anyLabel, elementNodes, toEdge } from './graphElements';
import { reader } from './rows';
import type { GraphElementEdge, GraphPath, PathStep } from './analysisTypes';
import { edgeId } from './clauseEdges';

/** The longest path searched for, and the default; the schema states both (a test holds them equal). */
export const MAX_PATH_LENGTH = 8;
export const DEFAULT_PATH_LENGTH = 6;

const hopStatement = defineStatement({
  name: 'repository.pathHop',
  cypher: `
    MATCH (n)-[e]-(m)
    WHERE ${anyLabel('n')} AND n.id IN $frontier AND ($types IS NULL OR type(e) IN $types)
    RETURN n.id AS from, m.id AS to, type(e) AS type, startNode(e).id AS start`,
  params: ['frontier', 'types'],
});

const edgesStatement = defineStatement({
  name: 'repository.pathEdges',
  cypher: `
    UNWIND $edges AS wanted
    MATCH (a)-[e]->(b)
    WHERE ${anyLabel('a')} AND a.id = wanted.start AND b.id = wanted.end AND type(e) = wanted.type
    RETURN ${EDGE_ROW} AS edge`,
  params: ['edges'],
});

const existsStatement = defineStatement({
  name: 'repository.pathEnds',
  cypher: `
    MATCH (n) WHERE ${anyLabel('n')} AND n.id IN $ids
    RETURN n.id AS id`,
  params: ['ids'],
});

const read = reader('paths');

/** Code-point order, the same whatever the locale. */
const byText = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/** How a node was reached: the node before it and the edge between them. */
interface Reached {
  previous: string;
  type: string;
  start: string;
}

interface Side {
  /** Every node reached, with how (null for the side's origin). */
  reached: Map<string, Reached | null>;
  /** Hops from the origin to each node reached. */
  depthOf: Map<string, number>;
  frontier: string[];
  depth: number;
}

function origin(id: string): Side {
  return { reached: new Map([[id, null]]), depthOf: new Map([[id, 0]]), frontier: [id], depth: 0 };
}

/** Expands one side by a hop; the smallest ids first, so ties are broken the same way on every store. */
async function expand(runner: CypherRunner, side: Side, types: string[] | null): Promise<void> {
  const rows = await runStatement(runner, hopStatement, { frontier: side.frontier, types });
  const hops = rows.map((row) => ({
    from: read.str(row, 'from'),
    to: read.str(row, 'to'),
    type: read.str(row, 'type'),
    start: read.str(row, 'start'),
  }));
  hops.sort((a, b) => byText(a.from, b.from) || byText(a.type, b.type) || byText(a.to, b.to));
  const next: string[] = [];
  for (const hop of hops) {
    if (side.reached.has(hop.to)) continue;
    side.reached.set(hop.to, { previous: hop.from, type: hop.type, start: hop.start });
    side.depthOf.set(hop.to, side.depth + 1);
    next.push(hop.to);
  }
  side.frontier = next.sort();
  side.depth += 1;
}

/** The hops from a side's origin to `node`, origin first. */
function trail(side: Side, node: string): { from: string; to: string; type: string; start: string }[] {
  const hops = [];
  for (let at = node, step = side.reached.get(at); step; at = step.previous, step = side.reached.get(at)) {
    hops.push({ from: step.previous, to: at, type: step.type, start: step.start });
  }
  return hops.reverse();
}

type Hop = ReturnType<typeof trail>[number];

/** Searches from both ends until they meet; the hops of the path in order, or why there is none. */
async function search(runner: CypherRunner, fromId: string, toId: string, maxLength: number, types: string[] | null) {
  const a = origin(fromId);
  const b = origin(toId);
  while (a.depth + b.depth < maxLength) {
    if (a.frontier.length === 0 || b.frontier.length === 0) return { hops: null, exhausted: true };
    const side = a.frontier.length <= b.frontier.length ? a : b;
    const other = side === a ? b : a;
    await expand(runner, side, types);
    // Where the sides meet, the node nearest the other side's origin gives the shortest path; by id among equals.
    const met = side.frontier.filter((node) => other.reached.has(node));
    const nearer = (x: string, y: string) => (other.depthOf.get(x) ?? 0) - (other.depthOf.get(y) ?? 0) || byText(x, y);
    const [meeting] = met.sort(nearer);
    if (meeting !== undefined) {
      const reversed = (hops: Hop[]) => hops.reverse().map((hop) => ({ ...hop, from: hop.to, to: hop.from }));
      return { hops: [...trail(a, meeting), ...reversed(trail(b, meeting))], exhausted: false };
    }
  }
  return { hops: null, exhausted: a.frontier.length === 0 || b.frontier.length === 0 };
}

async function edgesOf(runner: CypherRunner, hops: Hop[]): Promise<Map<string, GraphElementEdge>> {
  const wanted = hops.map((hop) => ({
    type: hop.type,
    start: hop.start,
    end: hop.start === hop.from ? hop.to : hop.from,
  }));
  const rows = hops.length === 0 ? [] : await runStatement(runner, edgesStatement, { edges: wanted });
  return new Map(rows.map((row) => toEdge(row.edge ?? null)).map((edge) => [edge.id, edge]));
}

function checkTypes(types: readonly EdgeType[] | null | undefined): string[] | null {
  if (!types || types.length === 0) return null;
  if (types.some((type) => !/^[A-Z_]+$/.test(type))) {
    throw new RepositoryError('BAD_INPUT', `path: types must be relationship type names, got ${types.join(',')}`);
  }
  return [...types];
}

/**
 * A shortest path from `fromId` to `toId` of at most `maxLength` steps, each edge followed either way; null when
 * either node is not in the graph. Without a path, `found` is false and `truncated` tells whether the search stopped
 * at maxLength (a longer path may exist) or ran out of edges (none exists through the types asked).
 */
export async function path(
  runner: CypherRunner,
  fromId: string,
  toId: string,
  options: { types?: readonly EdgeType[] | null; maxLength?: number } = {},
): Promise<GraphPath | null> {
  checkId('path', 'from', fromId);
  checkId('path', 'to', toId);
  const maxLength = checkInt('path', 'maxLength', options.maxLength ?? DEFAULT_PATH_LENGTH, 1, MAX_PATH_LENGTH);
  const types = checkTypes(options.types);
  const ends = await runStatement(runner, existsStatement, { ids: [fromId, toId] });
  if (new Set(ends.map((row) => read.str(row, 'id'))).size < new Set([fromId, toId]).size) return null;
  const { hops, exhausted } =
    fromId === toId ? { hops: [], exhausted: false } : await search(runner, fromId, toId, maxLength, types);
  const found = hops ?? [];
  const [nodes, edges] = await Promise.all([
    elementNodes(runner, [fromId, ...found.map((hop) => hop.to)]),
    edgesOf(runner, found),
  ]);
  const nodeById = new Map(nodes.map((node) => [node.id, node]));
  const steps = found.flatMap((hop): PathStep[] => {
    const id = edgeId(hop.type, hop.start, hop.start === hop.from ? hop.to : hop.from);
    const [from, to, edge] = [nodeById.get(hop.from), nodeById.get(hop.to), edges.get(id)];
    return from && to && edge ? [{ from, to, edge, forward: edge.from === hop.from }] : [];
  });
  const ordered = hops === null ? [] : [fromId, ...found.map((hop) => hop.to)].flatMap((id) => nodeById.get(id) ?? []);
  return {
    found: hops !== null,
    length: hops === null ? null : steps.length,
    steps,
    nodes: ordered,
    edges: steps.map((step) => step.edge),
    truncated: hops === null && !exhausted,
    limit: maxLength,
  };
}
