/**
 * A reviewer's decisions on alignment edges (issue 16), kept apart from the machine's edges and laid over them
 * after every alignment (applyReviews.ts). Keyed by stable clause ids, so a review outlives imports and rebuilds.
 */
import type { GraphEdge } from '../model/graph';

/** The alignment edge types a reviewer may confirm, reject or add. */
export const REVIEWED_EDGE_TYPES = ['IMPLEMENTS', 'CORRESPONDS_TO', 'SUCCEEDS'] as const;
export type ReviewedEdgeType = (typeof REVIEWED_EDGE_TYPES)[number];

export const REVIEW_DECISIONS = ['CONFIRM', 'REJECT', 'ADD'] as const;
/** CONFIRM keeps a machine edge whatever its score; REJECT removes it for good; ADD makes an edge the machine missed. */
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/** Where an edge comes from: the alignment alone, the alignment confirmed by a reviewer, or a reviewer alone. */
export type EdgeOrigin = 'MACHINE' | 'REVIEWED' | 'ADDED';

/** One reviewer's decision on one edge (the latest decision on an edge replaces the earlier ones). */
export interface AlignmentReview {
  type: ReviewedEdgeType;
  /** The lower clause for IMPLEMENTS, the newer for SUCCEEDS; for CORRESPONDS_TO the smaller id (reviewKey). */
  from: string;
  to: string;
  decision: ReviewDecision;
  note: string | null;
  /** ISO 8601 time of the decision. */
  at: string;
}

/** A review whose clause (or clauses) the graph no longer has: reported, never dropped. */
export interface StaleReview {
  review: AlignmentReview;
  /** The ids of the clauses that are missing. */
  missing: string[];
}

/** What the overlay made of the machine's graph. */
export interface ReviewOverlay<G> {
  graph: G;
  /** Reviews that could not be applied because a clause is gone. */
  stale: StaleReview[];
}

/**
 * The edge properties a review sets. A machine edge has none of them (read as origin MACHINE); an edge only a
 * reviewer made scores 1 with method `review`: a person asserted it, no text similarity was measured.
 */
export const REVIEW_PROPERTIES = ['origin', 'reviewDecision', 'reviewNote', 'reviewedAt'] as const;

/**
 * The canonical edge a review is about: CORRESPONDS_TO is symmetric and the alignment writes it from the smaller
 * clause id to the larger, so a review of it is turned the same way.
 */
export function canonicalEnds(type: ReviewedEdgeType, from: string, to: string): { from: string; to: string } {
  return type === 'CORRESPONDS_TO' && to < from ? { from: to, to: from } : { from, to };
}

/** `{type}:{from}->{to}`, the edge id the API uses, of the canonical edge. */
export function reviewKey(edge: Pick<GraphEdge, 'from' | 'to'> & { type: string }): string {
  const ends = edge.type === 'CORRESPONDS_TO' && edge.to < edge.from ? { from: edge.to, to: edge.from } : edge;
  return `${edge.type}:${ends.from}->${ends.to}`;
}

export function isReviewedEdgeType(type: string): type is ReviewedEdgeType {
  return (REVIEWED_EDGE_TYPES as readonly string[]).includes(type);
}
