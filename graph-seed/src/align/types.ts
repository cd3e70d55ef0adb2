import type { GraphEdge, GraphNode } from '../model/graph';
import type { AlignmentMemo } from './alignCorpus';
import type { InferredIds } from './inferredIds';

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
}

/** What alignCorpus adds to the corpus graph, plus the measures and coverage it found. */
export interface AlignmentResult {
  /** Inferred Section and Clause nodes of stub superior documents. */
  nodes: GraphNode[];
  /** HAS_SECTION/HAS_CLAUSE of the inferred skeletons; IMPLEMENTS, CORRESPONDS_TO and SUCCEEDS between clauses. */
  edges: GraphEdge[];
  measures: Measure[];
  /** Clauses that implement no superior measure (the graph marks them `localAddition: true`). */
  localAdditions: string[];
  coverage: CoverageEntry[];
  /** The ids its inferred clauses and sections were given: pass them to the next alignment to keep them. */
  inferredIds: InferredIds;
  /** What the next alignment of (mostly) the same documents may reuse (AlignOptions.memo). */
  memo: AlignmentMemo;
}
