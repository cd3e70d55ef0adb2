/**
 * Writing a graph delta (graph-seed's addDocument, issue 11): only what an import changed, inside the caller's
 * transaction — edges and nodes that are gone removed, new and changed nodes and edges merged with all their
 * properties. The labels of the endpoints come from the delta's nodes, else from the store.
 */
import type { EdgeType, GraphDelta, NodeLabel } from '@policy-cascade/graph-seed';
import type { CypherRunner } from '../store/CypherStore';
import { runStatement } from '../store/statement';
import { NODE_LABELS } from './graphSchema';
import { batches, mergeEdges, mergeNodes, required } from './loadGraph';
import { deleteEdges, deleteNodes, endpointLabels } from './loadStatements';
import { GraphLoadError, prepareGraph } from './prepareGraph';
import type { WritePlan } from './writePlan';

export interface DeltaSummary {
  nodesWritten: number;
  edgesWritten: number;
  nodesRemoved: number;
  edgesRemoved: number;
}

/** Labels of the given ids as the store holds them. */
async function storedLabels(tx: CypherRunner, ids: string[], labels: Map<string, NodeLabel>): Promise<void> {
  const missing = [...new Set(ids)].filter((id) => !labels.has(id));
  if (missing.length === 0) return;
  for (const label of NODE_LABELS)
    for (const batch of batches(missing)) {
      const rows = await runStatement(tx, required(endpointLabels.get(label)), { ids: batch });
      for (const row of rows) labels.set(String(row.id), label);
    }
}

async function removeEdges(tx: CypherRunner, delta: GraphDelta, labels: Map<string, NodeLabel>): Promise<number> {
  const groups = new Map<string, Array<{ from: string; to: string }>>();
  for (const edge of delta.removedEdges) {
    const key = `${edge.type} ${labels.get(edge.from) ?? ''} ${labels.get(edge.to) ?? ''}`;
    const group = groups.get(key);
    if (group) group.push({ from: edge.from, to: edge.to });
    else groups.set(key, [{ from: edge.from, to: edge.to }]);
  }
  let removed = 0;
  for (const [key, rows] of groups) {
    const statement = deleteEdges.get(key) ?? deleteEdges.get(`${key.split(' ')[0] as EdgeType} any`);
    for (const batch of batches(rows)) {
      const [result] = await runStatement(tx, required(statement), { rows: batch });
      removed += Number(result?.deleted ?? 0);
    }
  }
  return removed;
}

async function removeNodes(tx: CypherRunner, delta: GraphDelta, labels: Map<string, NodeLabel>): Promise<number> {
  let removed = 0;
  for (const label of NODE_LABELS) {
    const ids = delta.removedNodes.filter((id) => labels.get(id) === label);
    for (const batch of batches(ids)) {
      const [result] = await runStatement(tx, required(deleteNodes.get(label)), { ids: batch });
      removed += Number(result?.deleted ?? 0);
    }
  }
  return removed;
}

/**
 * Applies `delta` in the transaction `tx`: removed edges, removed nodes (with their edges), then the new and
 * changed nodes and edges. Throws (and the caller's transaction rolls back) when an edge's end is nowhere.
 */
export async function writeGraphDelta(tx: CypherRunner, delta: GraphDelta): Promise<DeltaSummary> {
  const prepared = prepareGraph({ nodes: delta.nodes, edges: delta.edges });
  const labels = new Map<string, NodeLabel>(prepared.nodes.map((node) => [node.id, node.label]));
  const ends = [...prepared.edges, ...delta.removedEdges].flatMap((edge) => [edge.from, edge.to]);
  await storedLabels(tx, [...ends, ...delta.removedNodes], labels);
  const edgesRemoved = await removeEdges(tx, delta, labels);
  const nodesRemoved = await removeNodes(tx, delta, labels);
  const unresolved = prepared.edges.find((edge) => !labels.has(edge.from) || !labels.has(edge.to));
  if (unresolved) {
    const id = labels.has(unresolved.from) ? unresolved.to : unresolved.from;
    throw new GraphLoadError(`edge ${unresolved.type}:${unresolved.from}->${unresolved.to}: node ${id} is nowhere`);
  }
  const plan: WritePlan = {
    nodes: prepared.nodes,
    edges: prepared.edges,
    nodeIds: new Set(prepared.nodes.map((node) => node.id)),
    labels,
    replaced: [],
    stubsKept: [],
  };
  const byLabel = await mergeNodes(tx, plan);
  const byType = await mergeEdges(tx, plan);
  const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
  return { nodesWritten: sum(byLabel), edgesWritten: sum(byType), nodesRemoved, edgesRemoved };
}
