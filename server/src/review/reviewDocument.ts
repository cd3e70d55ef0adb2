/**
 * The reviews as JSON: the file kept in CASCADE_DATA_DIR and the document export and import exchange (one shape,
 * so an exported file can be put in version control and imported elsewhere). Reading one checks every field and
 * names what is wrong by position and field; nothing of a document with a problem is taken.
 */
import { REVIEW_DECISIONS, REVIEWED_EDGE_TYPES, canonicalEnds } from '@policy-cascade/graph-seed';
import type { AlignmentReview, ReviewDecision, ReviewedEdgeType } from '@policy-cascade/graph-seed';

export const REVIEWS_FORMAT = 'policy-cascade-reviews';
export const REVIEWS_VERSION = 1;
/** A note is for people; a longer one is refused rather than cut. */
export const MAX_NOTE_LENGTH = 2000;
/** Reviews one document may carry. */
export const MAX_REVIEWS = 100_000;

export interface ReviewsDocument {
  format: typeof REVIEWS_FORMAT;
  version: typeof REVIEWS_VERSION;
  reviews: AlignmentReview[];
}

/** A problem with one review of a document (index -1: the document itself). */
export interface ReviewProblem {
  index: number;
  field: string;
  message: string;
}

export function reviewsDocument(reviews: readonly AlignmentReview[]): ReviewsDocument {
  return { format: REVIEWS_FORMAT, version: REVIEWS_VERSION, reviews: [...reviews] };
}

const CLAUSE_ID = /^[^\s/]+\/c\d+$/;

function text(value: unknown): value is string {
  return typeof value === 'string';
}

function oneReview(value: unknown, index: number, problems: ReviewProblem[]): AlignmentReview | null {
  const problem = (field: string, message: string) => void problems.push({ index, field, message });
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problem('', 'a review must be an object {type, from, to, decision, note, at}');
    return null;
  }
  const r = value as Record<string, unknown>;
  const before = problems.length;
  if (!REVIEWED_EDGE_TYPES.includes(r.type as ReviewedEdgeType))
    problem('type', `must be one of ${REVIEWED_EDGE_TYPES.join(', ')}`);
  for (const end of ['from', 'to'] as const)
    if (!text(r[end]) || !CLAUSE_ID.test(r[end])) problem(end, 'must be a clause id such as 330411-2025/c1');
  if (text(r.from) && r.from === r.to) problem('to', 'an edge joins two different clauses');
  if (!REVIEW_DECISIONS.includes(r.decision as ReviewDecision))
    problem('decision', `must be one of ${REVIEW_DECISIONS.join(', ')}`);
  if (r.note !== undefined && r.note !== null && (!text(r.note) || r.note.length > MAX_NOTE_LENGTH))
    problem('note', `must be text of at most ${MAX_NOTE_LENGTH} characters, or null`);
  if (!text(r.at) || Number.isNaN(Date.parse(r.at))) problem('at', 'must be an ISO 8601 time');
  if (problems.length > before) return null;
  const type = r.type as ReviewedEdgeType;
  const note = text(r.note) && r.note.trim() !== '' ? r.note.trim() : null;
  const at = new Date(r.at as string).toISOString();
  return {
    type,
    ...canonicalEnds(type, r.from as string, r.to as string),
    decision: r.decision as ReviewDecision,
    note,
    at,
  };
}

/** The reviews of a parsed JSON document, or every problem found in it. */
export function readReviewsDocument(value: unknown): { reviews: AlignmentReview[]; problems: ReviewProblem[] } {
  const problems: ReviewProblem[] = [];
  const doc = value as Partial<Record<keyof ReviewsDocument, unknown>> | null;
  if (typeof doc !== 'object' || doc === null || doc.format !== REVIEWS_FORMAT) {
    problems.push({ index: -1, field: 'format', message: `must be "${REVIEWS_FORMAT}"` });
    return { reviews: [], problems };
  }
  if (doc.version !== REVIEWS_VERSION)
    problems.push({ index: -1, field: 'version', message: `must be ${REVIEWS_VERSION}` });
  if (!Array.isArray(doc.reviews) || doc.reviews.length > MAX_REVIEWS) {
    problems.push({ index: -1, field: 'reviews', message: `must be a list of at most ${MAX_REVIEWS} reviews` });
    return { reviews: [], problems };
  }
  const reviews = doc.reviews.map((r, i) => oneReview(r, i, problems));
  return problems.length > 0 ? { reviews: [], problems } : { reviews: reviews as AlignmentReview[], problems };
}

/** Parses JSON text into reviews, a syntax error being one problem of the document. */
export function parseReviewsJson(json: string): { reviews: AlignmentReview[]; problems: ReviewProblem[] } {
  try {
    return readReviewsDocument(JSON.parse(json));
  } catch (error) {
    const message = `is not JSON: ${error instanceof Error ? error.message.slice(0, 100) : String(error)}`;
    return { reviews: [], problems: [{ index: -1, field: '', message }] };
  }
}
