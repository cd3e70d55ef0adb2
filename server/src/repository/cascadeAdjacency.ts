/**
 * Every IMPLEMENTS edge between clauses as ids only, per store version (issue 11): the cascade's walk and its counts
 * run over it in memory, and the store is asked only for what the cascade shows (cascade.ts). Walking the cascade in
 * Cypher cost a whole measure's paths on every request (at 1,000 documents some 60 ms of a 70 ms cascade); the whole
 * adjacency of 1,000 documents (45,000 edges) is one read of ids.
 *
 * After a write that left a note (graphChanges.ts) the adjacency is brought forward instead of read whole again. The
 * note lists the nodes added, changed or removed and every edge added, changed or removed. An IMPLEMENTS edge changes
 * only when it is one of those edges — then its start's outgoing edges are read again — or when its end was removed
 * (DETACH DELETE takes the edges with it). So: the outgoing edges of the noted nodes and of the noted IMPLEMENTS
 * edges' starts are read again; a noted node that is no longer a clause loses its edges; and a noted clause whose
 * incoming edges the store counts fewer than the adjacency holds (removed, then written again before the next read)
 * has them read again. An import's note names thousands of clauses at the ends of its CORRESPONDS_TO edges; this
 * reads none of them. test/api/cascadeAdvance.test.ts compares the advanced cascades with the Cypher walk.
 */
import type { CypherRunner } from '../store/CypherStore';
import { defineStatement, runStatement } from '../store/statement';
import { eachInTurns } from '../store/turns';
import type { GraphChange } from './graphChanges';
import { reader } from './rows';
import type { VersionCache } from './versionCache';

/** IMPLEMENTS between clauses: `up` from the implementing clause to those it implements, `down` the other way. */
export interface ImplementsAdjacency {
  readonly up: Map<string, string[]>;
  readonly down: Map<string, string[]>;
}

const allStatement = defineStatement({
  name: 'repository.cascadeAdjacency',
  cypher: 'MATCH (a:Clause)-[:IMPLEMENTS]->(b:Clause) RETURN a.id AS from, b.id AS to',
  params: [],
});

// The ids are a write's (an import's: thousands), so each is found through the Clause id index (UNWIND, then a MATCH
// on the id): `WHERE a.id IN $ids` scans every clause, 3-4 times slower at 2,000 ids and 10 times at 9,000 (300
// documents).
const clausesStatement = defineStatement({
  name: 'repository.cascadeAdjacencyClauses',
  cypher: 'UNWIND $ids AS id MATCH (a:Clause {id: id}) RETURN a.id AS id',
  params: ['ids'],
});

const outgoingStatement = defineStatement({
  name: 'repository.cascadeAdjacencyOutgoing',
  cypher: `
    UNWIND $ids AS id
    MATCH (a:Clause {id: id})-[:IMPLEMENTS]->(b:Clause)
    RETURN a.id AS from, b.id AS to`,
  params: ['ids'],
});

// Written from the clauses asked: with the pattern written from `a`, grafeo 0.6 matched every IMPLEMENTS edge and
// filtered the ends afterwards (1.1-1.9 s at 1,000 documents against some 10 ms).
const incomingCountStatement = defineStatement({
  name: 'repository.cascadeAdjacencyIncomingCount',
  cypher: `
    UNWIND $ids AS id
    MATCH (b:Clause {id: id})<-[:IMPLEMENTS]-(a:Clause)
    RETURN b.id AS id, count(a) AS below`,
  params: ['ids'],
});

const incomingStatement = defineStatement({
  name: 'repository.cascadeAdjacencyIncoming',
  cypher: `
    UNWIND $ids AS id
    MATCH (b:Clause {id: id})<-[:IMPLEMENTS]-(a:Clause)
    RETURN a.id AS from, b.id AS to`,
  params: ['ids'],
});

const read = reader('cascadeAdjacency');

function link(map: Map<string, string[]>, from: string, to: string): void {
  const known = map.get(from);
  if (!known) map.set(from, [to]);
  else if (!known.includes(to)) known.push(to);
}

function unlink(map: Map<string, string[]>, from: string, to: string): void {
  const known = map.get(from);
  if (!known) return;
  const left = known.filter((id) => id !== to);
  if (left.length > 0) map.set(from, left);
  else map.delete(from);
}

function addEdge(adjacency: ImplementsAdjacency, from: string, to: string): void {
  link(adjacency.up, from, to);
  link(adjacency.down, to, from);
}

function removeEdge(adjacency: ImplementsAdjacency, from: string, to: string): void {
  unlink(adjacency.up, from, to);
  unlink(adjacency.down, to, from);
}

async function readAdjacency(runner: CypherRunner): Promise<ImplementsAdjacency> {
  const adjacency: ImplementsAdjacency = { up: new Map(), down: new Map() };
  await eachInTurns(await runStatement(runner, allStatement, {}), (row) =>
    addEdge(adjacency, read.str(row, 'from'), read.str(row, 'to')),
  );
  return adjacency;
}

/** Brings `adjacency` forward by `change`, in place (see the module comment for why this equals a fresh read). */
export async function advanceAdjacency(
  runner: CypherRunner,
  adjacency: ImplementsAdjacency,
  change: GraphChange,
): Promise<ImplementsAdjacency> {
  const nodes = [...change.nodes];
  const starts = [...new Set([...nodes, ...change.edges.filter((e) => e.type === 'IMPLEMENTS').map((e) => e.from)])];
  if (starts.length === 0) return adjacency;
  const [clauseRows, outgoing, counts] = await Promise.all([
    nodes.length > 0 ? runStatement(runner, clausesStatement, { ids: nodes }) : [],
    runStatement(runner, outgoingStatement, { ids: starts }),
    nodes.length > 0 ? runStatement(runner, incomingCountStatement, { ids: nodes }) : [],
  ]);
  const clauses = new Set(clauseRows.map((row) => read.str(row, 'id')));
  for (const id of starts) for (const to of adjacency.up.get(id) ?? []) removeEdge(adjacency, id, to);
  for (const id of nodes)
    if (!clauses.has(id)) for (const from of adjacency.down.get(id) ?? []) removeEdge(adjacency, from, id);
  for (const row of outgoing) addEdge(adjacency, read.str(row, 'from'), read.str(row, 'to'));
  const below = new Map(counts.map((row) => [read.str(row, 'id'), read.num(row, 'below')]));
  const short = [...clauses].filter((id) => (below.get(id) ?? 0) !== (adjacency.down.get(id)?.length ?? 0));
  if (short.length === 0) return adjacency;
  for (const id of short) for (const from of adjacency.down.get(id) ?? []) removeEdge(adjacency, from, id);
  for (const row of await runStatement(runner, incomingStatement, { ids: short }))
    addEdge(adjacency, read.str(row, 'from'), read.str(row, 'to'));
  return adjacency;
}

/** The adjacency of the store's current version: read once, then brought forward after noted writes. */
export function implementsAdjacency(runner: CypherRunner, cache: VersionCache): Promise<ImplementsAdjacency> {
  return cache.get(
    'cascadeAdjacency',
    () => readAdjacency(runner),
    (previous, change) => advanceAdjacency(runner, previous, change),
  );
}

/**
 * The IMPLEMENTS edges of a cascade, as the Cypher walk finds them (cascade.ts): those on a path from `rootId` up of
 * at most `up` steps, and on a path down of at most `down` steps from any clause reached. An edge lies on such a path
 * exactly when its lower end (going up) or its upper end (going down) is fewer steps away than the bound: the
 * shortest walk there repeats no edge, so it is one of the paths Cypher enumerates.
 */
export function cascadeImplements(
  adjacency: ImplementsAdjacency,
  rootId: string,
  up: number,
  down: number,
): { from: string; to: string }[] {
  const edges: { from: string; to: string }[] = [];
  const above = new Map([[rootId, 0]]);
  walk(above, adjacency.up, up, (from, to) => edges.push({ from, to }));
  const below = new Map([...above.keys()].map((id) => [id, 0]));
  walk(below, adjacency.down, down, (to, from) => edges.push({ from, to }));
  return edges;
}

/** Breadth-first from the entries of `reached` (all at their distance) along `steps`, each edge within `bound`. */
function walk(
  reached: Map<string, number>,
  steps: ReadonlyMap<string, readonly string[]>,
  bound: number,
  visit: (here: string, next: string) => void,
): void {
  const queue = [...reached.keys()];
  for (let index = 0; index < queue.length; index++) {
    const here = queue[index] as string;
    const distance = reached.get(here) ?? 0;
    if (distance >= bound) continue;
    for (const next of steps.get(here) ?? []) {
      visit(here, next);
      if (reached.has(next)) continue;
      reached.set(next, distance + 1);
      queue.push(next);
    }
  }
}
