import type { CoverageCandidate } from './coverageCandidates';
import type { ClauseProfile } from './profiles';

/**
 * A group of clauses of different documents that carry the same superior measure. Here, not in cluster.ts, because
 * the steps cluster.ts calls (orphans, title claims) take clusters too.
 */
export interface MeasureCluster {
  /** Members in document order; a document may contribute two clauses when it splits the measure. */
  members: ClauseProfile[];
  /** Ids of members that joined as a second (merged or split) home: their clause also sits in another measure. */
  secondary: Set<string>;
}

/** One superior measure as reconstructed from the documents that carry it down. */
export interface Measure {
  /** The top superior clause of the measure (inferred `{stubId}/c{n}` or a real clause id). */
  id: string;
  title: string;
  /** Superior clauses of the measure, top first (province, then city). */
  superiorClauses: string[];
  /** Implementing clause ids per implementing policy id. */
  clauses: Record<string, string[]>;
}

/** Coverage of a superior document by one implementing locality (DESIGN.md §5). */
export interface CoverageEntry {
  superiorId: string;
  policyId: string;
  /** Superior clauses reached from the locality's clauses by IMPLEMENTS*1..2. */
  covered: number;
  total: number;
  /** covered / total, 0–1. */
  share: number;
  /** Superior clause ids not reached. */
  gaps: string[];
  /** The gaps reached only through a candidate edge, each with its nearest candidate clause, in gap order. */
  candidates: CoverageCandidate[];
}
