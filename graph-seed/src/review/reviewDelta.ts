/**
 * The reviewer's overlay on an import's delta (the incremental path): the same rules as applyReviews, applied to
 * what one import changes, with a view of the machine's graph after the import for what the delta does not carry.
 * Applying the delta to a store that holds the overlaid graph gives the overlaid graph of the new corpus.
 */
import type { CorpusBuild } from '../graph/corpusGraph';
import type { EdgeType, GraphEdge, GraphNode } from '../model/graph';
import { reviewedEdge, reviewedLocalAddition, reviewsByKey, staleReviews } from './applyReviews';
import { isReviewedEdgeType, reviewKey } from './types';
import type { AlignmentReview, ReviewOverlay } from './types';

/** The changes an import writes (graph-seed's GraphDelta has this shape). */
export interface EdgeDelta {
  nodes: GraphNode[];
  removedNodes: string[];
  edges: GraphEdge[];
  removedEdges: Array<{ type: EdgeType; from: string; to: string }>;
}

/** The machine's graph once the import is in, as far as the overlay needs it. */
export interface MachineView {
  hasClause(id: string): boolean;
  /** The machine's edge of a review key, if it made one. */
  edge(key: string): GraphEdge | undefined;
  /** The superior clauses the machine links a clause to by IMPLEMENTS. */
  implementsTargets(clauseId: string): readonly string[];
}

/** A MachineView of a whole graph (tests, and callers that hold the graph). */
export function machineViewOf(graph: { nodes: readonly GraphNode[]; edges: readonly GraphEdge[] }): MachineView {
  const clauses = new Set(graph.nodes.filter((n) => n.label === 'Clause').map((n) => n.id));
  const edges = new Map<string, GraphEdge>();
  const targets = new Map<string, string[]>();
  for (const e of graph.edges) {
    if (isReviewedEdgeType(e.type)) edges.set(reviewKey(e), e);
    if (e.type === 'IMPLEMENTS') targets.set(e.from, [...(targets.get(e.from) ?? []), e.to]);
  }
  return {
    hasClause: (id) => clauses.has(id),
    edge: (key) => edges.get(key),
    implementsTargets: (id) => targets.get(id) ?? [],
  };
}

function linkedAfterReviews(id: string, view: MachineView, byKey: Map<string, AlignmentReview>): boolean {
  const kept = view.implementsTargets(id).some((to) => byKey.get(`IMPLEMENTS:${id}->${to}`)?.decision !== 'REJECT');
  if (kept) return true;
  for (const review of byKey.values())
    if (review.type === 'IMPLEMENTS' && review.from === id && review.decision !== 'REJECT' && view.hasClause(review.to))
      return true;
  return false;
}

/**
 * `delta` as the reviews make it: a rejected edge the import made is not written (and removed, should the store
 * hold it); a confirmed or added edge the import would remove is written as the reviewer's; a kept edge with an end
 * the import (re)wrote is written again, since that end may be new; `localAddition` of rewritten clauses follows.
 */
export function applyReviewsToDelta(
  delta: EdgeDelta,
  reviews: readonly AlignmentReview[],
  view: MachineView,
): ReviewOverlay<EdgeDelta> {
  const byKey = reviewsByKey(reviews);
  if (byKey.size === 0) return { graph: delta, stale: [] };
  const stale = staleReviews(byKey.values(), (id) => view.hasClause(id));
  const staleKeys = new Set(stale.map((s) => reviewKey(s.review)));
  const edges = new Map<string, GraphEdge>();
  const removedEdges: EdgeDelta['removedEdges'] = [];
  for (const edge of delta.edges) {
    const review = isReviewedEdgeType(edge.type) ? byKey.get(reviewKey(edge)) : undefined;
    if (review?.decision === 'REJECT') removedEdges.push({ type: edge.type, from: edge.from, to: edge.to });
    else edges.set(reviewKey(edge), review ? reviewedEdge(review, edge) : edge);
  }
  for (const edge of delta.removedEdges) {
    const review = isReviewedEdgeType(edge.type) ? byKey.get(reviewKey(edge)) : undefined;
    if (review && review.decision !== 'REJECT' && !staleKeys.has(reviewKey(edge)))
      edges.set(reviewKey(edge), reviewedEdge(review, undefined));
    else removedEdges.push(edge);
  }
  const rewritten = new Set(delta.nodes.map((n) => n.id));
  for (const [key, review] of byKey) {
    if (review.decision === 'REJECT' || staleKeys.has(key) || edges.has(key)) continue;
    if (rewritten.has(review.from) || rewritten.has(review.to)) edges.set(key, reviewedEdge(review, view.edge(key)));
  }
  const touched = new Set([...byKey.values()].filter((r) => r.type === 'IMPLEMENTS').map((r) => r.from));
  const nodes = delta.nodes.map((node) =>
    touched.has(node.id)
      ? reviewedLocalAddition(
          node,
          view.implementsTargets(node.id).length > 0,
          linkedAfterReviews(node.id, view, byKey),
        )
      : node,
  );
  return { graph: { ...delta, nodes, edges: [...edges.values()], removedEdges }, stale };
}

/** The policy id of a clause id `{policyId}/c{n}`. */
const policyOfClause = (clauseId: string) => clauseId.slice(0, clauseId.lastIndexOf('/c'));

/**
 * A MachineView of a corpus build without assembling its graph: a clause is looked up in its document's part (or
 * among the inferred clauses), and the alignment's edges are indexed only when the overlay first asks for an edge —
 * an import over a large corpus pays for what its reviews touch.
 */
export function machineViewOfBuild(build: CorpusBuild): MachineView {
  let inferred: Set<string> | undefined;
  let edges: MachineView | undefined;
  const alignment = () => (edges ??= machineViewOf({ nodes: [], edges: build.alignment.edges }));
  return {
    hasClause: (id) =>
      (inferred ??= new Set(build.alignment.nodes.filter((n) => n.label === 'Clause').map((n) => n.id))).has(id) ||
      (build.parts.get(policyOfClause(id))?.nodes.some((n) => n.id === id && n.label === 'Clause') ?? false),
    edge: (key) => alignment().edge(key),
    implementsTargets: (id) => alignment().implementsTargets(id),
  };
}
