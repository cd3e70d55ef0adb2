/**
 * What a write changed, kept per store version so that the per-version cache (versionCache.ts) can bring the search
 * index and coverage forward instead of reading the whole graph again (issue 11: no cold reads after a write). A
 * writer that knows what it changes (an import's GraphDelta, a review's edge) runs through `changeInTransaction`;
 * every other write moves the version without a note, and the cache then computes from the store as before.
 *
 * The note names the policies whose derived rows may differ: a search text's row reads its policy, section, clause,
 * region, departments and programs; a coverage row of a locality reads its policy, region, clauses and the IMPLEMENTS
 * paths of up to two hops from them. So a row can only change when one of those nodes, or an edge between them, is
 * touched, and every such node leads back to the row's policy by one of the reads below, done before the write (for
 * what it removes) and after it (for what it adds).
 */
import type { GraphDelta } from '@policy-cascade/graph-seed';
import type { CypherRunner, CypherStore } from '../store/CypherStore';
import { defineStatement, runStatement } from '../store/statement';

/** One write's change: what it touched and the policies whose rows may read it. */
export interface GraphChange {
  /** Ids of the nodes added, changed or removed, and of both ends of every edge added, changed or removed. */
  readonly touched: ReadonlySet<string>;
  /** Ids of the nodes added, changed or removed (their edges went with the removed ones). */
  readonly nodes: ReadonlySet<string>;
  /** Every edge added, changed or removed, with its type (an import names thousands through CORRESPONDS_TO). */
  readonly edges: readonly ChangedEdge[];
  /** Policies whose search texts may differ after the write. */
  readonly textPolicies: ReadonlySet<string>;
  /** Policies whose coverage rows (and records) may differ after the write: textPolicies and more. */
  readonly policies: ReadonlySet<string>;
}

/**
 * What a writer tells before writing: nodes that are new, changed or gone, and the start and end of every edge that is
 * new, changed or gone.
 */
export interface ChangeIds {
  nodes: readonly string[];
  /** Those of `nodes` that the write removes (their edges go with them, named or not). */
  removedNodes?: readonly string[];
  edgeStarts: readonly string[];
  edgeEnds: readonly string[];
  /** The type of each edge, in the order of `edgeStarts` and `edgeEnds`. */
  edgeTypes: readonly string[];
}

/** An edge a write added, changed or removed. */
export interface ChangedEdge {
  type: string;
  from: string;
  to: string;
}

/** The ids a graph delta touches. */
export function changeOfDelta(delta: GraphDelta): ChangeIds {
  const edges = [...delta.edges, ...delta.removedEdges];
  return {
    nodes: [...delta.nodes.map((node) => node.id), ...delta.removedNodes],
    removedNodes: delta.removedNodes,
    edgeStarts: edges.map((edge) => edge.from),
    edgeEnds: edges.map((edge) => edge.to),
    edgeTypes: edges.map((edge) => edge.type),
  };
}

// Every statement finds its nodes one id at a time through the label's id index (UNWIND, then a labelled MATCH on
// the id): `MATCH (x) WHERE <any label> AND x.id IN $ids` scans every node of the graph, which cost 1.5 s of a 1.9 s
// import write at 300 documents (9,700 ids, read before and after the write); the lookups cost a tenth of that.
// Each statement names the labels its pattern can start from (load/graphSchema.ts EDGE_ENDPOINTS).

/** `pattern`, started from each of `labels` in turn: `x` bound to the node of that label with an id of $ids. */
function fromLabels(labels: readonly string[], pattern: string): string {
  return labels.map((label) => `UNWIND $ids AS id MATCH (x:${label} {id: id}) ${pattern}`).join(' UNION ');
}

const policiesStatement = defineStatement({
  name: 'repository.changePolicies',
  cypher: fromLabels(['Policy'], 'RETURN x.id AS policyId'),
  params: ['ids'],
});

// Owned nodes reached from a policy by HAS_SECTION, HAS_CLAUSE and HAS_REQUEST: sections, clauses and annex rows.
const ownersStatement = defineStatement({
  name: 'repository.changeOwners',
  cypher: fromLabels(
    ['Section', 'Clause', 'Request'],
    'MATCH (x)<-[:HAS_SECTION|HAS_CLAUSE|HAS_REQUEST*1..2]-(owner:Policy) RETURN DISTINCT owner.id AS policyId',
  ),
  params: ['ids'],
});

// A row reads the IMPLEMENTS paths leaving its clauses (and its policy) for two hops: their nodes' ids and their
// edges' flags. A path changes when one of its nodes goes or one of its edges changes: then the path's first or
// second node is the removed node or the edge's start (its last node is a measure, which coverageAdvance.ts reads
// again); a node changed in place changes no path. So the rows to read again are those of the
// owners of these and of the nodes one IMPLEMENTS hop below them — never of every implementer of an edge's end (a new
// county clause implementing a provincial measure would name every locality carrying that measure). IMPLEMENTS joins
// clauses to clauses and policies to policies.
const implementersStatement = defineStatement({
  name: 'repository.changeImplementers',
  cypher: fromLabels(['Clause', 'Policy'], 'MATCH (x)<-[:IMPLEMENTS]-(u) RETURN DISTINCT u.id AS id'),
  params: ['ids'],
});

const issuedForStatement = defineStatement({
  name: 'repository.changeIssuedFor',
  cypher: fromLabels(['Region'], 'MATCH (x)<-[:ISSUED_FOR]-(p:Policy) RETURN DISTINCT p.id AS policyId'),
  params: ['ids'],
});

// A department or program whose own properties change is read by every text assigned to or mentioning it.
const referrersStatement = defineStatement({
  name: 'repository.changeReferrers',
  cypher: fromLabels(['Department', 'Program'], 'MATCH (x)<-[:ASSIGNED_TO|MENTIONS]-(c) RETURN DISTINCT c.id AS id'),
  params: ['ids'],
});

async function column(runner: CypherRunner, statement: typeof ownersStatement, ids: string[], key: string) {
  if (ids.length === 0) return [];
  const rows = await runStatement(runner, statement, { ids });
  return rows.flatMap((row) => (typeof row[key] === 'string' ? [row[key]] : []));
}

/** The policies and the owners of the nodes of `ids`. */
async function policiesOf(runner: CypherRunner, ids: readonly string[], into: Set<string>): Promise<void> {
  const unique = [...new Set(ids)];
  for (const id of await column(runner, policiesStatement, unique, 'policyId')) into.add(id);
  for (const id of await column(runner, ownersStatement, unique, 'policyId')) into.add(id);
}

/**
 * The policies whose rows may read one of the ids, as the store holds them now: `texts` (search) and `rows`
 * (coverage, which also reads the IMPLEMENTS paths). Every edge a row reads starts at a node of the row's own policy
 * or on its paths (HAS_*, ISSUED_FOR, ASSIGNED_TO and MENTIONS at its policy, section or clause; IMPLEMENTS at the
 * path's first or second node), so an edge's end names no row: a county clause's new edge to a provincial measure or
 * to a peer changes none of the measure's or the peer's rows.
 */
async function policiesNear(runner: CypherRunner, ids: ChangeIds, into: NearPolicies): Promise<void> {
  const starts = [...ids.nodes, ...ids.edgeStarts];
  const referrers = await column(runner, referrersStatement, [...new Set(ids.nodes)], 'id');
  await policiesOf(runner, [...starts, ...referrers], into.texts);
  for (const id of await column(runner, issuedForStatement, [...new Set(ids.nodes)], 'policyId')) into.texts.add(id);
  for (const id of into.texts) into.rows.add(id);
  // Not of nodes changed in place: an import changes an inferred measure's support and offers, and walking down from
  // those named every locality carrying them (9,600 clauses of 241 policies at 300 documents).
  const pathStarts = [...new Set([...ids.edgeStarts, ...(ids.removedNodes ?? [])])];
  await policiesOf(runner, await column(runner, implementersStatement, pathStarts, 'id'), into.rows);
}

interface NearPolicies {
  texts: Set<string>;
  rows: Set<string>;
}

/** Per store, the change that moved its version from the key to the key + 1. Bounded: old notes are dropped. */
const journals = new WeakMap<object, Map<number, GraphChange>>();
const NOTES_KEPT = 64;

function note(store: object, from: number, change: GraphChange): void {
  const journal = journals.get(store) ?? new Map<number, GraphChange>();
  journals.set(store, journal);
  journal.set(from, change);
  for (const version of journal.keys()) if (version < from - NOTES_KEPT) journal.delete(version);
}

/**
 * The changes that moved `store` from version `from` to `to`, merged, or null when a write between them left no
 * note (the cache then computes from the store).
 */
export function changesBetween(store: object, from: number, to: number): GraphChange | null {
  const journal = journals.get(store);
  if (!journal || to <= from) return null;
  const touched = new Set<string>();
  const textPolicies = new Set<string>();
  const policies = new Set<string>();
  const nodes = new Set<string>();
  const edges: ChangedEdge[] = [];
  for (let version = from; version < to; version++) {
    const change = journal.get(version);
    if (!change) return null;
    for (const id of change.touched) touched.add(id);
    for (const id of change.textPolicies) textPolicies.add(id);
    for (const id of change.policies) policies.add(id);
    for (const id of change.nodes) nodes.add(id);
    edges.push(...change.edges);
  }
  return { touched, textPolicies, policies, nodes, edges };
}

/**
 * Runs `work` in one transaction of `store` and notes what it changed (`ids`, with the policies near them read before
 * and after the work in the same transaction). The note is kept only when the transaction alone moved the version
 * by one (both adapters move it once a transaction); any other write in between leaves it out, never misattributed.
 */
export function changeInTransaction<T>(
  store: CypherStore,
  ids: ChangeIds,
  work: (tx: CypherRunner) => Promise<T>,
): Promise<T> {
  const noted = writeAndNote(store, ids, work);
  const running = inFlight.get(store) ?? new Set<Promise<unknown>>();
  inFlight.set(store, running);
  const settled: Promise<void> = noted.then(
    () => void running.delete(settled),
    () => void running.delete(settled),
  );
  running.add(settled);
  return noted;
}

/**
 * Per store, the noted writes still running. Their commit moves the version a few steps before their note is kept
 * (the transaction's promise settles through the store's queue), so a read in between sees a new version without a
 * note; it waits for these to settle (`notesSettled`) rather than read the whole graph again.
 */
const inFlight = new WeakMap<object, Set<Promise<unknown>>>();

/** Settles when the noted writes running on `store` now have kept their notes (or failed); null when none runs. */
export function notesSettled(store: object): Promise<void> | null {
  const running = inFlight.get(store);
  if (!running || running.size === 0) return null;
  return Promise.all(running).then(() => undefined);
}

async function writeAndNote<T>(store: CypherStore, ids: ChangeIds, work: (tx: CypherRunner) => Promise<T>): Promise<T> {
  let from: number | undefined;
  const near: NearPolicies = { texts: new Set(), rows: new Set() };
  const result = await store.transaction(async (tx) => {
    from = store.version;
    await policiesNear(tx, ids, near);
    const done = await work(tx);
    await policiesNear(tx, ids, near);
    return done;
  });
  if (from !== undefined && store.version === from + 1) {
    const touched = new Set([...ids.nodes, ...ids.edgeStarts, ...ids.edgeEnds]);
    const edges = ids.edgeStarts.map((start, i) => ({
      type: ids.edgeTypes[i] ?? '',
      from: start,
      to: ids.edgeEnds[i] ?? '',
    }));
    note(store, from, { touched, textPolicies: near.texts, policies: near.rows, nodes: new Set(ids.nodes), edges });
  }
  return result;
}
