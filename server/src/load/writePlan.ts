/**
 * Decides, inside the load transaction, what a load writes: which stubs must not overwrite a filled policy, which
 * policies are replaced, and the label of every edge endpoint (from the graph, else from the store).
 */
import type { NodeLabel } from '@policy-cascade/graph-seed';
import type { CypherRunner } from '../store/CypherStore';
import { runStatement } from '../store/statement';
import { NODE_LABELS, OWNED_LABELS, ownerOf } from './graphSchema';
import { endpointLabels, policyStubs } from './loadStatements';
import { GraphLoadError } from './prepareGraph';
import type { PreparedEdge, PreparedGraph, PreparedNode } from './prepareGraph';

export interface WritePlan {
  nodes: PreparedNode[];
  edges: PreparedEdge[];
  /** Ids of the nodes written. */
  nodeIds: Set<string>;
  /** Label of every edge endpoint. */
  labels: Map<string, NodeLabel>;
  /** Policies whose owned nodes and edges are replaced. */
  replaced: string[];
  stubsKept: string[];
}

/**
 * What `replace` means: 'all' reloads every policy of the graph; a list reloads those and the graph's stubs;
 * 'exact' makes the store hold exactly the graph — every policy reloaded, a stub written over a filled policy, and
 * (loadGraph's removeAbsent) every node the graph does not have removed.
 */
export type ReplaceMode = 'all' | 'exact' | string[];

export async function planWrite(tx: CypherRunner, prepared: PreparedGraph, replace: ReplaceMode): Promise<WritePlan> {
  const stubsKept = replace === 'exact' ? [] : await filledStubs(tx, prepared.nodes);
  const dropped = new Set(stubsKept);
  const isDropped = (node: PreparedNode) =>
    dropped.has(node.id) || (OWNED_LABELS.includes(node.label) && dropped.has(ownerOf(node.id)));
  const nodes = prepared.nodes.filter((node) => !isDropped(node));
  const droppedIds = new Set(prepared.nodes.filter(isDropped).map((node) => node.id));
  // The filled policy owns its outgoing edges; edges into the stub's skeleton have no place in the full text.
  const edges = prepared.edges.filter(
    (edge) => !droppedIds.has(edge.from) && !(droppedIds.has(edge.to) && !dropped.has(edge.to)),
  );
  const policies = nodes.filter((node) => node.label === 'Policy');
  const replaced =
    replace === 'all' || replace === 'exact'
      ? policies.map((node) => node.id)
      : [...new Set([...replace, ...policies.filter((node) => node.properties.stub === true).map((node) => node.id)])];
  const labels = new Map(nodes.map((node) => [node.id, node.label]));
  await resolveEndpoints(tx, edges, labels, new Set(replaced));
  return { nodes, edges, nodeIds: new Set(labels.keys()), labels, replaced, stubsKept };
}

/** Stub policies of the graph whose full text the store already holds. */
async function filledStubs(tx: CypherRunner, nodes: PreparedNode[]): Promise<string[]> {
  const ids = nodes.filter((node) => node.label === 'Policy' && node.properties.stub === true).map((node) => node.id);
  if (ids.length === 0) return [];
  const rows = await runStatement(tx, policyStubs, { ids });
  return rows.filter((row) => row.stub === false).map((row) => String(row.id));
}

/** Adds the labels of endpoints that are only in the store; fails naming the edge when an endpoint is nowhere. */
async function resolveEndpoints(
  tx: CypherRunner,
  edges: PreparedEdge[],
  labels: Map<string, NodeLabel>,
  replaced: Set<string>,
): Promise<void> {
  const missing = [...new Set(edges.flatMap((edge) => [edge.from, edge.to]).filter((id) => !labels.has(id)))];
  // An owned node of a replaced policy that the graph no longer has is about to be removed: not a valid endpoint.
  const external = missing.filter((id) => !(id.includes('/') && replaced.has(ownerOf(id))));
  if (external.length > 0) {
    for (const label of NODE_LABELS) {
      const rows = await runStatement(tx, required(endpointLabels.get(label)), { ids: external });
      for (const row of rows) labels.set(String(row.id), label);
    }
  }
  const unresolved = edges.find((edge) => !labels.has(edge.from) || !labels.has(edge.to));
  if (unresolved) {
    const id = labels.has(unresolved.from) ? unresolved.to : unresolved.from;
    throw new GraphLoadError(
      `edge ${unresolved.type}:${unresolved.from}->${unresolved.to}: node ${id} is neither in the graph nor in the store`,
    );
  }
}

function required<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('[load] missing generated statement');
  return value;
}
