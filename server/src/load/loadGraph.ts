/**
 * Loading a PolicyGraph into a store (issue 4): MERGE on ids, batched with UNWIND per label and relationship type,
 * all in one transaction, so a failure leaves the store exactly as it was and loading twice changes nothing.
 */
import type { NodeLabel, PolicyGraph } from '@policy-cascade/graph-seed';
import type { CypherRunner, CypherStore } from '../store/CypherStore';
import { runStatement } from '../store/statement';
import { planWrite } from './writePlan';
import type { ReplaceMode, WritePlan } from './writePlan';
import { GraphLoadError, prepareGraph } from './prepareGraph';
import type { PreparedEdge } from './prepareGraph';
import { ALIGNMENT_TYPES, NODE_LABELS, OWNED_LABELS } from './graphSchema';
import * as statements from './loadStatements';

/** What a load wrote. Counts read back from the store are in countGraph (graphCounts.ts). */
export interface LoadSummary {
  nodesWritten: number;
  edgesWritten: number;
  /** Owned nodes (Sections, Clauses, Targets, Requests) of reloaded policies that the new graph no longer has. */
  staleNodesRemoved: number;
  /** Stub policies of the graph not written because the store already holds their full text. */
  stubsKept: string[];
  byLabel: Record<string, number>;
  byType: Record<string, number>;
  warnings: string[];
}

/** Rows per UNWIND statement: large enough to amortize a round trip, small enough for Neo4j's parameter size. */
const BATCH_SIZE = 500;

/**
 * Loads a whole graph in one transaction. Every Policy in the graph is (re)loaded: its owned nodes that the graph
 * no longer has are removed, and the edges of its owned nodes are replaced by the graph's. A stub Policy is filled
 * in place when a graph brings its text (same id); a stub never overwrites a policy whose text is in the store.
 */
export async function loadGraph(store: CypherStore, graph: PolicyGraph): Promise<LoadSummary> {
  const prepared = prepareGraph(graph);
  return store.transaction((tx) => writeGraph(tx, prepared, { replace: 'all', replaceAlignment: false }));
}

/**
 * The import path (issue 6): loads `graph` in one transaction, replacing the owned nodes of `policyIds` (the
 * imported documents) and of every stub policy in the graph (the inferred skeletons), and replacing ALL
 * clause-to-clause alignment edges (IMPLEMENTS, CORRESPONDS_TO, SUCCEEDS) by the graph's. Pass the corpus graph
 * rebuilt with the new documents, so alignment and inferred clauses computed for the whole corpus land atomically
 * together with them; nodes of other policies are merged (their properties, e.g. localAddition, updated).
 */
export async function replacePolicies(
  store: CypherStore,
  graph: PolicyGraph,
  policyIds: string[],
): Promise<LoadSummary> {
  const prepared = prepareGraph(graph);
  for (const id of policyIds) {
    const node = prepared.nodes.find((candidate) => candidate.id === id);
    if (node?.label !== 'Policy') throw new GraphLoadError(`replacePolicies: policy ${id} is not in the graph`);
  }
  return store.transaction((tx) => writeGraph(tx, prepared, { replace: policyIds, replaceAlignment: true }));
}

/**
 * The same as loadGraph or replacePolicies, inside a transaction the caller already holds; with `replace: 'exact'`
 * the store holds exactly `graph` afterwards (the server's start and its imports: the graph is the whole truth).
 */
export async function writePolicyGraph(
  tx: CypherRunner,
  graph: PolicyGraph,
  options: { replace: ReplaceMode; replaceAlignment: boolean },
): Promise<LoadSummary> {
  return writeGraph(tx, prepareGraph(graph), options);
}

async function writeGraph(
  tx: CypherRunner,
  prepared: ReturnType<typeof prepareGraph>,
  options: { replace: ReplaceMode; replaceAlignment: boolean },
): Promise<LoadSummary> {
  const plan = await planWrite(tx, prepared, options.replace);
  let staleNodesRemoved = await clearReplaced(tx, plan);
  if (options.replace === 'exact') staleNodesRemoved += await removeAbsent(tx, plan);
  if (options.replaceAlignment) {
    for (const type of ALIGNMENT_TYPES) await runStatement(tx, required(statements.deleteAlignment.get(type)), {});
  }
  const byLabel = await mergeNodes(tx, plan);
  const byType = await mergeEdges(tx, plan);
  return {
    nodesWritten: sum(byLabel),
    edgesWritten: sum(byType),
    staleNodesRemoved,
    stubsKept: plan.stubsKept,
    byLabel,
    byType,
    warnings: prepared.warnings,
  };
}

/** Removes stale owned nodes of the replaced policies and the edges of the ones that stay (they are re-merged). */
async function clearReplaced(tx: CypherRunner, plan: WritePlan): Promise<number> {
  let removed = 0;
  for (const label of OWNED_LABELS) {
    const rows = await runStatement(tx, required(statements.ownedIds.get(label)), { policyIds: plan.replaced });
    const existing = rows.map((row) => String(row.id));
    const stale = existing.filter((id) => !plan.nodeIds.has(id));
    const kept = existing.filter((id) => plan.nodeIds.has(id));
    for (const ids of batches(stale)) await runStatement(tx, required(statements.deleteNodes.get(label)), { ids });
    for (const ids of batches(kept)) {
      await runStatement(tx, required(statements.deleteOutgoing.get(label)), { ids });
      await runStatement(tx, required(statements.deleteIncoming.get(label)), { ids });
    }
    removed += stale.length;
  }
  for (const ids of batches(plan.replaced)) {
    await runStatement(tx, required(statements.deleteOutgoing.get('Policy')), { ids });
  }
  return removed;
}

/** Removes every node of the store that the plan does not write (with its edges). */
async function removeAbsent(tx: CypherRunner, plan: WritePlan): Promise<number> {
  let removed = 0;
  for (const label of NODE_LABELS) {
    const rows = await runStatement(tx, required(statements.allIds.get(label)), {});
    const absent = rows.map((row) => String(row.id)).filter((id) => !plan.nodeIds.has(id));
    for (const ids of batches(absent)) await runStatement(tx, required(statements.deleteNodes.get(label)), { ids });
    removed += absent.length;
  }
  return removed;
}

/** Merges the plan's nodes, batched per label; written counts per label. */
export async function mergeNodes(tx: CypherRunner, plan: WritePlan): Promise<Record<string, number>> {
  const byLabel: Record<string, number> = {};
  for (const label of NODE_LABELS) {
    const rows = plan.nodes.filter((node) => node.label === label).map(({ id, properties }) => ({ id, properties }));
    for (const batch of batches(rows)) {
      const [result] = await runStatement(tx, required(statements.mergeNodes.get(label)), { rows: batch });
      byLabel[label] = (byLabel[label] ?? 0) + Number(result?.written ?? 0);
    }
  }
  return byLabel;
}

/** Merges the plan's edges, batched per type and endpoint labels; written counts per type. */
export async function mergeEdges(tx: CypherRunner, plan: WritePlan): Promise<Record<string, number>> {
  const groups = new Map<string, PreparedEdge[]>();
  for (const edge of plan.edges) {
    const key = edgeStatementKey(edge, plan.labels);
    // Appended in place: copying the group per edge made a province's first load quadratic (300 documents' 216,681
    // edges: 47 s of the load's 65 s CPU).
    const group = groups.get(key);
    if (group) group.push(edge);
    else groups.set(key, [edge]);
  }
  const byType: Record<string, number> = {};
  for (const [key, edges] of groups) {
    for (const batch of batches(edges)) {
      const rows = batch.map(({ from, to, properties }) => ({ from, to, properties }));
      const [result] = await runStatement(tx, required(statements.mergeEdges.get(key)), { rows });
      const written = Number(result?.written ?? 0);
      // Endpoints were resolved beforehand, so a shortfall means the store lost a node mid-load: fail, roll back.
      if (written !== batch.length) throw new GraphLoadError(`${key}: wrote ${written} of ${batch.length} edges`);
      const type = batch[0]?.type ?? key;
      byType[type] = (byType[type] ?? 0) + written;
    }
  }
  return byType;
}

function edgeStatementKey(edge: PreparedEdge, labels: Map<string, NodeLabel>): string {
  const key = `${edge.type} ${labels.get(edge.from) ?? ''} ${labels.get(edge.to) ?? ''}`;
  return statements.mergeEdges.has(key) ? key : `${edge.type} any`;
}

export function* batches<T>(items: readonly T[]): Generator<T[]> {
  for (let start = 0; start < items.length; start += BATCH_SIZE) yield items.slice(start, start + BATCH_SIZE);
}

function sum(counts: Record<string, number>): number {
  return Object.values(counts).reduce((total, count) => total + count, 0);
}

export function required<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('[load] missing generated statement');
  return value;
}
