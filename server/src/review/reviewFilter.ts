/** Which kept reviews a `reviews(filter)` query lists: every field narrows, null passes. */
import type { AlignmentReview, StaleReview } from '@policy-cascade/graph-seed';

export interface ReviewFilter {
  clauseId?: string | null;
  policyId?: string | null;
  type?: string | null;
  decision?: string | null;
  stale?: boolean | null;
}

const inPolicy = (clauseId: string, policyId: string) => clauseId.startsWith(`${policyId}/c`);

function matches(review: AlignmentReview, f: ReviewFilter): boolean {
  return (
    (f.clauseId == null || review.from === f.clauseId || review.to === f.clauseId) &&
    (f.policyId == null || inPolicy(review.from, f.policyId) || inPolicy(review.to, f.policyId)) &&
    (f.type == null || review.type === f.type) &&
    (f.decision == null || review.decision === f.decision)
  );
}

/** The reviews that pass `filter`, each with the clauses the graph lacks (`stale`: those of them missing none). */
export function filterReviews(
  reviews: readonly AlignmentReview[],
  stale: readonly StaleReview[],
  filter: ReviewFilter,
): StaleReview[] {
  const missing = new Map(stale.map((s) => [s.review, s.missing]));
  return reviews
    .filter((review) => matches(review, filter))
    .map((review) => ({ review, missing: missing.get(review) ?? [] }))
    .filter((s) => filter.stale == null || filter.stale === s.missing.length > 0);
}
