/**
 * The reviewer's overlay on the machine's alignment (issue 16): a pure function of the graph and the reviews, run
 * after every alignment — full build, rebuild at start, import — so a rejected edge never comes back and a confirmed
 * or added one stays whatever the score. Coverage and local additions are read from the overlaid graph.
 */
import type { GraphEdge, GraphNode, PolicyGraph, Properties } from '../model/graph';
import { canonicalEnds, isReviewedEdgeType, reviewKey } from './types';
import type { AlignmentReview, EdgeOrigin, ReviewOverlay, StaleReview } from './types';

/** The latest review of each edge, by reviewKey. */
export function reviewsByKey(reviews: readonly AlignmentReview[]): Map<string, AlignmentReview> {
  const byKey = new Map<string, AlignmentReview>();
  for (const review of reviews) {
    const key = reviewKey(review);
    const earlier = byKey.get(key);
    if (!earlier || earlier.at <= review.at) byKey.set(key, review);
  }
  return byKey;
}

/** The properties a review gives an edge (the machine's own are kept beside them). */
export function reviewProperties(review: AlignmentReview): Properties {
  const origin: EdgeOrigin = review.decision === 'ADD' ? 'ADDED' : 'REVIEWED';
  const properties: Properties = { origin, reviewDecision: review.decision, reviewedAt: review.at };
  if (review.note !== null) properties.reviewNote = review.note;
  return properties;
}

/**
 * A kept edge as the overlay writes it: the machine's edge (when it made one) with the review's properties, no
 * longer a candidate; else an edge only the reviewer made.
 */
export function reviewedEdge(review: AlignmentReview, machine: GraphEdge | undefined): GraphEdge {
  const base: Properties = machine
    ? { ...machine.properties }
    : { score: 1, method: 'review', evidence: [], merged: false };
  if ('candidate' in base) base.candidate = false;
  const { from, to } = canonicalEnds(review.type, review.from, review.to);
  return { type: review.type, from, to, properties: { ...base, ...reviewProperties(review) } };
}

/** Reviews one of whose clauses is not among `hasClause`'s, with the missing ids. */
export function staleReviews(reviews: Iterable<AlignmentReview>, hasClause: (id: string) => boolean): StaleReview[] {
  const stale: StaleReview[] = [];
  for (const review of reviews) {
    const missing = [review.from, review.to].filter((id) => !hasClause(id));
    if (missing.length > 0) stale.push({ review, missing });
  }
  return stale;
}

/**
 * `localAddition` of the clauses whose IMPLEMENTS edges a review touched: a clause the machine linked and the
 * reviewer unlinked becomes a local addition, one the reviewer linked is not; others keep the machine's flag.
 */
export function reviewedLocalAddition(node: GraphNode, machineLinked: boolean, linked: boolean): GraphNode {
  const flag = node.properties.localAddition;
  if (typeof flag !== 'boolean') return node;
  const next = linked ? false : machineLinked ? true : flag;
  return next === flag ? node : { ...node, properties: { ...node.properties, localAddition: next } };
}

function implementers(edges: readonly GraphEdge[]): Set<string> {
  return new Set(edges.filter((e) => e.type === 'IMPLEMENTS').map((e) => e.from));
}

/**
 * The graph as the reviews make it: rejected edges removed, confirmed and added ones kept (with `origin`,
 * `reviewDecision`, `reviewNote`, `reviewedAt`), `localAddition` following. A review whose clause the graph lacks
 * is returned in `stale` and changes nothing. The graph given is not changed.
 */
export function applyReviews(graph: PolicyGraph, reviews: readonly AlignmentReview[]): ReviewOverlay<PolicyGraph> {
  const byKey = reviewsByKey(reviews);
  if (byKey.size === 0) return { graph, stale: [] };
  const clauses = new Set(graph.nodes.filter((n) => n.label === 'Clause').map((n) => n.id));
  const stale = staleReviews(byKey.values(), (id) => clauses.has(id));
  const staleKeys = new Set(stale.map((s) => reviewKey(s.review)));
  const seen = new Set<string>();
  const edges: GraphEdge[] = [];
  for (const edge of graph.edges) {
    const review = isReviewedEdgeType(edge.type) ? byKey.get(reviewKey(edge)) : undefined;
    if (!review) edges.push(edge);
    else if (review.decision !== 'REJECT') edges.push(reviewedEdge(review, edge));
    if (review) seen.add(reviewKey(edge));
  }
  for (const [key, review] of byKey)
    if (review.decision !== 'REJECT' && !seen.has(key) && !staleKeys.has(key))
      edges.push(reviewedEdge(review, undefined));
  const touched = new Set([...byKey.values()].filter((r) => r.type === 'IMPLEMENTS').map((r) => r.from));
  const [machineLinked, linked] = [implementers(graph.edges), implementers(edges)];
  const nodes = graph.nodes.map((node) =>
    touched.has(node.id) ? reviewedLocalAddition(node, machineLinked.has(node.id), linked.has(node.id)) : node,
  );
  return { graph: { nodes, edges }, stale };
}
